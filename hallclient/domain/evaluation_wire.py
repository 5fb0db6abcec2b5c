"""The one JSON shape of an evaluation and its follow-up: outbox payload, feed entry and op answer.

Counter and centre keep evaluations in their own tables with the same column names, so
:func:`evaluation_wire` reads either kind of row, and :func:`evaluation_columns` /
:func:`followup_columns` turn the shape back into column values, checking it on the way (the centre
runs the same checks on every op, so a counter can never store what the centre would refuse).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hallclient.domain.rating import PROMPTED, RATED, UNRATED, Closure, ServiceKind, check_answer
from hallclient.errors import ValidationError

EVALUATION_FIELDS = ("service_ref", "service_kind", "case_number", "item_code", "window_id", "clerk", "level",
                     "reasons", "reason_text", "dimensions", "device", "status", "closure")
EVALUATION_TIMES = ("prompted_at", "rated_at")
FOLLOWUP_FIELDS = ("callback_note", "verified", "verification_note", "rectification", "applicant_satisfied",
                   "due_provisional", "updated_by")
FOLLOWUP_TIMES = ("created_at", "called_back_at", "rectified_at")
FOLLOWUP_DATES = ("callback_due", "rectify_due")


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def followup_wire(f: Any) -> dict[str, Any] | None:
    if f is None:
        return None
    return {**{name: getattr(f, name) for name in FOLLOWUP_FIELDS},
            **{name: _iso(getattr(f, name)) for name in (*FOLLOWUP_TIMES, *FOLLOWUP_DATES)}}


def evaluation_wire(e: Any, followup: Any) -> dict[str, Any]:
    """``e`` and ``followup`` are rows of either side's tables (or anything with those attributes)."""
    return {"id": e.id, **{name: getattr(e, name) for name in EVALUATION_FIELDS},
            "reasons": list(e.reasons or []), "dimensions": dict(e.dimensions or {}),
            **{name: _iso(getattr(e, name)) for name in EVALUATION_TIMES}, "followup": followup_wire(followup)}


def _time(value: Any, what: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError("{what}时间格式错误", what=what) from None
    if parsed.tzinfo is None:
        raise ValidationError("{what}时间缺少时区", what=what)
    return parsed


def evaluation_columns(data: dict[str, Any]) -> dict[str, Any]:
    """Check a closed evaluation in wire shape; returns its column values (without ``id``)."""
    status, level = data["status"], data["level"]
    ServiceKind(data["service_kind"])
    if not str(data["service_ref"]).startswith(f"{data['service_kind']}:"):
        raise ValidationError("评价的服务编号 {ref} 与服务类型不符", ref=data["service_ref"])
    if status == RATED:
        check_answer(level, data["reasons"], data["reason_text"] or "", data["dimensions"])
        if data["closure"] != Closure.RATED:
            raise ValidationError("已评价记录的结束方式应为 rated")
    elif status == UNRATED:
        if level is not None or data["reasons"]:
            raise ValidationError("未评价记录不能带有评价等级或原因")
        Closure(data["closure"])
    else:
        raise ValidationError("评价状态 {status} 无效（应为已评价或未评价，{prompted} 不上报）", status=status,
                              prompted=PROMPTED)
    columns = {name: data[name] for name in EVALUATION_FIELDS}
    columns["prompted_at"] = _time(data["prompted_at"], "提示评价")
    columns["rated_at"] = _time(data["rated_at"], "评价")
    return columns


def followup_columns(data: dict[str, Any]) -> dict[str, Any]:
    columns = {name: data[name] for name in FOLLOWUP_FIELDS}
    for name in FOLLOWUP_TIMES:
        columns[name] = _time(data[name], "回访整改")
    for name in FOLLOWUP_DATES:
        columns[name] = dt.date.fromisoformat(data[name])
    return columns
