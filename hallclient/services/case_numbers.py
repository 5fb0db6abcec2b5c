"""Issuing case numbers at this PC: hall code, hall-local day, window number and the window's daily
sequence kept in the local cache (``hallclient.domain.intake`` explains why this is unique offline)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient.cache.models import Case, CaseCounter, HallSetting, Window
from hallclient.domain.intake import format_case_number
from hallclient.errors import ConflictError, ValidationError

HALL_CODE = "hall.code"


def next_case_number(session: Session, window_id: str, day: dt.date) -> str:
    """Take the window's next number for ``day`` inside the caller's transaction (rolled back with it)."""
    window = session.get(Window, window_id)
    if window is None:
        raise ValidationError("窗口 {window} 不在本机的大厅配置中：请检查本机窗口设置并与中心系统同步",
                              window=window_id)
    hall_code = session.get(HallSetting, HALL_CODE)
    if hall_code is None or not hall_code.value:
        raise ValidationError("尚未从中心系统取得大厅编码，请联网同步后再受理")
    counter = session.get(CaseCounter, (window_id, day))
    if counter is None:
        counter = CaseCounter(window_id=window_id, service_date=day, value=0)
        session.add(counter)
    counter.value += 1
    number = format_case_number(str(hall_code.value), day, window.number, counter.value)
    if session.scalar(select(Case.id).where(Case.number == number)) is not None:
        raise ConflictError("办件编号 {number} 已被另一台电脑使用：本机与另一台电脑设置成了同一窗口（{window} 号），"
                            "请联系管理员更正本机的窗口设置", number=number, window=window.number)
    return number
