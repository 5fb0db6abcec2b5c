"""The background sync loop and the online/offline state the status bar shows.

One daemon thread pulls the change feed with long-polls and reports the connection state; it never
runs on the Qt thread and knows nothing of Qt: listeners are plain callables (the UI marshals them
onto its own thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from hallclient.hall import Hall
from sync.client import CentralClient
from sync.errors import AuthExpired, CentralError
from sync.pull import pull_all, pull_once

log = logging.getLogger(__name__)


class Connection(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    LOGGED_OUT = "logged_out"


@dataclass(frozen=True)
class SyncState:
    connection: Connection = Connection.OFFLINE
    pending: int = 0
    progress: float | None = None  # 0..1 while syncing
    message: str = ""


Listener = Callable[[SyncState], None]


class SyncEngine:
    """Keeps the local cache current while the app runs."""

    def __init__(self, hall: Hall, client: CentralClient, *, long_poll_s: float = 20.0,
                 retry_s: float = 5.0) -> None:
        self.hall, self.client = hall, client
        self.long_poll_s, self.retry_s = long_poll_s, retry_s
        self.state = SyncState()
        self._listeners: list[Listener] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        for listener in list(self._listeners):
            try:
                listener(self.state)
            except Exception:
                log.exception("sync listener failed")

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="hall-sync", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self.client.timeout[0] + 1)

    def sync_now(self) -> None:
        """Ask the loop to retry at once ("立即同步")."""
        self._wake.set()

    def _run(self) -> None:
        caught_up = False
        while not self._stop.is_set():
            try:
                if not caught_up:
                    self._set(connection=Connection.SYNCING, progress=None, message="")
                    pull_all(self.hall, self.client)
                    caught_up = True
                    self._set(connection=Connection.ONLINE, progress=None,
                              pending=self.hall.outbox.summary().pending)
                pull_once(self.hall, self.client, wait=self.long_poll_s)
            except AuthExpired as exc:
                self._set(connection=Connection.LOGGED_OUT, message=str(exc))
                self._wake.wait()
                self._wake.clear()
            except CentralError as exc:
                caught_up = False
                log.info("sync paused: %s", exc)
                self._set(connection=Connection.OFFLINE, message=str(exc),
                          pending=self.hall.outbox.summary().pending)
                self._wake.wait(self.retry_s)
                self._wake.clear()
            except Exception:
                caught_up = False
                log.exception("sync loop error")
                self._set(connection=Connection.OFFLINE, message="同步出错，稍后重试")
                self._wake.wait(self.retry_s)
                self._wake.clear()
