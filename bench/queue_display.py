"""``call_to_display_data_p50_ms`` / ``..._p99_ms``: from a clerk's call to the display's data.

The central service runs with two workers over SQLite; the hall display is a real client (its own
cache and sync engine long-polling the change feed, so a call made on the other worker is found by
polling). The clock starts just before the clerk's ``call_next`` request and stops when the display's
replica, read through ``hall.queue.board()`` after the feed page is committed, shows the number.
The UI's own repaint comes on top: ``bench.queue_ui`` measures the issue's figure, click to widget.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench.queue_hall import prepare_hall
from bench.servers import running_central
from hallclient.changes import Changes
from hallclient.domain.tickets import CONSULT_PREFIX, display_number
from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.engine import SyncEngine
from sync.pull import pull_all
from sync.queue_api import QueueApi

CALLS = 200


class Display:
    """A display PC: notes when its replica first shows the awaited number at the top of the board."""

    def __init__(self, hall: Hall) -> None:
        self.hall = hall
        self.awaited: str | None = None
        self.shown_at = 0.0
        self.shown = threading.Event()
        hall.subscribe(self._changed)

    def expect(self, number: str) -> None:
        self.shown.clear()
        self.awaited = number

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.tickets or self.awaited is None:
            return
        calls = self.hall.queue.board().calls
        if calls and calls[0].number == self.awaited:
            self.shown_at = time.perf_counter()
            self.awaited = None
            self.shown.set()


def _client(url: str, hall: Hall, username: str) -> CentralClient:
    client = CentralClient(url, device_id=hall.device_id)
    client.login(username, username)
    return client


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{tmp}/central.db"
        windows = prepare_hall(db_url, 4)
        with running_central(db_url, workers=2) as url:
            clerk_hall, display_hall = Hall.open(DataDir(Path(tmp, "clerk"))), Hall.open(DataDir(Path(tmp, "display")))
            clerk, viewer = _client(url, clerk_hall, "demo"), _client(url, display_hall, "display")
            pull_all(clerk_hall, clerk)
            api = QueueApi(clerk_hall, clerk)
            for _ in range(CALLS):
                api.issue("consult")
            pull_all(display_hall, viewer)  # caught up, as a display is long before the first call
            display = Display(display_hall)
            engine = SyncEngine(display_hall, viewer, long_poll_s=20)
            engine.start()
            try:
                latencies = []
                for index in range(CALLS):
                    time.sleep(random.uniform(0.0, 0.05))  # do not fall into step with the feed's polling
                    number = display_number(CONSULT_PREFIX, index + 1)  # the 咨询 queue is called in order
                    display.expect(number)
                    started = time.perf_counter()
                    called = api.call_next(windows[index % len(windows)], finish_current=True).ticket
                    assert called is not None and called.number == number
                    if not display.shown.wait(timeout=10):
                        raise RuntimeError(f"the display never showed {number}")
                    latencies.append((display.shown_at - started) * 1000)
            finally:
                engine.stop()
                for client in (clerk, viewer):
                    client.close()
                clerk_hall.close()
                display_hall.close()
    latencies.sort()
    return {"call_to_display_data_p50_ms": round(statistics.median(latencies), 2),
            "call_to_display_data_p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2)}
