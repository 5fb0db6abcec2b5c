"""How the dashboard's figures read on screen: the report's cell conventions ("—" for undefined)."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from hallclient.dashboard.cells import UNDEFINED, local_time, percent
from hallclient.dashboard.report import IDLE_LABEL, REMOVED_LABEL, STATE_LABELS
from hallclient.dashboard.windows import WindowRow


def rate(value: Fraction | None) -> str:
    return UNDEFINED if value is None else percent(value)


def minutes(value: float | None, unit: bool = True) -> str:
    """``12.5 分钟`` (or the bare number), ``—`` when undefined."""
    if value is None:
        return UNDEFINED
    text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
    return QCoreApplication.translate("dashboard", "{n} 分钟").format(n=text) if unit else text


def core(text: str) -> str:
    """A Chinese label or template of the core, in the interface's language where it is translated."""
    return QCoreApplication.translate("core", text)


def state(row: WindowRow) -> str:
    if row.removed:
        return core(REMOVED_LABEL)
    return core(IDLE_LABEL) if row.idle else core(STATE_LABELS[row.state])


__all__ = ["UNDEFINED", "core", "local_time", "minutes", "rate", "state"]
