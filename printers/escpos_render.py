"""Blocks to ESC/POS through a python-escpos printer object, with Chinese sent as GB18030 in Hanzi mode.

python-escpos's ``text()`` goes through its magic encoder, which picks single-byte code pages per
character and mangles full-width punctuation and mixed lines; Chinese thermal printers instead print
GB18030 directly once Hanzi mode (FS &) is on, so text is encoded here and sent raw.
"""

from __future__ import annotations

from collections.abc import Iterable

from escpos.constants import QR_ECLEVEL_M
from escpos.escpos import Escpos
from escpos.printer import Dummy

from printers.blocks import Block, Cut, Feed, Qr, Rule, Text

HANZI_ON = b"\x1c&"  # FS &: select Hanzi (Kanji) character mode
HANZI_OFF = b"\x1c."  # FS .: cancel Hanzi character mode


class _Renderer:
    """Tracks Hanzi mode so it is entered before text and left before the cut."""

    def __init__(self, printer: Escpos) -> None:
        self.printer = printer
        self.hanzi = False

    def hanzi_mode(self, on: bool) -> None:
        if self.hanzi != on:
            self.printer._raw(HANZI_ON if on else HANZI_OFF)
            self.hanzi = on

    def text(self, block: Text) -> None:
        self.printer.set(align=block.align, bold=block.bold, custom_size=True, width=block.size, height=block.size)
        self.hanzi_mode(True)
        self.printer._raw(block.text.encode("gb18030") + b"\n")

    def block(self, block: Block) -> None:
        match block:
            case Text():
                self.text(block)
            case Rule(columns=columns):
                self.text(Text("-" * columns))
            case Qr(payload=payload, module_size=size):
                # Native GS ( k: the printer draws the code, so the payload stays readable in the bytes.
                self.printer.set(align="center")
                self.printer.qr(payload, ec=QR_ECLEVEL_M, size=size, native=True)
            case Feed(lines=lines):
                self.printer.print_and_feed(lines)
            case Cut():
                self.hanzi_mode(False)
                self.printer.cut()


def render(blocks: Iterable[Block], printer: Escpos) -> None:
    """Send ``blocks`` to ``printer`` after ESC @, leaving the printer out of Hanzi mode."""
    renderer = _Renderer(printer)
    printer.hw("INIT")
    for block in blocks:
        renderer.block(block)
    renderer.hanzi_mode(False)


def render_bytes(blocks: Iterable[Block]) -> bytes:
    """The whole job as bytes, so a printer receives it in one write or not at all."""
    dummy = Dummy()
    render(blocks, dummy)
    return dummy.output
