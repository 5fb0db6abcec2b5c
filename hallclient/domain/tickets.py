"""Queue ticket vocabulary (DOMAIN.md §3): kinds, states, prefixes and the display number."""

from __future__ import annotations

from enum import StrEnum


class TicketKind(StrEnum):
    CONSULT = "consult"  # 咨询号
    ACCEPT = "accept"  # 受理号 (per zone)
    PICKUP = "pickup"  # 取件号


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"  # 过号
    TRANSFERRED = "transferred"
    CANCELLED = "cancelled"


#: Default prefixes; zones carry their own ``ticket_prefix`` for 受理号.
CONSULT_PREFIX = "C"
PICKUP_PREFIX = "Q"

KIND_LABELS = {TicketKind.CONSULT: "咨询", TicketKind.ACCEPT: "受理", TicketKind.PICKUP: "取件"}

STATUS_LABELS = {
    TicketStatus.WAITING: "等候中",
    TicketStatus.CALLED: "已呼叫",
    TicketStatus.SERVING: "办理中",
    TicketStatus.DONE: "已办结",
    TicketStatus.NO_SHOW: "过号",
    TicketStatus.TRANSFERRED: "已转移",
    TicketStatus.CANCELLED: "已取消",
}


def display_number(prefix: str, seq: int) -> str:
    """``B023``: prefix plus at least three digits (numbering restarts every day)."""
    return f"{prefix}{seq:03d}"
