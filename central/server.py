"""Running the central service: in the foreground (``hallclient central``) or on a thread (demo).

The demo and many tests run it in-process on a free 127.0.0.1 port; ``--workers N`` runs N uvicorn
processes against one database, which is how the queue's concurrency guarantees are proven.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

import uvicorn

from central.app import DB_ENV, create_app, prepare_database
from central.backoffice import ENV as BACKOFFICE_ENV
from central.backoffice import BackOfficeConfig

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8700, workers: int = 1,
          backoffice: BackOfficeConfig | None = None) -> None:
    """Serve until interrupted. With several workers each process builds its own app from the env."""
    prepare_database(db_url)
    if workers > 1:
        os.environ[DB_ENV] = db_url
        if backoffice is not None:
            os.environ[BACKOFFICE_ENV] = backoffice.to_env()
        uvicorn.run("central.app:create_app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", timeout_graceful_shutdown=5)
    else:
        uvicorn.run(create_app(db_url, prepare=False, backoffice=backoffice), host=host, port=port,
                    log_level="warning")


class BackgroundCentral:
    """The central service on a daemon thread of this process (demo mode, tests)."""

    def __init__(self, db_url: str, host: str = "127.0.0.1", port: int | None = None, *,
                 backoffice: BackOfficeConfig | None = None) -> None:
        self.host, self.port = host, port or free_port(host)
        self.app = create_app(db_url, backoffice=backoffice)
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level="warning",
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="central", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> BackgroundCentral:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"central service did not start on {self.url}")
            time.sleep(0.01)
        log.info("central service listening on %s", self.url)
        return self

    def stop(self) -> None:
        self.app.state.central.signal.close()  # long-polls answer now, so shutdown need not cancel them
        self._server.should_exit = True
        self._thread.join(timeout=5)
