"""The demo back office (后台分类审批): moves accepted cases on so that the hand-out has results.

In a real hall the departments' approval systems do this; the demo centre stands in for them: after
``delay_s`` an accepted case goes to 部门开始办理 (8), after another ``delay_s`` to 办结（通过）(11),
办结（容缺通过）(12) when it was accepted with deferred materials, or 办结（不通过）(13) for a
``reject_share`` of the cases (chosen by the case id, so a case's fate does not change on restart).
Each step is a compare-and-set on the case's status, so two service processes never step a case twice.

It runs only when enabled (``create_app(backoffice=...)``, ``hallclient central --demo-backoffice`` or
the ``HALLCENTRAL_BACKOFFICE`` environment variable); the demo mode enables it, tests do so where
they need it. The same switch opens the test-only endpoint that finishes a case at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import threading
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from central import case_results, feed
from central.case_deadlines import central_calendar, refresh_deadline
from central.cases import ENTITY, add_status, case_data
from central.models import Case
from central.uploads import Store
from hallclient import clock
from hallclient.domain.cases import CaseStatus, Decision
from hallclient.errors import ConflictError

log = logging.getLogger(__name__)

ENV = "HALLCENTRAL_BACKOFFICE"
ACTOR = case_results.ACTOR


@dataclass(frozen=True)
class BackOfficeConfig:
    """``auto``: the loop runs (off: only the test endpoint); ``poll_s``: how often it looks."""

    auto: bool = True
    delay_s: float = 60.0
    reject_share: float = 0.1
    poll_s: float = 2.0

    @classmethod
    def from_env(cls) -> BackOfficeConfig | None:
        """``HALLCENTRAL_BACKOFFICE="delay_s=5,reject_share=0.2"`` (``1`` for the defaults); unset: off."""
        value = os.environ.get(ENV, "").strip()
        if not value or value == "0":
            return None
        pairs = dict(part.split("=", 1) for part in value.split(",") if "=" in part)
        return cls(auto=pairs.get("auto", "1") != "0", delay_s=float(pairs.get("delay_s", cls.delay_s)),
                   reject_share=float(pairs.get("reject_share", cls.reject_share)),
                   poll_s=float(pairs.get("poll_s", cls.poll_s)))

    def to_env(self) -> str:
        return f"auto={int(self.auto)},delay_s={self.delay_s},reject_share={self.reject_share},poll_s={self.poll_s}"


def _share(case_id: str) -> float:
    """A stable number in [0, 1) per case: the 不通过 cases are those below ``reject_share``."""
    return int(hashlib.sha256(case_id.encode()).hexdigest()[:8], 16) / 2**32


def _advance(session: Session, case: Case, old: CaseStatus, new: CaseStatus) -> bool:
    """Move ``case`` from ``old`` only if nobody else did (another process, the test endpoint)."""
    moved = session.execute(update(Case).where(Case.id == case.id, Case.status == int(old))
                            .values(status=int(new), updated_at=clock.now())).rowcount
    session.refresh(case)
    return moved == 1


def start_processing(session: Session, case: Case) -> None:
    if _advance(session, case, CaseStatus.ACCEPTED, CaseStatus.DEPT_PROCESSING):
        add_status(session, case, CaseStatus.DEPT_PROCESSING, ACTOR, None)
        feed.record(session, ENTITY, case.id, case_data(session, case))


def outcome_for(case: Case, reject_share: float) -> CaseStatus:
    if _share(case.id) < reject_share:
        return CaseStatus.DONE_REJECTED
    return CaseStatus.DONE_DEFERRED_APPROVED if case.decision == Decision.ACCEPT_DEFERRED else CaseStatus.DONE_APPROVED


def finish_case(session: Session, store: Store, case: Case, outcome: CaseStatus) -> case_results.CaseResult:
    """Finish an accepted case now (processing first if needed); the test endpoint's work too."""
    start_processing(session, case)
    if not _advance(session, case, CaseStatus.DEPT_PROCESSING, outcome):
        raise ConflictError("办件 {number} 不在办理中，不能办结", number=case.number)
    result = case_results.finish(session, store, case, outcome)
    refresh_deadline(session, case, central_calendar(session), clock.hall_today())
    return result


def step(session: Session, store: Store, config: BackOfficeConfig) -> int:
    """One pass: every case whose last step is ``delay_s`` old moves one step on; returns how many."""
    due = clock.now() - dt.timedelta(seconds=config.delay_s)
    moved = 0
    for case in list(session.scalars(select(Case).where(Case.status == int(CaseStatus.ACCEPTED),
                                                        Case.updated_at <= due))):
        start_processing(session, case)
        moved += 1
    for case in list(session.scalars(select(Case).where(Case.status == int(CaseStatus.DEPT_PROCESSING),
                                                        Case.updated_at <= due))):
        finish_case(session, store, case, outcome_for(case, config.reject_share))
        moved += 1
    return moved


class BackOffice:
    """The loop on a daemon thread; each pass is one transaction."""

    def __init__(self, sessions: sessionmaker[Session], store: Store, config: BackOfficeConfig) -> None:
        self.sessions, self.store, self.config = sessions, store, config
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="central-backoffice", daemon=True)

    def start(self) -> BackOffice:
        if self.config.auto:
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self.config.poll_s):
            try:
                with self.sessions.begin() as session:
                    moved = step(session, self.store, self.config)
                if moved:
                    log.info("back office moved %d case(s) on", moved)
            except Exception:  # the demo loop must outlive one bad pass (a locked database, a bad row)
                log.exception("back office pass failed")
