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

