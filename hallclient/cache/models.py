"""SQLAlchemy models of the local cache (DOMAIN.md): what a counter must know to keep working offline.

Records that the central system owns (zones, windows, the catalog, tickets, results) are copies kept
current by the change feed; ``server_seq`` says which feed entry wrote them last. Records a counter
creates (cases, evaluations, offline tickets) carry client-made UUIDs so that they never collide
with another window's, and travel to the centre through :class:`OutboxOp`.

Times are stored as naive UTC and read back as aware UTC (:class:`~hallclient.dbtypes.UTCDateTime`); the hall's local
day (for numbering and reports) is stored explicitly where it matters.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from hallclient.dbtypes import NAMING, UTCDateTime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


# --- hall configuration and catalog (owned by the central system) ---------------------------------


class Zone(Base):
    """A 受理区 with its ticket prefix and the guide desk's warning level and daily cap."""

    __tablename__ = "zones"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    ticket_prefix: Mapped[str] = mapped_column(String(4))
    warn_level: Mapped[int | None]
    daily_cap: Mapped[int | None]
    sort_order: Mapped[int] = mapped_column(default=0)
    server_seq: Mapped[int] = mapped_column(default=0)


class Window(Base):
    """A counter: which zones and ticket kinds it serves and its present service state."""

    __tablename__ = "windows"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    zones: Mapped[list[Any]] = mapped_column(default=list)
    ticket_kinds: Mapped[list[Any]] = mapped_column(default=list)
    department: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="closed")
    status_since: Mapped[dt.datetime | None]
    pause_reason: Mapped[str | None] = mapped_column(String(200))
    clerk: Mapped[str | None] = mapped_column(String(64))
    server_seq: Mapped[int] = mapped_column(default=0)


class ServiceItem(Base):
    """A 事项 with its guide, limits and rules; ``search_key`` holds name, pinyin and initials."""

    __tablename__ = "service_items"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
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
    search_key: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    server_seq: Mapped[int] = mapped_column(default=0)

    materials: Mapped[list[Material]] = relationship(
        back_populates="item", order_by="Material.position", cascade="all, delete-orphan"
    )


