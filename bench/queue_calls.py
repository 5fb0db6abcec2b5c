"""Queue throughput and call latency, on SQLite and PostgreSQL, the central service with two workers.

- ``tickets_per_s``: 20 guide desks issuing at once (every zone and kind in turn), for 5 s.
- ``call_next_per_s``: 20 windows each finishing its ticket and calling the next, for 5 s.
- ``call_next_p50_ms`` / ``call_next_p99_ms``: the round trip with 100 windows calling at once.
- ``call_next_paced_p50_ms`` / ``call_next_paced_p99_ms``: the round trip with 100 windows each
  calling once a second (100 calls/s; a hall of 100 windows serving 5-minute cases calls about once
  every 3 seconds in all): what a clerk waits for when the service is not saturated.

The ``_pg`` figures are the same on PostgreSQL (fsync off, as in the tests; skipped without it).
All windows serve every queue, so every caller competes for the same tickets. Before each call
phase a one-second probe gives its rate and the queue is filled to last the phase out; a phase only
counts if tickets are still waiting at its end (no call found the queue empty, a cheaper request).
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select

from bench.loadgen import LoadResult, RequestFactory, load
from bench.queue_hall import call_request, issue_request, prepare_hall, token
from bench.servers import running_central
from central.db import create_central_engine
from central.models import Ticket

SECONDS = 5
WINDOWS = 100


def _waiting(db_url: str) -> int:
    engine = create_central_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).where(Ticket.status == "waiting")).scalar_one()
    finally:
        engine.dispose()


def _run(url: str, concurrency: int, factory: RequestFactory, seconds: float = SECONDS,
         every_s: float | None = None) -> LoadResult:
    result = load(url, concurrency=concurrency, seconds=seconds, factory=factory, every_s=every_s)
    assert result.errors == 0, f"{result.errors} failed requests"
    return result


def _calls(url: str, db_url: str, access: str, windows: list[str], concurrency: int,
           every_s: float | None = None) -> LoadResult:
    """A call phase, after a probe of its rate and filling the queue to last it out."""
    calls = functools.partial(call_request, access, windows[:concurrency])
    probe = _run(url, concurrency, calls, seconds=max(1.0, every_s or 0), every_s=every_s)
    while _waiting(db_url) < probe.rps * SECONDS * 2.5:  # the probe runs cold: leave a wide margin
        _run(url, 20, functools.partial(issue_request, access), seconds=2)
    result = _run(url, concurrency, calls, every_s=every_s)
    assert _waiting(db_url) > 0, "the queue ran empty: figures would flatter call-next"
    return result


def measure(db_url: str, suffix: str) -> dict[str, float]:
    windows = prepare_hall(db_url, WINDOWS)
    with running_central(db_url, workers=2) as url:
        access = token(url)
        load(url, concurrency=20, seconds=1, factory=functools.partial(issue_request, access))  # warm-up
        issued = _run(url, 20, functools.partial(issue_request, access))
        throughput = _calls(url, db_url, access, windows, 20)
        latency = _calls(url, db_url, access, windows, WINDOWS)
        paced = _calls(url, db_url, access, windows, WINDOWS, every_s=1.0)
    return {f"tickets_per_s{suffix}": round(issued.rps, 1), f"call_next_per_s{suffix}": round(throughput.rps, 1),
            f"call_next_p50_ms{suffix}": round(latency.median, 2),
            f"call_next_p99_ms{suffix}": round(latency.percentile(99), 2),
            f"call_next_paced_p50_ms{suffix}": round(paced.median, 2),
            f"call_next_paced_p99_ms{suffix}": round(paced.percentile(99), 2)}


@contextmanager
def postgresql() -> Iterator[str | None]:
    """A throwaway PostgreSQL database (the test suite's server), or None where it is not installed."""
    from tests.pg import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    server = PgServer(bindir).start()
    try:
        yield server.create_database("bench")
    finally:
        server.stop()


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(f"sqlite:///{tmp}/central.db", "")
    with postgresql() as pg_url:
        if pg_url is not None:
            figures.update(measure(pg_url, "_pg"))
    return figures
