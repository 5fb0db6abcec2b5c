"""Pydantic shapes of the requests and replies, so the OpenAPI document describes the real API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    service: str
    version: str
    api_version: int
    time: str = Field(description="server time, ISO 8601 with offset (clients check their clock against it)")
    database: str
    feed_seq: int


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    device_id: str | None = Field(default=None, max_length=36)


class RefreshRequest(BaseModel):
    refresh_token: str


class UserOut(BaseModel):
    username: str
    display_name: str
    roles: list[str]
    window_id: str | None


class TokenReply(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserOut


class ZoneOut(BaseModel):
    code: str
    name: str
    ticket_prefix: str
    warn_level: int | None
    daily_cap: int | None
    sort_order: int


class WindowOut(BaseModel):
    id: str
    number: int
    name: str
    kind: str
    zones: list[str]
    ticket_kinds: list[str]
    department: str | None
    evaluation_device: str | None
    status: str
    status_since: str | None
    pause_reason: str | None
    clerk: str | None


class HallOut(BaseModel):
    settings: dict[str, Any]
    zones: list[ZoneOut]
    windows: list[WindowOut]


class ItemOut(BaseModel):
    code: str
    name: str
    zone_code: str
    departments: list[str]
    kind: int
    legal_limit_days: int
    promised_limit_days: int
    fees: str
    commitment_allowed: bool
    needs_project_code: bool
    conditions: str
    simple_guide: str
    basis: str
    result: str
    result_kind: str
    contact: str
    active: bool
    materials: list[dict[str, Any]]


class ChangeOut(BaseModel):
    seq: int
    entity: str
    key: str
    data: dict[str, Any] | None


class ChangesPage(BaseModel):
    changes: list[ChangeOut]
    last_seq: int = Field(description="the cursor to send as `after` next time")
    more: bool = Field(description="true when another page is ready now")
