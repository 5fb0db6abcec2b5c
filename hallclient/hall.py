"""The facade of the core: one object owns the local cache, its worker thread and the services.

Like Anki's ``Collection``: the UI, the sync engine and the CLI hold a :class:`Hall` and reach
everything through it (``hall.catalog``, ``hall.queue``, ...). Every mutation runs on the database
worker in one transaction, returns an :class:`~hallclient.changes.OpResult`, and is published to
subscribers (:meth:`Hall.subscribe`) after the commit, on the worker thread.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hallclient import clock
from hallclient.cache.engine import open_checked
from hallclient.cache.models import AuditEvent
from hallclient.changes import Changes, OpResult
from hallclient.config import Settings
from hallclient.paths import DataDir
from hallclient.worker import DbWorker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "cache" / "migrations"

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S", bound="Service")

Subscriber = Callable[[Changes, object | None], None]


class Service:
    """Base of the services: they hold the hall and run their methods on its worker."""

    def __init__(self, hall: Hall) -> None:
        self.hall = hall


def query(fn: Callable[Concatenate[S, Session, P], T]) -> Callable[Concatenate[S, P], T]:
    """A read: runs on the worker with a session, returns plain values (no lazy ORM objects)."""

    @functools.wraps(fn)
    def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> T:
        def run() -> T:
            with self.hall.session() as session:
                return fn(self, session, *args, **kwargs)

        return self.hall.worker.call(run)

    return wrapper


def mutation(
    fn: Callable[Concatenate[S, Session, P], OpResult[T]],
) -> Callable[Concatenate[S, P], OpResult[T]]:
    """A write: one transaction on the worker; the change-set is published after the commit.

    Pass ``initiator=`` (any object, usually the view that asked) to let that view skip its own echo.
    """

    @functools.wraps(fn)
    def wrapper(self: S, *args: P.args, initiator: object | None = None, **kwargs: P.kwargs) -> OpResult[T]:
        def run() -> OpResult[T]:
            with self.hall.transaction() as session:
                result = fn(self, session, *args, **kwargs)
            self.hall.publish(result.changes, initiator)
            return result

        return self.hall.worker.call(run)

    return wrapper


class Hall:
    """One counter's core. Create it with :meth:`open`; close it when the program ends."""

    def __init__(self, data_dir: DataDir, engine: Engine, worker: DbWorker, settings: Settings) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.worker = worker
        self.settings = settings
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._subscribers: list[Subscriber] = []
        #: Set when a damaged database was moved aside at start-up (shown to the user once).
        self.quarantined: Path | None = None
        self.device_id = self._device_id()
        # Services are imported here, not at module level: they import this module for ``Service``.
        from hallclient.services.audit import AuditService
        from hallclient.services.calendar import CalendarService
        from hallclient.services.cases import CaseService
        from hallclient.services.catalog import CatalogService
        from hallclient.services.consultations import ConsultationService
        from hallclient.services.dashboard import DashboardService
        from hallclient.services.evaluations import EvaluationService
        from hallclient.services.files import FileService
        from hallclient.services.followups import FollowUpService
        from hallclient.services.hallconfig import HallConfigService
        from hallclient.services.outbox import OutboxService
        from hallclient.services.queue import QueueService
        from hallclient.services.replica import ReplicaService
        from hallclient.services.results import ResultService
        from hallclient.services.scans import ScanService
        from hallclient.services.synclog import SyncLogService

        self.audit = AuditService(self)
        self.catalog = CatalogService(self)
        self.config = HallConfigService(self)
        self.outbox = OutboxService(self)
        self.queue = QueueService(self)
        self.replica = ReplicaService(self)
        self.consultations = ConsultationService(self)
        self.files = FileService(self)
        self.synclog = SyncLogService(self)
        self.calendar = CalendarService(self)
        self.cases = CaseService(self)
        self.evaluations = EvaluationService(self)
        self.followups = FollowUpService(self)
        self.scans = ScanService(self)
        self.dashboard = DashboardService(self)
        self.results = ResultService(self)

    @classmethod
    def open(cls, data_dir: DataDir) -> Hall:
        """Open (creating and migrating as needed) the cache in ``data_dir``.

        Raises :class:`~hallclient.errors.StorageError` with a Chinese message when the directory
        is not writable; a damaged database file is moved aside and a fresh one started.
        """
        data_dir.ensure()
        worker = DbWorker()

        def start() -> tuple[Engine, Path | None]:
            from hallclient import migrate  # Alembic is heavy and needed only here

            engine, moved = open_checked(data_dir.database)
            migrate.upgrade(MIGRATIONS, engine)
            return engine, moved

        try:
            engine, moved = worker.call(start)
        except BaseException:
            worker.shutdown()
            raise
        hall = cls(data_dir, engine, worker, Settings.load(data_dir.settings))
        hall.quarantined = moved
        return hall

    def close(self) -> None:
        """Dispose the engine and stop the worker (waiting is fine here: the program is ending)."""
        self.worker.submit(self.engine.dispose).result()
        self.worker.shutdown()

    # --- sessions --------------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; only on the worker thread."""
        assert self.worker.on_worker, "database access outside the worker thread"
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one transaction (or rolls back on error)."""
        assert self.worker.on_worker, "database access outside the worker thread"
        with self._sessions() as session, session.begin():
            yield session

    def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` in one transaction on the worker (for sync and maintenance code)."""

        def job() -> T:
            with self.transaction() as session:
                return fn(session)

        return self.worker.call(job)

    # --- change bus ------------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(changes, initiator)`` after every committed mutation; returns unsubscribe."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        if not changes:
            return
        for callback in list(self._subscribers):
            try:
                callback(changes, initiator)
            except Exception:  # one broken view must not stop the others from refreshing
                log.exception("change subscriber %r failed", callback)

    # --- helpers shared by services --------------------------------------------------------------

    def record_audit(self, session: Session, actor: str, action: str, target: str | None = None,
                     window_id: str | None = None, **detail: Any) -> None:
        """Append to the audit trail inside the caller's transaction (masking is the caller's job)."""
        session.add(AuditEvent(at=clock.now(), actor=actor, window_id=window_id, action=action,
                               target=target, detail=detail))

    def _device_id(self) -> str:
        """A stable id of this installation (stamped on every outbox op)."""
        path = self.data_dir.root / "device-id"
        try:
            return path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            value = str(uuid.uuid4())
            path.write_text(value, encoding="ascii")
            return value
