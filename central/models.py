"""The central service's own database (SQLite or PostgreSQL): the authority every counter syncs with.

It shares vocabulary with the client (``hallclient.domain``) but never its cache: the two schemas
evolve separately, each through its own Alembic migrations.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hallclient.dbtypes import NAMING, UTCDateTime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


# --- people ----------------------------------------------------------------------------------------


class User(Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(256))
    roles: Mapped[list[Any]] = mapped_column(default=list)
    window_id: Mapped[str | None] = mapped_column(String(16))
    employee_no: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuthToken(Base):
    """An opaque bearer token (access or refresh); stored hashed so a database leak is not a login."""

    __tablename__ = "auth_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(36))
    expires_at: Mapped[dt.datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


# --- hall configuration and catalog ----------------------------------------------------------------


class HallSetting(Base):
    __tablename__ = "hall_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Zone(Base):
    __tablename__ = "zones"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    ticket_prefix: Mapped[str] = mapped_column(String(4), unique=True)
    warn_level: Mapped[int | None]
    daily_cap: Mapped[int | None]
    sort_order: Mapped[int] = mapped_column(default=0)


class Window(Base):
    __tablename__ = "windows"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    zones: Mapped[list[Any]] = mapped_column(default=list)
    ticket_kinds: Mapped[list[Any]] = mapped_column(default=list)
    department: Mapped[str | None] = mapped_column(String(64))
    evaluation_device: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="closed")
    status_since: Mapped[dt.datetime | None]
    pause_reason: Mapped[str | None] = mapped_column(String(200))
    clerk: Mapped[str | None] = mapped_column(String(64))


class ServiceItem(Base):
    __tablename__ = "service_items"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    zone_code: Mapped[str] = mapped_column(ForeignKey("zones.code"))
    departments: Mapped[list[Any]] = mapped_column(default=list)
    kind: Mapped[int] = mapped_column(default=1)
    legal_limit_days: Mapped[int] = mapped_column(default=20)
    promised_limit_days: Mapped[int] = mapped_column(default=20)
    fees: Mapped[str] = mapped_column(Text, default="")
    commitment_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_project_code: Mapped[bool] = mapped_column(Boolean, default=False)
    conditions: Mapped[str] = mapped_column(Text, default="")
    simple_guide: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(200), default="")
    result_kind: Mapped[str] = mapped_column(String(16), default="paper")
    contact: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    materials: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Bundle(Base):
    __tablename__ = "bundles"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    item_codes: Mapped[list[Any]] = mapped_column(default=list)


class CalendarDay(Base):
    """A holiday or 调休 makeup workday of a published (or provisional) year."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(32), default="")


class CalendarYear(Base):
    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_at: Mapped[dt.datetime | None]
    source: Mapped[str] = mapped_column(String(64), default="")


class ELicence(Base):
    """A sample entry of the e-licence library (电子证照库), looked up by holder ID or USCC."""

    __tablename__ = "elicences"
    id: Mapped[int] = mapped_column(primary_key=True)
    holder_id: Mapped[str] = mapped_column(String(18), index=True)
    holder_name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(200))
    issued: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)


# --- sync ------------------------------------------------------------------------------------------


class FeedCounter(Base):
    """One row holding the last change-feed sequence number.

    Writers take it with ``UPDATE ... RETURNING`` at the very end of their transaction, so the row
    lock orders commits: a reader that has seen sequence N never later finds an N-1 appear.
    """

    __tablename__ = "feed_counter"
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Change(Base):
    """One entry of the change feed (``GET /api/v1/changes``); ``data`` None means deleted."""

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_entity_key", "entity", "key"),)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(80))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    at: Mapped[dt.datetime]


class AppliedOp(Base):
    """An op id from a client's outbox that has been applied, with the answer given the first time."""

    __tablename__ = "applied_ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(48))
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied_at: Mapped[dt.datetime]


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class UploadSession(Base):
    """A tus upload: its bytes so far sit in ``files/partial/<id>``; the declared SHA-256 is checked at the end."""

    __tablename__ = "upload_sessions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(200), default="")
    case_id: Mapped[str] = mapped_column(String(64), default="")
    material_id: Mapped[str] = mapped_column(String(64), default="")
    username: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None]


