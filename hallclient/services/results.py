"""``hall.results``: results waiting at the window (待出件), and handing them out or mailing them.

Results arrive through the change feed (``case_records.store_result``); their documents are fetched
by :mod:`sync.results` and kept only when their SHA-256 matches (:meth:`ResultService.document_stored`),
so an unverified document is never offered as the result. Every hand-over is one transaction that
writes the result's new state, its ``result.*`` outbox op (record key ``result:<id>``) and an audit
entry; a second hand-over of the same result is refused here and again at the centre, so nothing is
handed out or counted twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from hallclient import clock
from hallclient.cache.models import Case, Result, ServiceItem, StoredFile
from hallclient.changes import Changes, OpResult
from hallclient.domain.handout import (
    Mailing,
    Presented,
    Record,
    ResultState,
    can_check_person,
    check_person,
    check_result,
    no_acceptance_record,
    not_waiting,
    pickup_query,
)
from hallclient.domain.masking import mask_id_number
from hallclient.errors import NotFoundError, ValidationError
from hallclient.hall import Service, mutation, query

log = logging.getLogger(__name__)

#: How long a rejected document download waits before the next try (doubling, capped).
RETRY_FIRST_S, RETRY_MAX_S = 30.0, 3600.0


def record_key(result_id: str) -> str:
    return f"result:{result_id}"


@dataclass(frozen=True)
class ResultView:
    """A result as the lists and the hand-out panel show it (ID masked; names of the items resolved)."""

    id: str
    case_id: str | None
    case_number: str
    outcome: int
    document_name: str
    document_sha256: str | None
    document_verified: bool
    document_error: str | None
    paper: bool
    arrived_at: dt.datetime
    waited_minutes: int
    applicant_name: str
    id_number: str
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    state: str
    pickup_ticket_id: str | None
    pickup_number: str | None
    handed_out_at: dt.datetime | None
    handed_out_window: str | None
    handed_out_clerk: str | None
    delivery: dict[str, Any] | None


@dataclass(frozen=True)
class HandedOver:
    """What a finished hand-over tells its caller (the slip, and the evaluation prompt of issue 6 §4)."""

    result_id: str
    case_id: str | None
    case_number: str
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    window_id: str
    clerk: str
    at: dt.datetime
    state: str
    applicant_name: str
    document_name: str


@dataclass(frozen=True)
class DocumentJob:
    """A result document still to fetch (``wait_s`` > 0: not before then, after a rejected copy)."""

    result_id: str
    case_number: str
    sha256: str
    wait_s: float = 0.0


def _minutes(since: dt.datetime, now: dt.datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def acceptance_of(case: Case) -> Record:
    return Record(case.number, case.applicant_type, case.applicant_name, case.id_number,
                  tuple(i.item_code for i in case.items), case.agent_name, case.agent_id_number, case.legal_rep)


def statement_of(row: Result) -> Record:
    return Record(row.case_number, "", row.applicant_name or "", row.id_number, tuple(row.item_codes or ()))


class ResultService(Service):
    # --- reads -----------------------------------------------------------------------------------

    def _views(self, session: Session, rows: Sequence[Result]) -> list[ResultView]:
        codes = {c for row in rows for c in row.item_codes or ()}
        names = dict(session.execute(select(ServiceItem.code, ServiceItem.name)
                                     .where(ServiceItem.code.in_(codes))).all())
        now = clock.now()
        return [ResultView(
            r.id, r.case_id, r.case_number, r.outcome, r.document_name, r.document_sha256, r.document_verified,
            r.document_error, r.paper, r.arrived_at, _minutes(r.arrived_at, r.handed_out_at or now),
            r.applicant_name or "", mask_id_number(r.id_number), tuple(r.item_codes or ()),
            tuple(names.get(c, c) for c in r.item_codes or ()), r.state, r.pickup_ticket_id, r.pickup_number,
            r.handed_out_at, r.handed_out_window, r.handed_out_clerk, r.delivery) for r in rows]

    @query
    def waiting(self, session: Session) -> list[ResultView]:
        """待出件, the longest waiting first."""
        rows = session.scalars(select(Result).where(Result.state == ResultState.WAITING).order_by(Result.arrived_at))
        return self._views(session, list(rows))

    @query
    def get(self, session: Session, result_id: str) -> ResultView | None:
        row = session.get(Result, result_id)
        return None if row is None else self._views(session, [row])[0]

    @query
    def for_ticket(self, session: Session, ticket_id: str) -> list[ResultView]:
        """The results a 取件号 was issued for (the window shows them when it calls the ticket)."""
        rows = session.scalars(select(Result).where(Result.pickup_ticket_id == ticket_id).order_by(Result.arrived_at))
        return self._views(session, list(rows))

    @query
    def find(self, session: Session, text: str) -> list[ResultView]:
        """Waiting results by case number, or by the full ID/phone where this counter holds them (offline)."""
        kind, value = pickup_query(text)
        cases = {"case_number": [Case.number], "id_number": [Case.id_number, Case.agent_id_number],
                 "phone": [Case.phone, Case.agent_phone]}[kind]
        rows = session.scalars(select(Result).join(Case, Case.id == Result.case_id)
                               .where(or_(*(c == value for c in cases)), Result.state == ResultState.WAITING)
                               .order_by(Result.arrived_at))
        return self._views(session, list(rows))

    def _row(self, session: Session, result_id: str) -> Result:
        row = session.get(Result, result_id)
        if row is None:
            raise NotFoundError("结果 {id} 不存在（中心系统没有对应的办件结果）", id=result_id[:8])
        return row

    def _case(self, session: Session, row: Result) -> Case | None:
        if row.case_id is None:
            return None
        return session.scalar(select(Case).where(Case.id == row.case_id).options(selectinload(Case.items)))

    def _check(self, session: Session, row: Result, presented: Presented | None) -> list[ValidationError] | None:
        case = self._case(session, row)
        if case is None:
            return [no_acceptance_record(row.case_number)]
        record = acceptance_of(case)
        problems = check_result(record, statement_of(row))
        if presented is None:
            return problems
        if not can_check_person(record):
            return None
        return problems + check_person(record, presented, today=clock.hall_today())

    @query
    def check(self, session: Session, result_id: str,
              presented: Presented | None = None) -> list[ValidationError] | None:
        """Every mismatch of the result (and the person, when given) with the acceptance record.

        None when the person cannot be checked here: the case was accepted at another window and this
        counter holds its ID only masked — then the centre checks (``sync.results.HandoutApi.verify``).
        """
        return self._check(session, self._row(session, result_id), presented)

    # --- writes ----------------------------------------------------------------------------------

    @staticmethod
    def _waiting(row: Result) -> None:
        if row.state != ResultState.WAITING:
            at = clock.to_hall(row.handed_out_at).strftime("%m-%d %H:%M") if row.handed_out_at else ""
            raise not_waiting(row.case_number, row.state, at, row.handed_out_window)

    def _record(self, session: Session, row: Result, op_type: str, payload: dict[str, Any], actor: str,
                window_id: str | None, **audit: Any) -> Changes:
        key = record_key(row.id)
        self.hall.outbox.add(session, op_type, key, {"id": row.id, **payload})
        self.hall.record_audit(session, actor, op_type, key, window_id=window_id, number=row.case_number, **audit)
        return Changes(results=True, outbox=True, keys=frozenset({key}))

    @mutation
    def link_ticket(self, session: Session, result_ids: Sequence[str], ticket_id: str, ticket_number: str, *,
                    actor: str) -> OpResult[None]:
        """The guide desk issued 取件号 ``ticket_number`` for these results: the window finds them by it."""
        changes = Changes()
        for result_id in result_ids:
            row = self._row(session, result_id)
            self._waiting(row)
            row.pickup_ticket_id, row.pickup_number = ticket_id, ticket_number
            changes |= self._record(session, row, "result.link", {"ticket_id": ticket_id,
                                                                   "ticket_number": ticket_number}, actor, None,
                                    ticket=ticket_number)
        return OpResult(None, changes)

    def _handed(self, session: Session, row: Result) -> HandedOver:
        view = self._views(session, [row])[0]
        assert row.handed_out_at is not None and row.handed_out_window and row.handed_out_clerk
        return HandedOver(row.id, row.case_id, row.case_number, view.item_codes, view.item_names,
                          row.handed_out_window, row.handed_out_clerk, row.handed_out_at, row.state,
                          view.applicant_name, row.document_name)

    @mutation
    def hand_out(self, session: Session, result_id: str, presented: Presented, signature_sha256: str, *,
                 window_id: str, clerk: str, checked_by_centre: bool = False) -> OpResult[HandedOver]:
        """已出件: the person was verified, the applicant signed; refuses while any mismatch stands.

        ``checked_by_centre`` says the centre found no mismatch for ``presented`` (when this counter
        cannot check the ID itself); where this counter can check, it checks again here regardless.
        """
        row = self._row(session, result_id)
        self._waiting(row)
        if session.get(StoredFile, signature_sha256) is None:
            raise ValidationError("请申请人先在签名板上签名")
        problems = self._check(session, row, presented)
        if problems is None and not checked_by_centre:
            raise ValidationError("本机无法核对该办件的证件号码，请联网后由中心系统核验")
        if problems:
            raise problems[0]
        row.state, row.handed_out_at = ResultState.HANDED_OUT, clock.now()
        row.handed_out_window, row.handed_out_clerk = window_id, clerk
        row.verified_by, row.signature_sha256 = str(presented.source), signature_sha256
        payload = {"at": row.handed_out_at.isoformat(), "window_id": window_id, "clerk": clerk,
                   "verified_by": str(presented.source), "signature_sha256": signature_sha256}
        changes = self._record(session, row, "result.handout", payload, clerk, window_id,
                               id_number=mask_id_number(presented.id_number), source=str(presented.source))
        return OpResult(self._handed(session, row), changes)

    @mutation
    def mail(self, session: Session, result_id: str, mailing: Mailing, *, window_id: str,
             clerk: str) -> OpResult[HandedOver]:
        """已寄出 (邮寄送达): the centre notifies the applicant with the tracking number."""
        row = self._row(session, result_id)
        self._waiting(row)
        problems = self._check(session, row, None)
        if problems:
            raise problems[0]
        row.state, row.handed_out_at = ResultState.MAILED, clock.now()
        row.handed_out_window, row.handed_out_clerk = window_id, clerk
        row.delivery = mailing.masked()
        full = {**mailing.masked(), "phone": mailing.phone}
        payload = {"at": row.handed_out_at.isoformat(), "window_id": window_id, "clerk": clerk, "delivery": full}
        changes = self._record(session, row, "result.mail", payload, clerk, window_id, carrier=mailing.carrier,
                               tracking_number=mailing.tracking_number)
        return OpResult(self._handed(session, row), changes)

    # --- the result documents --------------------------------------------------------------------

    @query
    def next_document(self, session: Session) -> DocumentJob | None:
        """The next document to fetch: one that is due first, else the soonest retry (with its wait)."""
        now = clock.now()
        rows = session.scalars(select(Result).where(Result.document_sha256.is_not(None),
                                                    Result.document_verified.is_(False))
                               .order_by(Result.document_retry_at.is_not(None), Result.document_retry_at,
                                         Result.arrived_at).limit(1))
        row = next(iter(rows), None)
        if row is None:
            return None
        assert row.document_sha256 is not None
        wait = (row.document_retry_at - now).total_seconds() if row.document_retry_at else 0.0
        return DocumentJob(row.id, row.case_number, row.document_sha256, max(0.0, wait))

    @mutation
    def document_stored(self, session: Session, result_id: str, sha256: str, size: int) -> OpResult[None]:
        """The document's bytes matched its SHA-256 and are in the file store (no upload: the centre has it)."""
        row = self._row(session, result_id)
        if row.document_sha256 != sha256:
            raise ValidationError("结果文书已更新，请重新下载")
        if session.get(StoredFile, sha256) is None:
            session.add(StoredFile(sha256=sha256, size=size, mime="application/pdf", created_at=clock.now()))
        row.document_verified, row.document_error, row.document_retry_at = True, None, None
        return OpResult(None, Changes(results=True, keys=frozenset({record_key(row.id)})))

    @mutation
    def document_rejected(self, session: Session, result_id: str, message: str) -> OpResult[float]:
        """A download did not match (or was not there): note why, try again later; returns the wait."""
        row = self._row(session, result_id)
        row.document_attempts += 1
        wait = min(RETRY_MAX_S, RETRY_FIRST_S * 2 ** (row.document_attempts - 1))
        row.document_verified, row.document_error = False, message
        row.document_retry_at = clock.now() + dt.timedelta(seconds=wait)
        return OpResult(wait, Changes(results=True, keys=frozenset({record_key(row.id)})))
