"""Sync test parts: a fault-injecting proxy in front of the real central service, and helpers."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from hallclient.hall import Hall
from sync.client import CentralClient
from tests.sync.faultproxy import FaultProxy


@pytest.fixture
def proxy(central: Any) -> Iterator[FaultProxy]:
    """The fault proxy in front of the SQLite-backed central service."""
    p = FaultProxy(central.port).start()
    yield p
    p.stop()


@pytest.fixture
def connect() -> Iterator[Callable[..., CentralClient]]:
    """``connect(url, hall, user="demo", **options)`` → a logged-in client, closed after the test."""
    clients: list[CentralClient] = []

    def make(url: str, hall: Hall | None = None, user: str = "demo", **options: Any) -> CentralClient:
        client = CentralClient(url, device_id=hall.device_id if hall else None, **options)
        client.login(user, user)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def central_log(caplog: pytest.LogCaptureFixture) -> Callable[[str], list[str]]:
    """``central_log(fragment)`` → the central service's log lines containing ``fragment``."""
    caplog.set_level(logging.INFO, logger="central")
    return lambda fragment: [r.getMessage() for r in caplog.records
                             if r.name.startswith("central") and fragment in r.getMessage()]


def wait_for_state(engine: Any, predicate: Callable[[Any], bool], timeout: float = 20.0) -> Any:
    """Block until the engine publishes a state matching ``predicate`` (or fail with the last state)."""
    import threading

    reached = threading.Event()
    engine.add_listener(lambda state: predicate(state) and reached.set())
    if predicate(engine.state):
        return engine.state
    assert reached.wait(timeout), f"sync state never matched; last: {engine.state}"
    return engine.state


@pytest.fixture(autouse=True)
def central_files(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Where the central service keeps uploaded files during a test (never the user's data dir)."""
    from central.uploads import FILES_ENV

    folder = tmp_path / "central-files"
    monkeypatch.setenv(FILES_ENV, str(folder))
    return folder