class Attachment(Base):
    """A verified file attached to a case's material, once per document (the case is an opaque id for now)."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("sha256", "case_id", "material_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(200), default="")
    case_id: Mapped[str] = mapped_column(String(64), default="")
    material_id: Mapped[str] = mapped_column(String(64), default="")
    uploaded_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime]


class Consultation(Base):
    """A 咨询登记 made at a counter and received through ``consultation.create`` / ``.update`` ops."""

    __tablename__ = "consultations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ticket_number: Mapped[str | None] = mapped_column(String(8))
    item_codes: Mapped[list[Any]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    notice_given: Mapped[bool] = mapped_column(Boolean, default=False)
    window_id: Mapped[str | None] = mapped_column(String(16))
    staff: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(index=True)
    finished_at: Mapped[dt.datetime | None]
    device_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime]



# --- 好差评 (issue 6) --------------------------------------------------------------------------------


class Evaluation(Base):
    """One rating per service (``service_ref`` unique), received through ``evaluation.record`` ops.

    ``level`` None is 未评价. Who rated is not stored: the case (``case_number``) or the ticket of the
    service says it, and only roles allowed to call back may ask (``/evaluations/{id}/rater``).
    """

    __tablename__ = "evaluations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_ref: Mapped[str] = mapped_column(String(80), unique=True)
    service_kind: Mapped[str] = mapped_column(String(16))
    case_number: Mapped[str | None] = mapped_column(String(40), index=True)
    item_code: Mapped[str | None] = mapped_column(String(64))
    window_id: Mapped[str] = mapped_column(String(16))
    clerk: Mapped[str] = mapped_column(String(64))
    level: Mapped[int | None]
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    reason_text: Mapped[str | None] = mapped_column(Text)
    dimensions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16))
    closure: Mapped[str | None] = mapped_column(String(16))
    prompted_at: Mapped[dt.datetime] = mapped_column(index=True)
    rated_at: Mapped[dt.datetime | None]
    device: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[dt.datetime]


class EvaluationFollowUp(Base):
    """The follow-up of one 差评: callback, verification, rectification and the applicant's verdict."""

    __tablename__ = "evaluation_followups"
    evaluation_id: Mapped[str] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[dt.datetime]
    callback_due: Mapped[dt.date] = mapped_column(Date)
    rectify_due: Mapped[dt.date] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    called_back_at: Mapped[dt.datetime | None]
    callback_note: Mapped[str | None] = mapped_column(Text)
    verified: Mapped[bool | None] = mapped_column(Boolean)
    verification_note: Mapped[str | None] = mapped_column(Text)
    rectification: Mapped[str | None] = mapped_column(Text)
    rectified_at: Mapped[dt.datetime | None]
    applicant_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class RatingPad(Base):
    """The relay between a window PC and its network rating tablet (one row per window).

    ``version`` grows with every change so both sides long-poll for "anything newer than what I saw";
    ``pad_seen_at`` is when the tablet last asked, which is how the window knows it is connected.
    """

    __tablename__ = "rating_pads"
    window_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    version: Mapped[int] = mapped_column(default=0)
    prompt_id: Mapped[str | None] = mapped_column(String(36))
    prompt: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    shown_at: Mapped[dt.datetime | None]
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    outcome: Mapped[str | None] = mapped_column(String(16))
    pad_seen_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime]

# --- queue -----------------------------------------------------------------------------------------


class Ticket(Base):
    """A queue ticket (DOMAIN.md §3). Phone and ID are kept whole here and masked in every reply.

    The indexes serve the call order's three tiers (``central.queue_select``), the waiting counts per
    queue and a window's current ticket, so a call stays fast however many are waiting.
    """

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("service_date", "number"),
        Index("ix_tickets_waiting", "service_date", "status", "priority", "queue_at"),
        Index("ix_tickets_appointments", "service_date", "status", "appointment_at"),
        Index("ix_tickets_queue", "service_date", "status", "kind", "zone_code"),
        Index("ix_tickets_window", "window_id", "status"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_date: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    zone_code: Mapped[str | None] = mapped_column(String(8))
    item_code: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_reason: Mapped[str | None] = mapped_column(String(100))
    appointment_at: Mapped[dt.datetime | None]
    checked_in_at: Mapped[dt.datetime | None]
    phone: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(18))
    case_number: Mapped[str | None] = mapped_column(String(40))
    issued_at: Mapped[dt.datetime]
    queue_at: Mapped[dt.datetime]
    called_at: Mapped[dt.datetime | None]
    last_called_at: Mapped[dt.datetime | None]
    serving_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]
    window_id: Mapped[str | None] = mapped_column(String(16))
    target_window_id: Mapped[str | None] = mapped_column(String(16))
    clerk: Mapped[str | None] = mapped_column(String(64))
    recall_count: Mapped[int] = mapped_column(default=0)
    reactivated: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_reason: Mapped[str | None] = mapped_column(String(200))
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    lease_id: Mapped[str | None] = mapped_column(String(36))
    lookup_id: Mapped[str] = mapped_column(String(36), unique=True)
    issued_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)