class Material(Base):
    """One entry of an item's material list; ``key`` merges duplicates across a 一件事 bundle."""

    __tablename__ = "materials"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_code: Mapped[str] = mapped_column(ForeignKey("service_items.code", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    deferrable: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[str] = mapped_column(String(16), default="original")
    copies: Mapped[int] = mapped_column(default=1)
    source: Mapped[str] = mapped_column(String(16), default="self")
    elicence: Mapped[str | None] = mapped_column(String(64))
    sample: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    item: Mapped[ServiceItem] = relationship(back_populates="materials")


class Bundle(Base):
    """A 一件事: several items handled with one form and one merged material list."""

    __tablename__ = "bundles"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    item_codes: Mapped[list[Any]] = mapped_column(default=list)
    server_seq: Mapped[int] = mapped_column(default=0)


class HallSetting(Base):
    """Hall-wide values distributed by the centre (hall name, notice line, wait target ...)."""

    __tablename__ = "hall_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    server_seq: Mapped[int] = mapped_column(default=0)


class CalendarDay(Base):
    """An exception to the Monday–Friday week: a statutory holiday or a 调休 makeup workday."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(32), default="")


class CalendarYear(Base):
    """A year whose official holiday schedule has been published (deadlines there are final)."""

    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(primary_key=True)
    published_at: Mapped[dt.datetime | None]
    server_seq: Mapped[int] = mapped_column(default=0)


# --- queue -----------------------------------------------------------------------------------------


class Ticket(Base):
    """A queue ticket as the centre last reported it (or as issued here while offline)."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("service_date", "number"),
        Index("ix_tickets_queue", "service_date", "status", "zone_code"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_date: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    zone_code: Mapped[str | None] = mapped_column(String(8))
    item_code: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="waiting")
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
    serving_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]
    window_id: Mapped[str | None] = mapped_column(String(16))
    clerk: Mapped[str | None] = mapped_column(String(64))
    recall_count: Mapped[int] = mapped_column(default=0)
    reactivated: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_reason: Mapped[str | None] = mapped_column(String(200))
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    lookup_id: Mapped[str] = mapped_column(String(36))
    server_seq: Mapped[int] = mapped_column(default=0)
    last_called_at: Mapped[dt.datetime | None]
    target_window_id: Mapped[str | None] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(default=0)  # the centre's revision; replies and the feed never go back


class TicketEvent(Base):
    """One timestamped transition of a ticket, with window and clerk (for the dashboard and audit)."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    window_id: Mapped[str | None] = mapped_column(String(16))
    clerk: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class WindowPause(Base):
    """One 暂停服务 interval of a window, as the centre records it (``window_pause`` in the feed).

    The window row holds only its present state; these intervals let the dashboard count paused time
    and say whether a window was paused at any moment of any day. ``ended_at`` None: still paused.
    """

    __tablename__ = "window_pauses"
    __table_args__ = (Index("ix_window_pauses_day", "service_date", "window_id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # the centre's id
    window_id: Mapped[str] = mapped_column(String(16))
    service_date: Mapped[dt.date] = mapped_column(Date)
    started_at: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]
    reason: Mapped[str] = mapped_column(String(200))
    clerk: Mapped[str | None] = mapped_column(String(64))
    server_seq: Mapped[int] = mapped_column(default=0)


class NumberLease(Base):
    """A block of ticket numbers leased from the centre for issuing while offline."""

    __tablename__ = "number_leases"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_date: Mapped[dt.date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(4))
    first: Mapped[int]
    last: Mapped[int]
    next: Mapped[int]


# --- cases -----------------------------------------------------------------------------------------


class Case(Base):
    """A 办件 opened at this window; ``number`` is unique across windows even offline."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_window_day", "window_id", "service_date"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    ticket_id: Mapped[str | None] = mapped_column(String(36))
    ticket_number: Mapped[str | None] = mapped_column(String(8))
    bundle_code: Mapped[str | None] = mapped_column(String(64))
    service_date: Mapped[dt.date] = mapped_column(Date)  # the hall-local day it was opened
    applicant_type: Mapped[str] = mapped_column(String(16))
    applicant_name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(16), default="id_card")
    id_number: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(20))
    legal_rep: Mapped[str | None] = mapped_column(String(64))
    agent_name: Mapped[str | None] = mapped_column(String(64))
    agent_id_type: Mapped[str | None] = mapped_column(String(16))
    agent_id_number: Mapped[str | None] = mapped_column(String(18))
    agent_phone: Mapped[str | None] = mapped_column(String(20))
    project_code: Mapped[str | None] = mapped_column(String(24))
    status: Mapped[int] = mapped_column(default=1)
    decision: Mapped[str | None] = mapped_column(String(24))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    commitment_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime]
    accepted_at: Mapped[dt.datetime | None]
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    supplement_due: Mapped[dt.date | None] = mapped_column(Date)
    window_id: Mapped[str] = mapped_column(String(16))
    clerk: Mapped[str] = mapped_column(String(64))
    server_seq: Mapped[int] = mapped_column(default=0)

    items: Mapped[list[CaseItem]] = relationship(cascade="all, delete-orphan", order_by="CaseItem.position")
    materials: Mapped[list[CaseMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="CaseMaterial.position"
    )
    history: Mapped[list[CaseStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="[CaseStatusChange.at, CaseStatusChange.id]"
    )


class CaseItem(Base):
    __tablename__ = "case_items"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    item_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class CaseMaterial(Base):
    """One row of the merged checklist: what the clerk found for a material."""

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
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("stored_files.sha256"))


class CaseStatusChange(Base):
    """The case timeline (全过程留痕): every BLZT status with its time, window and clerk."""

    __tablename__ = "case_status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    status: Mapped[int]
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(64))
    window_id: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class CaseCounter(Base):
    """The last case number this PC issued for a window on a hall day (it is the only issuer)."""

    __tablename__ = "case_counters"
    window_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    service_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class StoredFile(Base):
    """A file in the content-addressed store (scans, PDFs, signatures, result documents)."""

    __tablename__ = "stored_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    mime: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]


class Upload(Base):
    """A resumable (tus) upload of a stored file; ``url`` is saved before the first byte is sent."""

    __tablename__ = "uploads"
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"), primary_key=True)
    url: Mapped[str | None] = mapped_column(String(400))
    offset: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    case_id: Mapped[str | None] = mapped_column(String(36))
    material_id: Mapped[str | None] = mapped_column(String(36))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime]
    filename: Mapped[str] = mapped_column(String(200), default="")


class Consultation(Base):
    """A 咨询登记: one consultation at the guide desk or a window, made here and synced to the centre."""

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
    server_seq: Mapped[int] = mapped_column(default=0)


# --- results and evaluation ------------------------------------------------------------------------


