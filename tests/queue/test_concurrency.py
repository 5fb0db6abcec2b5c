"""Fifty windows calling at once against two central worker processes, on SQLite and PostgreSQL.

Tickets are issued by ten guide desks while the windows call: no number is issued twice, no ticket
is called twice, and every ticket is called (the windows call until the queue is empty).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from bench.queue_hall import ISSUES, prepare_hall, token
from bench.servers import running_central
from central.db import create_central_engine
from central.models import Ticket
from tests.conftest import BACKENDS
from tests.queue.conftest import API

WINDOWS = 50
DESKS = 10
TICKETS_PER_DESK = 40


def _poster(http: requests.Session, url: str, access: str) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
    """POST as one counter PC: a keep-alive connection, a fresh idempotency key per action."""
    http.headers["Authorization"] = f"Bearer {access}"

    def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
        reply = http.post(url + API + "/queue" + path, json=body, timeout=60,
                          headers={"Idempotency-Key": str(uuid.uuid4())})
        assert reply.status_code == 200, reply.text
        return reply.json()

    return post


@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
def test_fifty_windows_never_share_or_skip_a_ticket(backend: str, central_db_factory: Callable[[str], str]) -> None:
    db_url = central_db_factory(backend)
    windows = prepare_hall(db_url, WINDOWS, seed=False)
    issued: list[dict[str, Any]] = []
    called: list[str] = []
    desks_done = threading.Event()
    start = threading.Barrier(WINDOWS + DESKS)

    with running_central(db_url, workers=2) as url:
        access = token(url)

        def desk(index: int) -> None:
            with requests.Session() as http:
                post = _poster(http, url, access)
                start.wait(timeout=120)  # a thread that failed early must not hang the others
                for n in range(TICKETS_PER_DESK):
                    issued.append(post("/tickets", ISSUES[(index + n) % len(ISSUES)])["ticket"])

        def window(window_id: str) -> None:
            with requests.Session() as http:
                call(_poster(http, url, access), window_id)

        def call(post: Callable[[str, dict[str, Any]], dict[str, Any]], window_id: str) -> None:
            start.wait(timeout=120)  # a thread that failed early must not hang the others
            saw_desks_done = False
            while True:  # one more call after the desks finished: it sees every ticket issued
                ticket = post(f"/windows/{window_id}/call-next", {"finish_current": True})["ticket"]
                if ticket is not None:
                    called.append(ticket["id"])
                elif saw_desks_done:
                    return
                else:
                    saw_desks_done = desks_done.is_set()

        with ThreadPoolExecutor(WINDOWS + DESKS) as pool:
            callers = [pool.submit(window, w) for w in windows]
            desks = [pool.submit(desk, i) for i in range(DESKS)]
            try:
                for future in desks:
                    future.result()
            finally:  # a desk that failed must not leave the windows calling forever
                desks_done.set()
            for future in callers:
                future.result()

    assert len(issued) == DESKS * TICKETS_PER_DESK
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for ticket in issued:
        by_prefix[ticket["number"][0]].append(int(ticket["number"][1:]))
    for prefix, seqs in by_prefix.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"{prefix} numbers repeat or jump"
    assert [ticket for ticket, n in Counter(called).items() if n > 1] == []  # never called twice
    assert set(called) == {t["id"] for t in issued}  # none skipped

    engine = create_central_engine(db_url)
    with engine.connect() as conn:
        statuses = dict(conn.execute(select(Ticket.status, func.count()).group_by(Ticket.status)).all())
    engine.dispose()
    assert statuses == {"done": len(issued)}  # each window's last call finished its ticket