class TicketEvent(Base):
    """One timestamped transition of a ticket with its window and clerk (全过程留痕)."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    window_id: Mapped[str | None] = mapped_column(String(16))
    clerk: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class TicketCounter(Base):
    """The last number issued online for a prefix on a hall day (bumped with ``UPDATE ... RETURNING``)
    and the lowest number leased for offline issuing (leases grow down from 999)."""

    __tablename__ = "ticket_counters"
    service_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)
    leased_from: Mapped[int] = mapped_column(default=1000)


class NumberLease(Base):
    """A block of numbers handed to a guide desk for issuing while the centre is unreachable."""

    __tablename__ = "number_leases"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_date: Mapped[dt.date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(4))
    first: Mapped[int]
    last: Mapped[int]
    username: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(36))
    leased_at: Mapped[dt.datetime]


class IdempotencyKey(Base):
    """The first answer to a queue request, stored with its effect, so a retry never acts twice."""

    __tablename__ = "idempotency_keys"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    principal: Mapped[str] = mapped_column(String(64))
    endpoint: Mapped[str] = mapped_column(String(120))
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(index=True)


class WindowPause(Base):
    """One 暂停服务 interval of a window with its reason (the paused time the manager reports)."""

    __tablename__ = "window_pauses"
    id: Mapped[int] = mapped_column(primary_key=True)
    window_id: Mapped[str] = mapped_column(String(16), index=True)
    service_date: Mapped[dt.date] = mapped_column(Date)
    started_at: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]
    reason: Mapped[str] = mapped_column(String(200))
    clerk: Mapped[str | None] = mapped_column(String(64))


# --- cases -----------------------------------------------------------------------------------------


class Case(Base):
    """A 办件 opened at a counter (``case.open``); the counter's UUID and its window-issued number.

    ``device_id`` is the PC that issued the number: a second PC sending the same number is refused.
    """

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status", "status", "updated_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    ticket_id: Mapped[str | None] = mapped_column(String(36))
    ticket_number: Mapped[str | None] = mapped_column(String(8))
    bundle_code: Mapped[str | None] = mapped_column(String(64))
    service_date: Mapped[dt.date] = mapped_column(Date)
    applicant_type: Mapped[str] = mapped_column(String(16))
    applicant_name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(32), index=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    legal_rep: Mapped[str | None] = mapped_column(String(64))
    agent_name: Mapped[str | None] = mapped_column(String(64))
    agent_id_type: Mapped[str | None] = mapped_column(String(16))
    agent_id_number: Mapped[str | None] = mapped_column(String(18))
    agent_phone: Mapped[str | None] = mapped_column(String(20))
    project_code: Mapped[str | None] = mapped_column(String(24))
    form: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[int] = mapped_column(default=1)
    decision: Mapped[str | None] = mapped_column(String(24))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    commitment_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]
    accepted_at: Mapped[dt.datetime | None]
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    supplement_due: Mapped[dt.date | None] = mapped_column(Date)
    window_id: Mapped[str] = mapped_column(String(16))
    clerk: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[dt.datetime]


class CaseItem(Base):
    __tablename__ = "case_items"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    item_code: Mapped[str] = mapped_column(ForeignKey("service_items.code"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class CaseMaterial(Base):
    """One row of a case's merged checklist, with the counter's id and what the clerk found."""

    __tablename__ = "case_materials"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    deferrable: Mapped[bool] = mapped_column(Boolean, default=False)
    required_form: Mapped[str] = mapped_column(String(16), default="original")
    copies: Mapped[int] = mapped_column(default=1)
    source: Mapped[str] = mapped_column(String(16), default="self")
    elicence_type: Mapped[str | None] = mapped_column(String(64))
    item_codes: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    form: Mapped[str | None] = mapped_column(String(16))
    pages: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(Text)
    elicence_number: Mapped[str | None] = mapped_column(String(64))
    file_sha256: Mapped[str | None] = mapped_column(String(64))


class CaseStatusChange(Base):
    """The case timeline (全过程留痕), from the windows and from the back office; never edited."""

    __tablename__ = "case_status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    status: Mapped[int]
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(64))
    window_id: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class CaseResult(Base):
    """The back office's result of a case: the outcome (BLZT 11/12/13) and its document in the file store."""

    __tablename__ = "results"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    case_number: Mapped[str] = mapped_column(String(40), index=True)
    outcome: Mapped[int]
    document_name: Mapped[str] = mapped_column(String(200))
    document_sha256: Mapped[str] = mapped_column(String(64))
    document_size: Mapped[int]
    paper: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]
    notified_at: Mapped[dt.datetime | None]
    notice_text: Mapped[str | None] = mapped_column(Text)  # the SMS as sent (masked)
    # hand-out (issue 6): whom and what the result is for, as the back office states it
    applicant_name: Mapped[str | None] = mapped_column(String(200))
    id_number: Mapped[str | None] = mapped_column(String(32))
    item_codes: Mapped[list[Any] | None] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    pickup_ticket_id: Mapped[str | None] = mapped_column(String(36))
    pickup_number: Mapped[str | None] = mapped_column(String(10))
    handed_out_at: Mapped[dt.datetime | None]
    handed_out_window: Mapped[str | None] = mapped_column(String(16))
    handed_out_clerk: Mapped[str | None] = mapped_column(String(64))
    verified_by: Mapped[str | None] = mapped_column(String(16))
    signature_sha256: Mapped[str | None] = mapped_column(String(64))
    delivery: Mapped[dict[str, Any] | None] = mapped_column(JSON)
