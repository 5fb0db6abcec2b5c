"""The central service's wait estimate reads its inputs sparingly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def test_an_estimates_inputs_are_reread_after_two_seconds_of_the_halls_clock(tmp_path: Path) -> None:
    """Tickets are issued several times a second: a queue's recent service times and the windows are read
    at most once per two seconds by the hall's clock (a clock set back reads them again)."""
    from central.db import create_central_engine
    from central.queue_wait import FRESH, _fresh

    engine = create_central_engine(f"sqlite:///{tmp_path}/central.db")
    reads: list[int] = []
    now = dt.datetime(2025, 3, 3, 2, 30, tzinfo=dt.UTC)
    with engine.connect() as conn:
        def read() -> int:
            reads.append(1)
            return len(reads)

        assert _fresh(conn, ("history", "accept", "B"), now, read) == 1
        assert _fresh(conn, ("history", "accept", "B"), now + FRESH / 2, read) == 1
        assert _fresh(conn, ("history", "accept", "E"), now, read) == 2  # another queue reads its own
        assert _fresh(conn, ("history", "accept", "B"), now + FRESH, read) == 3
        assert _fresh(conn, ("history", "accept", "B"), now, read) == 4  # the clock went back
    engine.dispose()
