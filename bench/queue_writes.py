"""What one queue write costs under SQLite's write lock, without HTTP: ``issue_write_ms``, ``call_next_write_ms``.

Every queue write of both worker processes passes SQLite's single write lock one at a time, so
1,000 / (this figure) bounds the queue's throughput whatever the HTTP side does. Measured as the
service runs them: 20 writes in line at once on one event loop go through group commit (each in its
savepoint, one COMMIT for the group, its fsync included), through the same checks as the API
(token, role, idempotency key). The median over rounds, as the machine's noise comes in bursts.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable

from bench.queue_hall import prepare_hall
from central import auth, queue, queue_window
from central.api.queue import CLERK, GUIDE, Work, write_once
from central.app import prepare_database
from central.db import create_central_engine, session_factory
from central.group_commit import GroupCommitter
from sync.queue_api import QueueApi

ROUNDS = 40
IN_LINE = 20


def _round_ms(loop: asyncio.AbstractEventLoop, committer: GroupCommitter, writes: list[Callable[..., object]]) -> float:
    async def all_at_once() -> None:
        await asyncio.gather(*(committer.write(write) for write in writes))

    started = time.perf_counter()
    loop.run_until_complete(all_at_once())
    return (time.perf_counter() - started) * 1000 / len(writes)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{tmp}/central.db"
        prepare_database(db_url)
        windows = prepare_hall(db_url, IN_LINE)
        engine = create_central_engine(db_url)
        sessions = session_factory(engine)
        with sessions.begin() as session:
            token = auth.login(session, "demo", "demo", None).access
        committer = GroupCommitter(sessions)
        loop = asyncio.new_event_loop()

        def as_api(roles: tuple[str, ...], endpoint: str, work: Work) -> Callable[..., object]:
            return lambda session: write_once(session, token, roles, QueueApi.new_key(), endpoint, work)

        def issues() -> list[Callable[..., object]]:
            request = queue.NewTicket(kind="accept", zone_code="A")
            return [as_api(GUIDE, "issue", lambda s, a: queue.issue(s, a, request))] * IN_LINE

        def calls() -> list[Callable[..., object]]:
            return [as_api(CLERK, f"call-next {w}", lambda s, a, w=w: queue_window.call_next(s, a, w, True))
                    for w in windows]

        try:
            for _ in range(5):  # warm-up: statements prepared, a queue to call from
                _round_ms(loop, committer, issues())
            issue = [_round_ms(loop, committer, issues()) for _ in range(ROUNDS)]
            call = [_round_ms(loop, committer, calls()) for _ in range(ROUNDS)]
        finally:
            loop.close()
            engine.dispose()
    return {"issue_write_ms": round(statistics.median(issue), 3),
            "call_next_write_ms": round(statistics.median(call), 3)}
