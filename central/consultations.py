"""The centre's side of 咨询登记: the ``consultation.create`` / ``.update`` ops and their feed shape.

The counters make consultations (ids are client UUIDs); the centre checks them against its own
catalog and windows, stores them, and echoes each stored record in the change feed as entity
``consultation`` so every counter's replica converges. The appliers use Core statements and look
the catalog up once per transaction: a counter back from a day offline sends thousands of these.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from central.auth import Principal
from central.models import Consultation, ServiceItem, Window
from central.ops import Op, register_op
from hallclient import clock
from hallclient.domain.consultation import EDITABLE, check_fields, check_new, columns, parse_time
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError

ENTITY = "consultation"
ROLES = frozenset({"guide", "clerk", "manager", "admin"})

_TABLE = Consultation.__table__
# built once: the statements are compiled once too (thousands of ops arrive in a few requests)
_ROW = select(_TABLE).where(_TABLE.c.id == bindparam("key"))
_INSERT = insert(_TABLE)
_UPDATE = update(_TABLE).where(_TABLE.c.id == bindparam("key"))


def consultation_data(c: Mapping[str, Any]) -> dict[str, Any]:
    """The feed and answer shape (the client's applier reads exactly these keys)."""
    finished = c["finished_at"]
    return {"ticket_number": c["ticket_number"], "item_codes": list(c["item_codes"]), "note": c["note"],
            "notice_given": c["notice_given"], "window_id": c["window_id"], "staff": c["staff"],
            "started_at": c["started_at"].isoformat(), "finished_at": finished.isoformat() if finished else None}


def _known(session: Session, name: str, load: Callable[[], set[str]]) -> set[str]:
    """A set looked up once per transaction (the session lives for one request)."""
    cache: dict[str, set[str]] = session.info.setdefault("consultation_refs", {})
    if name not in cache:
        cache[name] = load()
    return cache[name]


def _check_references(session: Session, fields: dict[str, Any]) -> None:
    items = _known(session, "items", lambda: set(session.scalars(select(ServiceItem.code))))
    missing = [code for code in fields.get("item_codes") or () if code not in items]
    if missing:
        raise ValidationError("事项 {code} 不存在", code=missing[0])
    window = fields.get("window_id")
    if window and window not in _known(session, "windows", lambda: set(session.scalars(select(Window.id)))):
        raise ValidationError("窗口 {window} 不存在", window=window)


def _allowed(principal: Principal) -> None:
    if not ROLES & set(principal.roles):
        raise HallError("账号 {user} 无权登记咨询", user=principal.username)


def _answer(values: Mapping[str, Any]) -> dict[str, Any]:
    return {"record": {"entity": ENTITY, "key": values["id"], "data": consultation_data(values)}}


def create_consultation(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    fields = {k: v for k, v in payload.items() if k not in ("id", "staff", "started_at")}
    checked = check_new(payload["id"], payload["staff"], payload["started_at"], fields)
    conn = session.connection()
    if conn.execute(_ROW, {"key": checked["id"]}).first() is not None:
        raise ConflictError("咨询登记 {id} 已存在", id=checked["id"])
    _check_references(session, checked)
    values = {"id": checked["id"], "staff": checked["staff"],
              "started_at": parse_time(checked["started_at"], "开始时间"),
              **columns({name: checked[name] for name in EDITABLE}), "device_id": op.device_id,
              "updated_at": clock.now()}
    conn.execute(_INSERT, values)
    return _answer(values)


def update_consultation(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    conn = session.connection()
    row = conn.execute(_ROW, {"key": payload["id"]}).mappings().first()
    if row is None:
        raise NotFoundError("咨询登记 {id} 不存在", id=payload["id"])
    fields = check_fields({k: v for k, v in payload.items() if k != "id"})
    _check_references(session, fields)
    changes = {**columns(fields), "updated_at": clock.now()}
    conn.execute(_UPDATE, {"key": row["id"], **changes})
    return _answer({**row, **changes})


register_op("consultation.create", create_consultation)
register_op("consultation.update", update_consultation)
