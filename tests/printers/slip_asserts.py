"""Checks every printed slip must pass, shared by the layout, URL and status tests."""

from __future__ import annotations

from tests.printers.escpos_decode import Decoded, Line

COLUMNS = {58: 32, 80: 48}


def printed_width(line: Line) -> int:
    """Columns on paper in Hanzi mode: single bytes are half width, multi-byte characters full width."""
    return sum(1 if len(c.encode("gb18030")) == 1 else 2 for c in line.text) * line.width


def assert_well_formed(decoded: Decoded, paper_mm: int) -> None:
    """Init first, every text in Hanzi mode, nothing wider than the paper, the cut last."""
    events = [event for event in decoded.events if event[0] != "status_query"]  # a network printer is asked first
    kinds = [event[0] for event in events]
    assert events[0] == ("init",)
    assert ("hanzi", True) in events[: kinds.index("text")]
    assert all(event[2] for event in events if event[0] == "text"), "text sent outside Hanzi mode"
    for printed in decoded.lines:
        assert printed.hanzi, printed
        assert printed_width(printed) <= COLUMNS[paper_mm], printed
    assert kinds[-1] == "cut"
    last_text = max(i for i, kind in enumerate(kinds) if kind == "text")
    assert ("hanzi", False) in events[last_text:-1]


def line(decoded: Decoded, text: str) -> Line:
    """The printed line with exactly ``text``; fails listing what was printed instead."""
    matches = [candidate for candidate in decoded.lines if candidate.text == text]
    assert matches, f"{text!r} not printed; lines: {[candidate.text for candidate in decoded.lines]}"
    return matches[0]
