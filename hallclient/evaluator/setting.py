"""The ``evaluation_device`` setting: which driver this window PC uses for its 评价器.

``builtin`` (default) — the 评价器 screen of this program (second monitor); ``tablet`` — a network
tablet through the central relay (``sync.rating_pad``); ``serial:///dev/ttyUSB0?baudrate=9600`` or
``serial://COM3?baudrate=9600`` — a serial pad (``hallclient.evaluator.serial_pad``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from hallclient.errors import ValidationError

BUILTIN, TABLET, SERIAL = "builtin", "tablet", "serial"


@dataclass(frozen=True)
class DeviceSetting:
    kind: str
    port: str = ""
    baudrate: int = 9600


def parse_url(url: str) -> tuple[str, int]:
    """``serial:///dev/ttyUSB0?baudrate=9600`` or ``serial://COM3?baudrate=9600`` → (port, baudrate)."""
    parsed = urlparse(url)
    port = parsed.netloc + parsed.path if parsed.netloc else parsed.path
    if parsed.scheme != SERIAL or not port:
        raise ValidationError("评价器串口地址 {url} 无效，应为 serial:///dev/ttyUSB0?baudrate=9600", url=url)
    try:
        baudrate = int(parse_qs(parsed.query).get("baudrate", ["9600"])[0])
    except ValueError:
        raise ValidationError("评价器串口波特率无效：{url}", url=url) from None
    return port, baudrate


def parse_device(value: str) -> DeviceSetting:
    text = (value or "").strip()
    if text in ("", BUILTIN):
        return DeviceSetting(BUILTIN)
    if text == TABLET:
        return DeviceSetting(TABLET)
    if text.startswith(f"{SERIAL}:"):
        return DeviceSetting(SERIAL, *parse_url(text))
    raise ValidationError("评价器设置 {value} 无效：应为 builtin、tablet 或 serial://端口?baudrate=9600", value=text)


def check_device(value: str) -> str:
    """For the settings registry: the value as saved, or ValidationError before anything is saved."""
    parse_device(value)
    return (value or "").strip() or BUILTIN