class Result(Base):
    """A back-office result waiting at (or handed out by) the window."""

    __tablename__ = "results"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    case_number: Mapped[str] = mapped_column(String(40), index=True)
    outcome: Mapped[int]
    document_name: Mapped[str] = mapped_column(String(200), default="")
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    paper: Mapped[bool] = mapped_column(Boolean, default=True)
    arrived_at: Mapped[dt.datetime]
    notified_at: Mapped[dt.datetime | None]
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    delivery: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    handed_out_at: Mapped[dt.datetime | None]
    handed_out_window: Mapped[str | None] = mapped_column(String(16))
    handed_out_clerk: Mapped[str | None] = mapped_column(String(64))
    signature_sha256: Mapped[str | None] = mapped_column(String(64))
    server_seq: Mapped[int] = mapped_column(default=0)
    # hand-out (issue 6): the back office's statement of whom and what the result is for (ID masked)
    applicant_name: Mapped[str | None] = mapped_column(String(200))
    id_number: Mapped[str | None] = mapped_column(String(32))
    item_codes: Mapped[list[Any] | None] = mapped_column(JSON)
    pickup_ticket_id: Mapped[str | None] = mapped_column(String(36), index=True)
    pickup_number: Mapped[str | None] = mapped_column(String(10))
    verified_by: Mapped[str | None] = mapped_column(String(16))
    # the result document at this counter: verified against its SHA-256 before it is ever shown
    document_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    document_error: Mapped[str | None] = mapped_column(Text)
    document_attempts: Mapped[int] = mapped_column(default=0)
    document_retry_at: Mapped[dt.datetime | None]


class Evaluation(Base):
    """One 好差评 rating per service (``service_ref`` is unique); level None means 未评价."""

    __tablename__ = "evaluations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_ref: Mapped[str] = mapped_column(String(80), unique=True)
    service_kind: Mapped[str] = mapped_column(String(16))
    case_number: Mapped[str | None] = mapped_column(String(40))
    item_code: Mapped[str | None] = mapped_column(String(64))
    window_id: Mapped[str] = mapped_column(String(16))
    clerk: Mapped[str] = mapped_column(String(64))
    level: Mapped[int | None]
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    reason_text: Mapped[str | None] = mapped_column(Text)
    dimensions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prompted_at: Mapped[dt.datetime]
    rated_at: Mapped[dt.datetime | None]
    device: Mapped[str] = mapped_column(String(32), default="builtin")
    # issue 6: prompted → rated / unrated, and how it closed (rated, timeout, superseded, interrupted)
    status: Mapped[str] = mapped_column(String(16), default="prompted", index=True)
    closure: Mapped[str | None] = mapped_column(String(16))
    server_seq: Mapped[int] = mapped_column(default=0)


class EvaluationFollowUp(Base):
    """The hall manager's follow-up of one 差评 (DOMAIN.md §7); the rater's identity is not stored here."""

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


# --- sync bookkeeping ------------------------------------------------------------------------------


class OutboxOp(Base):
    """A mutation the central system must learn about, written in the transaction that made it.

    ``record_key`` (``"case:<id>"``) orders ops of one record: a rejected op holds back later ops
    of the same record but not of others.
    """

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(48))
    record_key: Mapped[str] = mapped_column(String(80), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime]
    device_id: Mapped[str] = mapped_column(String(36))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending")


class SyncCursor(Base):
    """How far this client has read a server feed (``changes``)."""

    __tablename__ = "sync_cursors"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[dt.datetime | None]


class SyncLogEntry(Base):
    """The per-item sync log shown in the sync status view."""

    __tablename__ = "sync_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    direction: Mapped[str] = mapped_column(String(8))
    op_id: Mapped[str | None] = mapped_column(String(36))
    type: Mapped[str] = mapped_column(String(48))
    outcome: Mapped[str] = mapped_column(String(16))
    message: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only trail of who did what, when and at which window (a trigger forbids edits)."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64))
    window_id: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HeldChange(Base):
    """The newest feed entry for a record that had outbox ops when it arrived (applied once they clear).

    Pending local edits win over pulled changes, but the cursor moves on: without this row a change
    made elsewhere while this counter's op was waiting would be lost for good.
    """

    __tablename__ = "held_changes"
    record_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(80))
    seq: Mapped[int]
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- scanning --------------------------------------------------------------------------------------


class ScanPage(Base):
    """One scanned or imported page of a case material, in the clerk's order (``hall.scans``).

    The page's source file stays in the file store untouched (``source_sha256``; ``frame`` is the page
    of a multi-page PDF or TIFF); rotation and order are edits on top of it, applied when the
    material's one PDF is made, so no edit can damage or lose what was scanned.
    """

    __tablename__ = "scan_pages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_material_id: Mapped[str] = mapped_column(ForeignKey("case_materials.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    source_sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    frame: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(8))  # "pdf" or "image"
    source: Mapped[str] = mapped_column(String(16))  # hot_folder, import, sane, camera
    rotation: Mapped[int] = mapped_column(default=0)  # clockwise degrees: 0, 90, 180, 270
    colour: Mapped[bool] = mapped_column(Boolean, default=False)
    filename: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime]
