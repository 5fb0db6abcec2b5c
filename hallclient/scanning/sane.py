"""Scanning through SANE on Linux, by running ``scanimage`` (package ``sane-utils``).

A subprocess rather than python bindings: nothing to compile, a hung driver can be killed by a
timeout, and a PC without SANE (or Windows) only loses this source — the clerk is told so in Chinese
and can use the scanner software's hot folder instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass

from hallclient.scanning.model import ScanError

SCANIMAGE = "scanimage"
_LIST_FORMAT = "%d\t%v\t%m\t%t%n"


@dataclass(frozen=True)
class Scanner:
    """A device SANE found: ``name`` is what ``scan`` needs (``epson2:net:192.168.1.9``)."""

    name: str
    vendor: str
    model: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.model}".strip() or self.name


def find_scanimage(executable: str | None = None) -> str:
    """The path of ``scanimage``, or :class:`ScanError` saying SANE is missing or not for this system."""
    if sys.platform == "win32" and executable is None:
        raise ScanError("Windows 不支持 SANE 扫描，请使用扫描仪软件保存到热文件夹，或导入扫描文件")
    path = shutil.which(executable or SCANIMAGE)
    if path is None:
        raise ScanError("本机未安装 SANE 扫描程序（scanimage），请安装 sane-utils，"
                        "或使用扫描仪软件保存到热文件夹、导入扫描文件")
    return path


def scanners(*, executable: str | None = None, timeout: float = 30.0) -> list[Scanner]:
    """The scanners SANE sees (network scanners take a few seconds to answer)."""
    output = _run([find_scanimage(executable), f"--formatted-device-list={_LIST_FORMAT}"], timeout, "")
    found = []
    for line in output.decode("utf-8", "replace").splitlines():
        fields = line.split("\t")
        if len(fields) == 4 and fields[0]:
            found.append(Scanner(*fields))
    return found


def scan(device: str, *, resolution: int = 200, colour: bool = False, executable: str | None = None,
         timeout: float = 120.0) -> bytes:
    """One page from ``device`` as PNG bytes, ready for ``hall.scans.add_file``."""
    command = [find_scanimage(executable), "--device-name", device, "--format=png",
               f"--resolution={resolution}", "--mode", "Color" if colour else "Gray"]
    data = _run(command, timeout, device)
    if not data:
        raise ScanError("扫描仪 {device} 没有返回图像，请检查是否放好纸张", device=device)
    return data


def _run(command: list[str], timeout: float, device: str) -> bytes:
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ScanError("扫描仪 {device} 在 {seconds} 秒内没有响应，请检查电源和连线", device=device or "SANE",
                        seconds=round(timeout)) from None
    except OSError as exc:
        raise ScanError("无法运行 scanimage：{reason}", reason=exc.strerror or str(exc)) from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ScanError("扫描仪 {device} 扫描失败：{reason}", device=device or "SANE",
                        reason=lines[-1] if lines else f"exit {done.returncode}")
    return done.stdout
