"""The relay between a window PC and its network rating tablet (评价器 over the network).

The simplest honest design for a tablet that cannot be reached from the window PC (hall Wi-Fi,
client isolation): both talk only to the central service they already know. Per window one row
(:class:`~central.models.RatingPad`) holds the current prompt and the tablet's answer; each side
long-polls for a ``version`` newer than the one it saw. The relay stores nothing permanent: the
answer goes back to the window PC, which records the evaluation through its outbox like every other
device, so a rating can never reach the centre twice or by two paths.

The window knows the tablet is connected when the tablet asked within :data:`ONLINE_S` seconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from central.feed import FeedSignal
from central.models import RatingPad, Window
from hallclient import clock
from hallclient.domain.rating import answer_from_wire, answer_wire
from hallclient.domain.rating_pad import PadState
from hallclient.errors import ConflictError, NotFoundError

#: A tablet that has not asked for this long counts as disconnected (its long-poll waits ≤ 20 s).
ONLINE_S = 30.0
#: Wakes this process's long-polls at once after a relay write (other processes: polling).
SIGNAL = FeedSignal()


def _row(session: Session, window_id: str, create: bool = False) -> RatingPad | None:
    row = session.get(RatingPad, window_id)
    if row is None and create:
        if session.get(Window, window_id) is None:
            raise NotFoundError("窗口 {window} 不存在", window=window_id)
        row = RatingPad(window_id=window_id, version=0, updated_at=clock.now())
        session.add(row)
    return row


def state_of(row: RatingPad | None, now: dt.datetime) -> PadState:
    if row is None:
        return PadState(0, None, None, False, None, None, False)
    online = row.pad_seen_at is not None and (now - row.pad_seen_at).total_seconds() < ONLINE_S
    return PadState(row.version, row.prompt_id, row.prompt, row.shown_at is not None, row.answer, row.outcome,
                    online)


def _bump(row: RatingPad) -> None:
    row.version += 1
    row.updated_at = clock.now()


def read(session: Session, window_id: str) -> PadState:
    return state_of(_row(session, window_id), clock.now())


def put_prompt(session: Session, window_id: str, prompt_id: str, prompt: dict[str, Any]) -> PadState:
    """The window prompts: any earlier prompt of this window is replaced (the window closed it already)."""
    row = _row(session, window_id, create=True)
    assert row is not None
    row.prompt_id, row.prompt, row.shown_at, row.answer, row.outcome = prompt_id, prompt, None, None, None
    _bump(row)
    return state_of(row, clock.now())


def finish(session: Session, window_id: str, prompt_id: str, outcome: str, message: str | None) -> PadState:
    """The window is done with a prompt: rated, timed out, or the answer was refused (``refused``: the
    prompt stays open with ``message`` for the applicant, and the answer is cleared for another try)."""
    row = _row(session, window_id)
    if row is None or row.prompt_id != prompt_id:
        return state_of(row, clock.now())  # already replaced: nothing to finish
    if outcome == "refused":
        row.answer = None
        row.prompt = {**(row.prompt or {}), "notice": message or ""}
    else:
        row.prompt, row.answer = None, None
    row.outcome = outcome
    _bump(row)
    return state_of(row, clock.now())


def pad_poll(session: Session, window_id: str) -> PadState:
    """The tablet asks: note that it is there; a prompt it receives counts as shown."""
    row = _row(session, window_id, create=True)
    assert row is not None
    row.pad_seen_at = clock.now()
    if row.prompt is not None and row.shown_at is None:
        row.shown_at = clock.now()
        _bump(row)
    return state_of(row, clock.now())


def pad_answer(session: Session, window_id: str, prompt_id: str, data: Any) -> PadState:
    """The tablet's rating for ``prompt_id``: checked here, kept for the window to collect, once."""
    row = _row(session, window_id)
    if row is None or row.prompt_id != prompt_id or row.prompt is None:
        raise ConflictError("本次评价已结束，请勿重复提交")
    if row.answer is not None:
        raise ConflictError("本次评价已提交，请勿重复提交")
    row.answer = answer_wire(answer_from_wire(data))
    row.pad_seen_at = clock.now()
    _bump(row)
    return state_of(row, clock.now())
