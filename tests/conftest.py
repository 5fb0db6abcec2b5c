"""Shared fixtures: real SQLite files, the real central service on 127.0.0.1, real Qt widgets.

Expensive set-up is done once per session and copied per test (Anki's ``shared.py`` idea): a
migrated client cache and a seeded central database (SQLite file or PostgreSQL template database).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hallclient.hall import Hall
from hallclient.paths import DataDir
from tests.pg import PgServer, find_bindir

BACKENDS = ("sqlite", "postgresql")


# --- PostgreSQL ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("HALL_REQUIRE_PG"):
            pytest.fail("PostgreSQL binaries not found but HALL_REQUIRE_PG is set (run tools/system-deps postgres)")
        pytest.skip("PostgreSQL is not installed (tools/system-deps postgres installs it)")
    server = PgServer(bindir).start()
    yield server
    server.stop()


# --- central service -------------------------------------------------------------------------------


def _seed(db_url: str) -> None:
    from central.admin import seed_demo

    seed_demo(db_url)


@pytest.fixture(scope="session")
def sqlite_central_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("central-template") / "central.db"
    _seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_central_template(pg_server: PgServer) -> str:
    name = "hall_template"
    _seed(pg_server.create_database(name))
    return name


@pytest.fixture
def central_db_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """``make(backend)`` → URL of a fresh copy of the seeded demo database on that backend."""

    def make(backend: str) -> str:
        if backend == "sqlite":
            template: Path = request.getfixturevalue("sqlite_central_template")
            target = tmp_path / f"central-{uuid.uuid4().hex[:8]}.db"
            shutil.copy(template, target)
            return f"sqlite:///{target}"
        pg: PgServer = request.getfixturevalue("pg_server")
        template_name: str = request.getfixturevalue("pg_central_template")
        return pg.create_database(f"hall_{uuid.uuid4().hex[:12]}", template=template_name)

    return make


@pytest.fixture(params=BACKENDS)
def central_db(request: pytest.FixtureRequest, central_db_factory: Callable[[str], str]) -> str:
    """A seeded central database on each backend in turn (SQLite, then PostgreSQL)."""
    return central_db_factory(request.param)


def _start_central(db_url: str) -> Any:
    from central.server import BackgroundCentral

    return BackgroundCentral(db_url).start()


@pytest.fixture
def central_any(central_db: str) -> Iterator[Any]:
    """The real central service on 127.0.0.1 over each backend in turn."""
    server = _start_central(central_db)
    yield server
    server.stop()


@pytest.fixture
def central(central_db_factory: Callable[[str], str]) -> Iterator[Any]:
    """The real central service on 127.0.0.1 over a seeded SQLite database (client-side tests)."""
    server = _start_central(central_db_factory("sqlite"))
    yield server
    server.stop()


# --- client cache ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def migrated_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cache-template")
    Hall.open(DataDir(root)).close()
    return root / "hallclient.db"


@pytest.fixture
def data_dir(tmp_path: Path, migrated_cache: Path) -> DataDir:
    """A data dir holding a copy of the migrated template cache."""
    root = tmp_path / "client"
    root.mkdir()
    shutil.copy(migrated_cache, root / "hallclient.db")
    return DataDir(root)


@pytest.fixture
def hall(data_dir: DataDir) -> Iterator[Hall]:
    h = Hall.open(data_dir)
    yield h
    h.close()


@pytest.fixture
def client(central: Any, hall: Hall) -> Iterator[Any]:
    """A client of the SQLite-backed central service, logged in as the demo user (every role)."""
    from sync.client import CentralClient

    c = CentralClient(central.url, device_id=hall.device_id)
    c.login("demo", "demo")
    yield c
    c.close()


# --- Qt --------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def qapp() -> Any:
    """The app's own QApplication (font, style sheet, language), replacing pytest-qt's default."""
    from ui.app import create_qapplication

    return create_qapplication("zh_CN")


@pytest.fixture(scope="session")
def qloop(qapp: Any) -> Any:
    """The qasync event loop; tests drive coroutines with ``qloop.run_until_complete``."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    return loop


class UiHarness:
    """A logged-in :class:`~ui.context.AppContext` plus helpers to let async work finish."""

    def __init__(self, loop: Any, ctx: Any) -> None:
        self.loop, self.ctx = loop, ctx

    def run(self, coro: Any, timeout: float = 10.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def settle(self, timeout: float = 10.0) -> None:
        """Run the loop until every task started with ``ops.spawn`` (and those they start) is done."""
        from ui import ops

        async def drain() -> None:
            for _ in range(3):
                await ops.idle()
                await asyncio.sleep(0.02)

        self.run(drain(), timeout)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        async def poll() -> None:
            while not predicate():
                await asyncio.sleep(0.02)

        self.run(poll(), timeout)


@pytest.fixture
def ui(qloop: Any, hall: Hall, client: Any) -> Iterator[UiHarness]:
    """A real UI context against the real central service, with the catalog already pulled."""
    from sync.engine import SyncEngine
    from sync.pull import pull_all
    from ui import ops
    from ui.bridge import ChangeBridge
    from ui.context import AppContext

    pull_all(hall, client)
    ops.bind(hall)
    assert client.user is not None
    ctx = AppContext(hall=hall, client=client, sync=SyncEngine(hall, client), bridge=ChangeBridge(hall),
                     user=client.user)
    harness = UiHarness(qloop, ctx)
    yield harness
    harness.settle()
    ctx.sync.stop()
    ctx.bridge.detach()
