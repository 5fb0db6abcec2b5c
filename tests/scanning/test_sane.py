"""SANE through ``scanimage``: a stand-in executable plays the scanner (and its failures)."""

from __future__ import annotations

import io
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from hallclient.scanning import sane
from hallclient.scanning.model import ScanError
from hallclient.scanning.sources import inspect

FAKE = """\
#!{python}
import io, sys, time
from PIL import Image
args = sys.argv[1:]
if any(a.startswith("--formatted-device-list=") for a in args):
    print("epson2:net:192.168.1.9\\tEpson\\tDS-530\\tsheetfed scanner")
    print("test:0\\tNoname\\tfrontend-tester\\tvirtual device")
    sys.exit(0)
device = args[args.index("--device-name") + 1]
if device == "jammed":
    print("scanimage: sane_start: Document feeder jammed", file=sys.stderr)
    sys.exit(1)
if device == "asleep":
    time.sleep(30)
mode = args[args.index("--mode") + 1]
buffer = io.BytesIO()
Image.new("L" if mode == "Gray" else "RGB", (827, 1169), "white").save(buffer, "PNG", dpi=(100, 100))
sys.stdout.buffer.write(buffer.getvalue())
"""


@pytest.fixture
def scanimage(tmp_path: Path) -> str:
    path = tmp_path / "scanimage"
    path.write_text(textwrap.dedent(FAKE.format(python=sys.executable)))
    path.chmod(0o755)
    return str(path)


def test_scanners_are_listed(scanimage: str) -> None:
    found = sane.scanners(executable=scanimage)
    assert [(s.name, s.label) for s in found] == [("epson2:net:192.168.1.9", "Epson DS-530"),
                                                  ("test:0", "Noname frontend-tester")]


@pytest.mark.parametrize(("colour", "mode"), [(False, "L"), (True, "RGB")])
def test_a_scanned_page_is_a_png_the_pipeline_accepts(scanimage: str, colour: bool, mode: str) -> None:
    data = sane.scan("epson2:net:192.168.1.9", colour=colour, executable=scanimage)
    assert inspect(data, "sane.png").pages == 1
    assert Image.open(io.BytesIO(data)).mode == mode


def test_a_failing_scanner_reports_its_reason(scanimage: str) -> None:
    with pytest.raises(ScanError) as failed:
        sane.scan("jammed", executable=scanimage)
    assert str(failed.value) == "扫描仪 jammed 扫描失败：scanimage: sane_start: Document feeder jammed"


def test_a_hung_scanner_is_given_up_on(scanimage: str) -> None:
    with pytest.raises(ScanError, match="扫描仪 asleep 在 1 秒内没有响应"):
        sane.scan("asleep", executable=scanimage, timeout=1)


def test_missing_sane_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ScanError, match="本机未安装 SANE 扫描程序（scanimage）"):
        sane.find_scanimage(str(tmp_path / "no-such-scanimage"))

