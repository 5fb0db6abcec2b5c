"""Printer URLs from the settings (``ticket_printer``) turned into python-escpos drivers, not yet opened.

python-escpos imports its optional backends (pyusb, pycups, pywin32) inside ``try`` and reports them
through ``is_usable()``; we ask that before building a driver, so a counter without pyusb still starts
and the administrator gets a Chinese message naming what to install.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit
from urllib.request import url2pathname

from escpos.escpos import Escpos
from escpos.printer import CupsPrinter, Dummy, File, Network, Serial, Usb, Win32Raw

from printers.errors import PrinterError

#: Keyword arguments for a python-escpos driver class.
Arguments = dict[str, object]

_SCHEMES_HINT = "支持 usb://、tcp://、serial://、file://、cups://、win32://、null://"


@dataclass(frozen=True)
class Connection:
    """A driver and whether to ask it for status (DLE EOT needs a connection that answers back)."""

    printer: Escpos
    reports_status: bool


class StatusSerial(Serial):
    """Serial driver that reads one status byte: python-escpos asks pyserial for 16 bytes, which waits
    out the whole read timeout on every status query because a printer answers with only one."""

    def _read(self) -> bytes:
        assert self.device
        return self.device.read(1)


def connect(url: str, timeout: float = 5.0) -> Connection:
    """Check ``url`` and build its driver; ``timeout`` (seconds) bounds connecting and every status read.

    ``?status=off`` turns status queries off for a usb/tcp/serial printer that never answers them.
    """
    parts = urlsplit(url.strip())
    scheme = _SCHEMES.get(parts.scheme)
    if scheme is None:
        raise _bad(url, _SCHEMES_HINT)
    options = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted(set(options) - scheme.options - ({"status"} if scheme.bidirectional else set()))
    if unknown:
        raise _bad(url, "不认识的参数：" + "、".join(unknown))
    arguments = scheme.arguments(url, parts, options, timeout)
    if not scheme.driver.is_usable():
        raise PrinterError("使用 {scheme}:// 打印机需要先安装 {package}", scheme=parts.scheme, package=scheme.package)
    return Connection(scheme.driver(**arguments), scheme.bidirectional and options.get("status", "on") != "off")


def _bad(url: str, hint: str) -> PrinterError:
    return PrinterError("打印机地址格式不正确：{url}（{hint}）", url=url, hint=hint)


def _number(url: str, options: dict[str, str], key: str, default: int) -> int:
    """An integer option in decimal or 0x hex (USB endpoints are usually written in hex)."""
    try:
        return int(options.get(key, str(default)), 0)
    except ValueError:
        raise _bad(url, f"参数 {key} 应为数字") from None


def _usb(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    vendor, _, product = parts.netloc.partition(":")
    try:
        ids = int(vendor, 16), int(product, 16)
    except ValueError:
        raise _bad(url, "应为 usb://厂商ID:产品ID，如 usb://04b8:0202") from None
    return {
        "idVendor": ids[0],
        "idProduct": ids[1],
        "timeout": int(timeout * 1000),  # pyusb counts milliseconds
        "in_ep": _number(url, options, "in_ep", 0x82),
        "out_ep": _number(url, options, "out_ep", 0x01),
    }


def _tcp(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    try:
        port = parts.port or 9100
    except ValueError:
        raise _bad(url, "端口应为 1–65535 的数字") from None
    if not parts.hostname:
        raise _bad(url, "缺少主机名，如 tcp://192.168.1.50:9100")
    return {"host": parts.hostname, "port": port, "timeout": timeout}


def _serial(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    device = unquote(parts.netloc + parts.path)  # serial:///dev/ttyUSB0 or serial://COM3
    if not device:
        raise _bad(url, "缺少串口设备，如 serial:///dev/ttyUSB0?baudrate=9600")
    return {"devfile": device, "baudrate": _number(url, options, "baudrate", 9600), "timeout": timeout}


def _file(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    if not parts.path:
        raise _bad(url, "缺少文件路径，如 file:///tmp/slip.bin")
    return {"devfile": url2pathname(parts.path)}


def _queue(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    """A CUPS queue or Windows printer name; empty means the system's default printer."""
    return {"printer_name": unquote(parts.netloc)}


def _nothing(url: str, parts: SplitResult, options: dict[str, str], timeout: float) -> Arguments:
    return {}


@dataclass(frozen=True)
class _Scheme:
    driver: type[Escpos]
    arguments: Callable[[str, SplitResult, dict[str, str], float], Arguments]
    package: str = ""  # what to install when the driver's library is missing
    bidirectional: bool = False
    options: frozenset[str] = frozenset()


_SCHEMES = {
    "usb": _Scheme(Usb, _usb, "pyusb", bidirectional=True, options=frozenset({"in_ep", "out_ep"})),
    "tcp": _Scheme(Network, _tcp, bidirectional=True),
    "serial": _Scheme(StatusSerial, _serial, "pyserial", bidirectional=True, options=frozenset({"baudrate"})),
    "file": _Scheme(File, _file),
    "cups": _Scheme(CupsPrinter, _queue, "pycups"),
    "win32": _Scheme(Win32Raw, _queue, "pywin32"),
    "null": _Scheme(Dummy, _nothing),
}
