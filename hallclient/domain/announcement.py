"""What the hall hears when a ticket is called: the spoken Mandarin, which calls are new, and their turn.

The hall display shows "请 B023 号 到 5 号窗口 办理" and speaks it in Mandarin whatever the interface
language is (DOMAIN.md §3). A speech engine reads "023" as "二十三" and a window "12" as "一二", so
the spoken form is spelled out here:

* the ticket number digit by digit — ``B023`` → "B 零 二 三": applicants compare it with the digits
  on their slip, and "零" keeps the leading zero audible. ``1`` is read "一" (not "幺", which belongs
  to phone numbers and radio);
* the prefix letters as they are written: every voice reads a Latin capital by its letter name
  ("B" → "bee"), which is how halls call them and what applicants expect;
* the window number as a Chinese number — 5 → "五", 12 → "十二" — because that is how the windows
  are signed and said.

:class:`CallTracker` decides which calls on the display's board are new (a recall is a new call);
:class:`AnnouncementQueue` holds them so that one announcement starts only when the previous one has
finished. Both are Qt-free so the rules are tested without a speaker.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar

#: Spoken digits; a tuple, so the translation tool does not take it for a message.
DIGITS = tuple("零一二三四五六七八九")
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
#: Announcements waiting beyond this are dropped oldest first (the board still shows those calls);
#: a backlog that long means the voice lags minutes behind the windows.
MAX_BACKLOG = 20


def spoken_ticket(number: str) -> str:
    """``B023`` → ``B 零 二 三``: letters as written, digits one by one."""
    return " ".join(DIGITS[int(ch)] if ch.isdigit() else ch for ch in number.strip().upper())


def chinese_number(n: int) -> str:
    """A whole number below 10,000 as it is said: 5 → 五, 10 → 十, 12 → 十二, 105 → 一百零五."""
    if not 0 <= n < 10_000:
        raise ValueError(f"window number out of range: {n}")
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    parts: list[str] = []
    rest, gap = n, False
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            parts.append(("零" if gap else "") + DIGITS[digit] + unit)
            gap = False
        elif parts:
            gap = True
    if rest:
        parts.append(("零" if gap else "") + DIGITS[rest])
    return "".join(parts)


def spoken_call(number: str, window_number: int) -> str:
    """The sentence the voice says: "请 B 零 二 三 号，到 五 号窗口 办理"."""
    return f"请 {spoken_ticket(number)} 号，到 {chinese_number(window_number)} 号窗口 办理"


class Call(Protocol):
    """A call on the board (``hallclient.services.queue.CallView`` has these fields)."""

    @property
    def ticket_id(self) -> str: ...
    @property
    def called_at(self) -> dt.datetime: ...


C = TypeVar("C", bound=Call)


class CallTracker(Generic[C]):
    """Which calls on the display's board have not been announced yet.

    A call is identified by its ticket and call time, so a 重呼 (same ticket, new time) is new again.
    The first look announces nothing: a display switched on at 10:00 must not read out the morning.
    Calls older than the newest one already seen are not new either — a call that reaches the board
    late (an offline window's, synced minutes afterwards) is shown but not announced out of order.
    """

    def __init__(self) -> None:
        self._started = False
        self._newest: dt.datetime | None = None
        self._at_newest: set[str] = set()  # tickets already seen called at exactly ``_newest``

    def new_calls(self, calls: Iterable[C]) -> list[C]:
        """The calls not seen before, oldest first (the order to announce them in)."""
        fresh: list[C] = []
        for call in sorted(calls, key=lambda c: c.called_at):
            if self._newest is not None and (call.called_at < self._newest or (
                    call.called_at == self._newest and call.ticket_id in self._at_newest)):
                continue
            if self._started:
                fresh.append(call)
            if self._newest is None or call.called_at > self._newest:
                self._newest, self._at_newest = call.called_at, set()
            self._at_newest.add(call.ticket_id)
        self._started = True
        return fresh


T = TypeVar("T")


class AnnouncementQueue(Generic[T]):
    """Announcements in arrival order, one at a time: the next starts only when the current has ended.

    ``push`` returns the item to start now (the queue was idle) or None (it waits its turn);
    ``finished`` returns the next one to start, or None when the queue is idle again.
    """

    def __init__(self, max_backlog: int = MAX_BACKLOG) -> None:
        self._waiting: deque[T] = deque(maxlen=max_backlog)
        self.current: T | None = None

    def push(self, item: T) -> T | None:
        if self.current is None:
            self.current = item
            return item
        self._waiting.append(item)
        return None

    def finished(self) -> T | None:
        self.current = self._waiting.popleft() if self._waiting else None
        return self.current

    @property
    def waiting(self) -> Sequence[T]:
        return tuple(self._waiting)
