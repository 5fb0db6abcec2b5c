"""The 差评 follow-up (DOMAIN.md §7): callback, verification, rectification, the applicant's verdict.

Each 差评 opens one follow-up for the hall manager. Two deadlines, both in working days from the day
of the rating (holidays and 调休 from the hall calendar): the callback (default 1 working day) and
the rectification (default 15, a common local rule); the hall configures both
(:data:`CALLBACK_DAYS_SETTING`, :data:`RECTIFY_DAYS_SETTING`). The steps are recorded in order: the
applicant's satisfaction with the rectification can only follow a recorded rectification, so the
回访整改率 never counts a verdict about nothing. Client and centre check updates with the same
function (:func:`check_update`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hallclient.errors import ValidationError

DEFAULT_CALLBACK_DAYS = 1
DEFAULT_RECTIFY_DAYS = 15
#: Hall settings (central ``hall_settings``, distributed in the feed) overriding the defaults.
CALLBACK_DAYS_SETTING = "evaluations.callback_days"
RECTIFY_DAYS_SETTING = "evaluations.rectify_days"

#: The fields a manager may set, with their type.
FIELDS: dict[str, type] = {"callback_note": str, "verified": bool, "verification_note": str,
                           "rectification": str, "applicant_satisfied": bool}
MAX_NOTE = 1000

#: Stages of a follow-up as the manager's list shows them.
STAGE_LABELS = {"callback": "待回访", "rectify": "待整改", "confirm": "待确认满意度", "closed": "已办结"}


@dataclass(frozen=True)
class FollowUpState:
    """What the stage depends on (a follow-up as stored)."""

    called_back_at: dt.datetime | None
    rectified_at: dt.datetime | None
    applicant_satisfied: bool | None


def stage(state: FollowUpState) -> str:
    """The next step due: callback, rectify, confirm, or closed."""
    if state.called_back_at is None:
        return "callback"
    if state.rectified_at is None:
        return "rectify"
    if state.applicant_satisfied is None:
        return "confirm"
    return "closed"


def check_update(fields: Mapping[str, Any], current: FollowUpState) -> dict[str, Any]:
    """Check a manager's update; returns the fields to store (text stripped). Raises ValidationError."""
    unknown = [k for k in fields if k not in FIELDS]
    if unknown:
        raise ValidationError("回访整改记录没有字段 {name}", name=unknown[0])
    if not fields:
        raise ValidationError("请填写要登记的回访或整改内容")
    checked: dict[str, Any] = {}
    for key, value in fields.items():
        kind = FIELDS[key]
        if value is None or not isinstance(value, kind):
            raise ValidationError("回访整改记录的 {name} 格式错误", name=key)
        if kind is str:
            value = value.strip()
            if not value:
                raise ValidationError("回访或整改说明不能为空")
            if len(value) > MAX_NOTE:
                raise ValidationError("说明最多 {max} 字", max=MAX_NOTE)
        checked[key] = value
    rectified = current.rectified_at is not None or "rectification" in checked
    if "applicant_satisfied" in checked and not rectified:
        raise ValidationError("请先登记整改结果，再记录申请人对整改是否满意")
    return checked


def apply_update(row: Any, checked: Mapping[str, Any], at: dt.datetime, actor: str) -> None:
    """Set checked fields on a follow-up row (either side's model); the first callback note and the
    first rectification stamp their time ``at`` (the counter's, so both sides store the same)."""
    for key, value in checked.items():
        setattr(row, key, value)
    if "callback_note" in checked and row.called_back_at is None:
        row.called_back_at = at
    if "rectification" in checked and row.rectified_at is None:
        row.rectified_at = at
    row.updated_by = actor
