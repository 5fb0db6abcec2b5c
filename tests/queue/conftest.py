"""Helpers for the queue tests: a logged-in HTTP desk, a controllable clock, direct database edits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from hallclient import clock

API = "/api/v1"


class Desk:
    """One logged-in user talking real HTTP to ``/api/v1/queue`` (a guide desk, a window, a display)."""

    def __init__(self, base_url: str, username: str = "demo") -> None:
        self.url = base_url + API
        self.http = requests.Session()
        token = self.http.post(self.url + "/auth/login", json={"username": username, "password": username},
                               timeout=10).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: dict[str, Any] | None = None, key: str | None = None) -> requests.Response:
        return self.http.post(self.url + "/queue" + path, json=body or {}, timeout=30,
                              headers={"Idempotency-Key": key or str(uuid.uuid4())})

    def ok(self, path: str, body: dict[str, Any] | None = None, key: str | None = None) -> dict[str, Any]:
        response = self.post(path, body, key)
        assert response.status_code == 200, response.text
        return response.json()

    def refused(self, path: str, body: dict[str, Any] | None = None, status: int = 409) -> str:
        """Post expecting a refusal; returns the Chinese message."""
        response = self.post(path, body)
        assert response.status_code == status, response.text
        return response.json()["error"]["message"]

    def issue(self, kind: str = "accept", **fields: Any) -> dict[str, Any]:
        return self.ok("/tickets", {"kind": kind, **fields})["ticket"]

    def call_next(self, window: str, finish: bool = False) -> dict[str, Any] | None:
        return self.ok(f"/windows/{window}/call-next", {"finish_current": finish})["ticket"]

    def act(self, window: str, action: str, ticket: dict[str, Any], **fields: Any) -> dict[str, Any]:
        return self.ok(f"/windows/{window}/{action}", {"ticket_id": ticket["id"], **fields})["ticket"]

    def changes(self, after: int = 0) -> list[dict[str, Any]]:
        reply = self.http.get(self.url + "/changes", params={"after": after, "limit": 5000}, timeout=10)
        return reply.json()["changes"]


class FakeClock:
    """A clock the test moves by hand (the central service runs in this process)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture
def fake_clock() -> Iterator[FakeClock]:
    """Time at 09:00 in the hall today, moved only by the test."""
    today = dt.datetime.now(clock.HALL_TZ).date()
    fake = FakeClock(dt.datetime.combine(today, dt.time(9, 0), clock.HALL_TZ).astimezone(dt.UTC))
    clock.set_source(fake)
    yield fake
    clock.set_source(None)


@pytest.fixture
def desk(central_any: Any) -> Desk:
    return Desk(central_any.url)


@pytest.fixture
def edit_central(central_any: Any) -> Callable[[Callable[[Any], None]], None]:
    """Change the in-process central database directly (hall configuration a test needs)."""
    return lambda work: central_any.app.state.central.run_write(work)


@pytest.fixture
def other_hall(tmp_path: Any, migrated_cache: Any) -> Iterator[Any]:
    """A second counter (the hall display PC) with its own cache."""
    import shutil

    from hallclient.hall import Hall
    from hallclient.paths import DataDir

    root = tmp_path / "display"
    root.mkdir()
    shutil.copy(migrated_cache, root / "hallclient.db")
    hall = Hall.open(DataDir(root))
    yield hall
    hall.close()
