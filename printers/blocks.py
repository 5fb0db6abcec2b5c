"""Printer-independent building blocks of a slip, and wrapping text by the columns it takes on paper.

Layouts produce a list of blocks already fitted to the paper, so the ESC/POS renderer never measures
text and tests can check every printed line without a printer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from printers.errors import PrinterError

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    """One printed line, already wrapped; ``size`` multiplies width and height (GS !, 1–8)."""

    text: str
    align: Align = "left"
    size: int = 1
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    """A separator line across the whole paper."""

    columns: int


@dataclass(frozen=True)
class Qr:
    """A QR code printed centred; ``module_size`` is the dot size of one QR module (1–16)."""

    payload: str
    module_size: int


@dataclass(frozen=True)
class Feed:
    """Blank lines, for breathing room around the QR code."""

    lines: int = 1


@dataclass(frozen=True)
class Cut:
    """Feed past the cutter and cut the slip off."""


Block = Text | Rule | Qr | Feed | Cut


@dataclass(frozen=True)
class Paper:
    """What fits on one roll width: font A columns, the ticket number's size and the QR module size."""

    mm: int
    columns: int
    number_size: int
    qr_module: int


_PAPERS = {58: Paper(58, 32, 4, 6), 80: Paper(80, 48, 5, 8)}


def paper(paper_mm: int) -> Paper:
    """The paper for a configured width, or a Chinese error for a roll we have no layout for."""
    try:
        return _PAPERS[paper_mm]
    except KeyError:
        raise PrinterError("不支持的小票纸宽：{mm} 毫米（支持 58 或 80）", mm=paper_mm) from None


def char_width(char: str) -> int:
    """Columns one character takes in Hanzi mode.

    The printer prints every multi-byte GB18030 character as a full-width glyph (also ·, ×, — and
    other "ambiguous" characters), and single bytes as half-width, so the encoding is the measure.
    """
    return 1 if len(char.encode("gb18030")) == 1 else 2


def text_width(text: str) -> int:
    """Columns a string takes on paper at size 1."""
    return sum(char_width(c) for c in text)


#: Punctuation that must not begin a line (行首禁则); it travels with the character before it.
_CLOSING = "，。、：；！？）》」』】”’…"
#: An ASCII word, one other character with its closing punctuation, or one whitespace character.
_TOKEN = re.compile(rf"[!-~]+[{_CLOSING}]*|[^\s{_CLOSING}]?[{_CLOSING}]+|\S|\s")


def wrap(text: str, columns: int) -> list[str]:
    """Greedy wrapping by printed width: ASCII words ("B023", "12") stay whole unless longer than a
    line, closing punctuation never starts a line, and explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(paragraph):
            if text_width(line + token) <= columns:
                line += token
            elif token.isspace():
                lines.append(line)
                line = ""
            elif text_width(token) <= columns:
                lines.append(line.rstrip())
                line = token
            else:
                for char in token:
                    if text_width(line + char) > columns:
                        lines.append(line.rstrip())
                        line = ""
                    line += char
        lines.append(line.rstrip())
    return lines
