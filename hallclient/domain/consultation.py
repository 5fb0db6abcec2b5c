"""The 咨询登记 record as counter and centre both see it: its fields, their rules and their JSON form.

The counter checks a consultation before writing it (immediate feedback, even offline) and the
centre checks the op again when it arrives, so both sides share these rules and this shape.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from hallclient.errors import ValidationError

#: Fields a later ``consultation.update`` may change; ``staff`` and ``started_at`` are fixed at creation.
EDITABLE = ("ticket_number", "item_codes", "note", "notice_given", "window_id", "finished_at")
NOTE_MAX = 500
ITEMS_MAX = 20

#: How the sync status view names the consultation ops.
OP_LABELS = {"consultation.create": "新增咨询登记", "consultation.update": "修改咨询登记"}

_TICKET = re.compile(r"^[A-Z]{1,2}\d{3,4}$")


def parse_time(value: Any, label: str) -> dt.datetime:
    """An aware datetime from a datetime or an ISO string (naive times are refused: whose zone?)."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError("{label}的时间格式不正确：{value}", label=label, value=value) from None
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise ValidationError("{label}须为带时区的时间", label=label)
    return value.astimezone(dt.UTC)


def _item_codes(value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(c, str) and 0 < len(c) <= 64 for c in value):
        raise ValidationError("咨询事项应为事项编码列表")
    codes = list(dict.fromkeys(value))
    if len(codes) > ITEMS_MAX:
        raise ValidationError("一次咨询最多登记 {n} 个事项", n=ITEMS_MAX)
    return codes


def check_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check the editable fields present in ``values``; returns them in JSON form or raises in Chinese."""
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise ValidationError("咨询登记没有字段 {name}", name=unknown[0])
    out: dict[str, Any] = {}
    if "ticket_number" in values:
        number = values["ticket_number"] or None
        if number is not None and (not isinstance(number, str) or not _TICKET.match(number)):
            raise ValidationError("票号 {number} 格式不正确（如 C012）", number=number)
        out["ticket_number"] = number
    if "item_codes" in values:
        out["item_codes"] = _item_codes(values["item_codes"])
    if "note" in values:
        note = values["note"] or ""
        if not isinstance(note, str) or len(note) > NOTE_MAX:
            raise ValidationError("咨询备注不能超过 {n} 字", n=NOTE_MAX)
        out["note"] = note
    if "notice_given" in values:
        out["notice_given"] = bool(values["notice_given"])
    if "window_id" in values:
        window = values["window_id"] or None
        if window is not None and (not isinstance(window, str) or len(window) > 16):
            raise ValidationError("窗口编号 {window} 不正确", window=window)
        out["window_id"] = window
    if "finished_at" in values:
        finished = values["finished_at"]
        out["finished_at"] = None if finished is None else parse_time(finished, "结束时间").isoformat()
    return out


def check_new(consultation_id: str, staff: str, started_at: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The full ``consultation.create`` payload: id, staff and start plus the checked editable fields."""
    if not isinstance(consultation_id, str) or not 0 < len(consultation_id) <= 36:
        raise ValidationError("咨询登记编号不正确")
    if not isinstance(staff, str) or not 0 < len(staff) <= 64:
        raise ValidationError("请填写接待人员")
    started = parse_time(started_at, "开始时间")
    fields = {"ticket_number": None, "item_codes": [], "note": "", "notice_given": False, "window_id": None,
              "finished_at": None, **check_fields(values)}
    if fields["finished_at"] is not None and parse_time(fields["finished_at"], "结束时间") < started:
        raise ValidationError("结束时间不能早于开始时间")
    return {"id": consultation_id, "staff": staff, "started_at": started.isoformat(), **fields}


def columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Checked fields in JSON form → column values (the finish time back to a datetime)."""
    return {name: parse_time(value, "结束时间") if name == "finished_at" and value else value
            for name, value in fields.items()}
