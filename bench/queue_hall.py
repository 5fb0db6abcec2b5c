"""A busy hall for the queue benchmarks and the concurrency test: many windows, logins, request builders.

The windows added here serve every zone and every kind, so all callers compete for the same tickets
(the hardest case for call-next); the request builders are module-level functions (with
``functools.partial``) because the load generator runs them in a child process.
"""

from __future__ import annotations

import json

import requests
from sqlalchemy import select, update

from central.admin import seed_demo
from central.db import create_central_engine, session_factory
from central.feed import record
from central.models import Window, Zone
from central.serialize import window_data
from sync.queue_api import QueueApi

API = "/api/v1"
KINDS = ("accept", "consult", "pickup")
Request = tuple[str, str, dict[str, str], bytes | None]


def prepare_hall(db_url: str, windows: int, *, seed: bool = True) -> list[str]:
    """Seed the demo hall (unless ``seed`` is false), lift the daily caps (thousands of tickets are
    issued) and add ``windows`` windows serving everything."""
    if seed:
        seed_demo(db_url)
    engine = create_central_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            session.execute(update(Zone).values(daily_cap=None))
            zones = list(session.scalars(select(Zone.code)))
            ids = [f"BW{i:03d}" for i in range(1, windows + 1)]
            for number, window_id in enumerate(ids, start=101):
                window = Window(id=window_id, number=number, name=f"压测窗口{number}", kind="comprehensive",
                                zones=zones, ticket_kinds=list(KINDS), status="closed")
                session.add(window)
                record(session, "window", window_id, window_data(window))
    finally:
        engine.dispose()
    return ids


def token(url: str, username: str = "demo") -> str:
    reply = requests.post(url + API + "/auth/login", json={"username": username, "password": username}, timeout=30)
    reply.raise_for_status()
    return reply.json()["access_token"]


def _post(token: str, path: str, body: dict[str, object]) -> Request:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               "Idempotency-Key": QueueApi.new_key()}
    return "POST", API + "/queue" + path, headers, json.dumps(body).encode()


#: What the issuing clients ask for, in turn: every zone's 受理号 and the other two kinds.
ISSUES = ({"kind": "accept", "zone_code": "A"}, {"kind": "accept", "zone_code": "B"},
          {"kind": "accept", "zone_code": "D"}, {"kind": "accept", "zone_code": "E"},
          {"kind": "accept", "zone_code": "F"}, {"kind": "consult"}, {"kind": "pickup"})


def issue_request(token: str, connection: int, index: int) -> Request:
    return _post(token, "/tickets", ISSUES[(connection + index) % len(ISSUES)])


def call_request(token: str, windows: list[str], connection: int, _index: int) -> Request:
    """Connection ``i`` is window ``i``: it finishes its current ticket and calls the next."""
    return _post(token, f"/windows/{windows[connection]}/call-next", {"finish_current": True})
