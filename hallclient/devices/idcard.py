"""ID-card readers (二代身份证阅读器) behind one small protocol, so the window verifies who is at the counter.

``IdCardReader.read()`` returns the card on the reader or raises :class:`IdCardError` in Chinese. The
window uses it where the clerk would otherwise type the ID number (settings → 外部设备 → 身份证阅读器):

``""``              no reader: the clerk types the number
``fake:NAME,ID``    :class:`FakeIdCardReader` with one card (demos, tests; tests queue cards directly)
``termb://1001``    :class:`TermbReader`: a 华视电子 (Chinavision) CVR-100 series reader through the vendor's
                    SDK library (``termb.dll`` on Windows, ``libtermb.so`` on Linux); the number is the SDK's
                    port: 1001–1016 USB, 1–16 serial COM ports

The termb driver follows the vendor's published SDK calls (``CVR_InitComm``, ``CVR_Authenticate``,
``CVR_Read_Content``, ``GetPeopleName``, ``GetPeopleIDCode``, ``CVR_CloseComm``; text in GBK). It has
**not** been run against a reader here — there is none — so it is kept to those six calls; other
readers (神思, 新中新 ...) need a driver of the same shape.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from hallclient.errors import HallError


class IdCardError(HallError):
    """The reader is missing, found no card, or could not read it."""


@dataclass(frozen=True)
class IdCard:
    """What the window needs from the chip: the holder's name and ID number (never stored whole)."""

    name: str
    id_number: str


class IdCardReader(Protocol):
    def read(self) -> IdCard:
        """The card lying on the reader now; raises :class:`IdCardError` (no card, no reader)."""
        ...


class FakeIdCardReader:
    """Returns queued cards one after the other (the last one again), for tests and demos."""

    def __init__(self, cards: Iterable[IdCard] = ()) -> None:
        self._cards: deque[IdCard] = deque(cards)
        self._last: IdCard | None = None

    def put(self, card: IdCard) -> None:
        self._cards.append(card)

    def read(self) -> IdCard:
        if self._cards:
            self._last = self._cards.popleft()
        if self._last is None:
            raise IdCardError("未检测到身份证，请将身份证放在阅读器上")
        return self._last


class TermbReader:
    """A 华视 CVR-100 reader through ``termb`` (see the module docstring; untested without hardware)."""

    _lock = threading.Lock()  # the SDK keeps one global connection

    def __init__(self, port: int, library: str | None = None) -> None:
        self.port = port
        default = "termb.dll" if sys.platform == "win32" else ctypes.util.find_library("termb") or "libtermb.so"
        name = library or default
        try:
            self._sdk = ctypes.WinDLL(name) if sys.platform == "win32" else ctypes.CDLL(name)  # type: ignore[attr-defined]
        except OSError as exc:
            raise IdCardError("找不到身份证阅读器驱动 {name}，请安装厂家驱动", name=name) from exc

    def _text(self, getter: str) -> str:
        buffer, length = ctypes.create_string_buffer(256), ctypes.c_int(256)
        if getattr(self._sdk, getter)(buffer, ctypes.byref(length)) != 1:
            raise IdCardError("身份证信息读取失败，请重新放置身份证")
        return buffer.raw[: length.value].decode("gbk", errors="replace").strip("\x00 ")

    def read(self) -> IdCard:
        with self._lock:
            if self._sdk.CVR_InitComm(self.port) != 1:
                raise IdCardError("无法连接身份证阅读器（端口 {port}）", port=self.port)
            try:
                if self._sdk.CVR_Authenticate() != 1:
                    raise IdCardError("未检测到身份证，请将身份证放在阅读器上")
                if self._sdk.CVR_Read_Content(4) != 1:
                    raise IdCardError("身份证信息读取失败，请重新放置身份证")
                return IdCard(self._text("GetPeopleName"), self._text("GetPeopleIDCode"))
            finally:
                self._sdk.CVR_CloseComm()


def open_reader(url: str) -> IdCardReader | None:
    """The reader a ``id_reader`` setting names; None when none is set (the clerk types the number)."""
    if not url.strip():
        return None
    if url.startswith("fake:"):
        name, _, number = url.removeprefix("fake:").partition(",")
        return FakeIdCardReader([IdCard(name, number)] if number else [])
    parts = urlsplit(url)
    if parts.scheme == "termb" and parts.netloc.isdigit():
        return TermbReader(int(parts.netloc))
    raise IdCardError("无法识别的身份证阅读器设置：{url}（示例 termb://1001）", url=url)
