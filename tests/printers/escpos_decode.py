"""A strict little ESC/POS decoder for tests: it reads back what a printer would do with our bytes.

It knows exactly the commands the slip renderer may send and fails on any other byte, so a stray
magic-encoder code page switch or a half-sent command breaks a test instead of a slip.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, FS, DLE, LF = 0x1B, 0x1D, 0x1C, 0x10, 0x0A


@dataclass(frozen=True)
class Line:
    """A printed text line with the style it was printed in."""

    text: str
    align: int  # 0 left, 1 centre, 2 right
    width: int  # GS ! multipliers
    height: int
    bold: bool
    hanzi: bool  # Hanzi mode was on for the whole line


@dataclass
class Decoded:
    events: list[tuple] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return [event[0] for event in self.events]

    @property
    def qr_payloads(self) -> list[str]:
        return [event[1] for event in self.events if event[0] == "qr_store"]

    @property
    def text(self) -> str:
        """All printed text with line breaks removed, to find sentences that were wrapped."""
        return "".join(line.text for line in self.lines)


@dataclass
class _State:
    align: int = 0
    width: int = 1
    height: int = 1
    bold: bool = False
    hanzi: bool = False
    line: str = ""
    line_hanzi: bool = True


def decode(data: bytes) -> Decoded:
    """Walk ``data`` and return its events and printed lines; raise ValueError on unknown bytes."""
    out = Decoded()
    state = _State()
    pos = 0
    while pos < len(data):
        byte = data[pos]
        if byte == LF:
            out.events.append(("lf",))
            out.lines.append(
                Line(state.line, state.align, state.width, state.height, state.bold, state.line_hanzi and state.hanzi)
            )
            state.line, state.line_hanzi = "", True
            pos += 1
        elif byte >= 0x20:
            end = pos
            while end < len(data) and data[end] >= 0x20:
                end += 1
            run = data[pos:end]
            if state.hanzi:
                text = run.decode("gb18030")  # strict: a malformed sequence fails the test
            elif run.isascii():
                text = run.decode("ascii")
            else:
                raise ValueError(f"non-ASCII bytes outside Hanzi mode at {pos}: {run!r}")
            out.events.append(("text", text, state.hanzi))
            state.line += text
            state.line_hanzi = state.line_hanzi and state.hanzi
            pos = end
        else:
            pos = _command(data, pos, out, state)
    return out


def _command(data: bytes, pos: int, out: Decoded, state: _State) -> int:
    """Decode the command at ``pos`` and return the position after it."""
    head = data[pos : pos + 2]
    arg = data[pos + 2] if pos + 2 < len(data) else None
    if head == bytes([ESC, 0x40]):
        out.events.append(("init",))
        vars(state).update(vars(_State()))  # ESC @ resets every mode
        return pos + 2
    if head == bytes([FS, 0x26]):
        state.hanzi = True
        out.events.append(("hanzi", True))
        return pos + 2
    if head == bytes([FS, 0x2E]):
        state.hanzi = False
        out.events.append(("hanzi", False))
        return pos + 2
    if arg is None:
        raise ValueError(f"truncated command at {pos}: {data[pos:]!r}")
    if head == bytes([ESC, 0x61]):
        state.align = arg % 0x30 if arg >= 0x30 else arg
        out.events.append(("align", state.align))
    elif head == bytes([ESC, 0x45]):
        state.bold = bool(arg & 1)
        out.events.append(("bold", state.bold))
    elif head == bytes([GS, 0x21]):
        state.width, state.height = (arg >> 4) + 1, (arg & 0x0F) + 1
        out.events.append(("size", state.width, state.height))
    elif head == bytes([ESC, 0x64]):
        out.events.append(("feed", arg))
    elif head == bytes([DLE, 0x04]):
        out.events.append(("status_query", arg))
    elif head == bytes([GS, 0x56]):
        out.events.append(("cut", arg))
        return pos + (4 if arg in (65, 66) else 3)  # function B carries a feed amount
    elif head == bytes([GS, 0x28]) and arg == 0x6B:
        return _qr(data, pos, out)
    else:
        raise ValueError(f"unknown command at {pos}: {data[pos : pos + 4]!r}")
    return pos + 3


def _qr(data: bytes, pos: int, out: Decoded) -> int:
    """GS ( k pL pH cn fn [m] data: keep the stored payload (fn 80) and the print command (fn 81)."""
    length = data[pos + 3] + 256 * data[pos + 4]
    body = data[pos + 5 : pos + 5 + length]
    if len(body) != length:
        raise ValueError(f"truncated GS ( k at {pos}")
    symbol, function = body[0], body[1]
    if symbol != 0x31:
        raise ValueError(f"2D code other than QR at {pos}")
    if function == 80:
        out.events.append(("qr_store", body[3:].decode("utf-8")))  # after cn fn m=0x30
    elif function == 81:
        out.events.append(("qr_print",))
    else:
        out.events.append(("qr_setting", function, bytes(body[2:])))
    return pos + 5 + length
