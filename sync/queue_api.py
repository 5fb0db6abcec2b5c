"""The queue actions of the guide desk and the windows: one blocking call per user action.

``QueueApi(hall, client, *, offline_for_s=15.0)`` wraps ``/api/v1/queue`` of the central service,
which is the queue's authority. The UI runs every call off the Qt thread
(``await ops.net(lambda: api.call_next(...))``). Once the centre was found unreachable, the actions
that work offline (issue, call by number, finish) go offline at once for ``offline_for_s`` seconds.

Each call is one user action and sends one ``Idempotency-Key``: made once for the action (or passed
as ``key=``, e.g. from :meth:`QueueApi.new_key` when the UI offers "重试" after a failure) and sent
again when the call retries after a lost reply, so the centre issues or calls at most once. The
tickets in the reply are stored in the local replica before the call returns, so the screens (which
read ``hall.queue``) show the result at once instead of waiting for the change feed. Failures are
the typed errors of :mod:`sync.errors` with Chinese messages: ``Refused`` when a rule says no (窗口已
暂停服务, 今天没有该号码, 已重呼 3 次 ...), ``Unreachable`` / ``ServerBusy`` when the centre cannot answer,
``AuthExpired`` when the user must log in again.

Guide desk (导服台, role ``guide``)
    ``issue(kind, *, zone_code=None, item_code=None, phone=None, id_number=None, priority_reason=None,
    appointment_at=None, key=None) -> Issued`` — 取号: ``kind`` is ``"consult"``, ``"accept"`` (needs
    ``zone_code`` or ``item_code``) or ``"pickup"``; ``priority_reason`` makes it 爱心通道;
    ``appointment_at`` checks a booked appointment in. ``Issued.warning`` (a ``HallError`` to show,
    not raise) is set past the zone's warning level; past its daily cap the call raises ``Refused``.
    While the centre is unreachable the ticket is issued from this desk's leased numbers
    (``Issued.ticket.offline``; print the slip with the offline mark); while it is reachable, each
    issue tops up the leases that run low (``lease_size`` setting; a new day starts with none).
    ``reactivate(ticket_id, *, key=None) -> Issued`` — a 过号 ticket rejoins its queue, once.
    ``cancel(ticket_id, *, key=None) -> TicketView``
    ``lease(size=None, prefixes=None, *, key=None) -> list[LeaseInfo]`` — numbers for offline issuing;
    ``keep_leases()`` — lease what runs low: call it when the guide desk starts
    (``hall.queue.leases_left()`` says what is left per prefix).
    ``lookup(lookup_id) -> Placement`` — the ticket behind a slip's QR code.

Window (综合窗口, role ``clerk``; ``window_id`` is this PC's window)
    ``call_next(window_id, *, finish_current=False, key=None) -> Called`` — 呼叫下一位.
    ``Called.ticket`` is None when nobody the window serves is waiting. Refused while the window's
    current ticket is not finished — so a double click never calls twice — unless
    ``finish_current=True`` (办结并呼叫下一位), and while the window is paused.
    ``call_number(window_id, number, *, finish_current=False, key=None) -> Called`` — a waiting
    ticket by its number (walk-ins). While the centre is unreachable this is how a window calls: any
    number on an applicant's slip, known here or not; it is synced when the centre is back.
    ``recall(window_id, ticket_id, *, key=None) -> TicketView`` — 重呼, at most 3 times.
    ``skip(window_id, ticket_id, *, key=None) -> TicketView`` — 过号.
    ``start(window_id, ticket_id, *, key=None) -> TicketView`` — 开始办理.
    ``finish(window_id, ticket_id, *, case_number=None, key=None) -> TicketView`` — 办结 (also offline).
    ``transfer(window_id, ticket_id, reason, *, to_zone=None, to_window=None, key=None) -> TicketView``
    — 转移 to a zone's queue or to one window, keeping the original issue time.
    ``pause(window_id, reason, *, key=None) -> WindowInfo`` / ``resume(window_id, *, key=None) -> WindowInfo``
    (role ``clerk`` or ``manager``).

``ticket_id`` is the ticket the clerk sees as the window's current one: the centre refuses if the
window has moved on (a stale screen never acts on another ticket).

Reads are local and instant, from ``hall.queue`` (:mod:`hallclient.services.queue`): ``current(window_id)``,
``board()`` (the display's recent calls and queues), ``waiting()``, ``tickets()``, ``find(number)``,
``placement(ticket_id)``, ``estimate(kind, zone_code)``. The display refreshes when a change-set with
``tickets`` or ``hall`` arrives (the sync engine's long-poll brings other counters' calls).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from hallclient.errors import HallError
from hallclient.hall import Hall
from hallclient.ids import new_id
from hallclient.services.hallconfig import WindowInfo
from hallclient.services.queue import Placement, TicketView
from sync.client import CentralClient
from sync.errors import AuthExpired, BadReply, CentralError, Unreachable

log = logging.getLogger(__name__)

T = TypeVar("T")

PREFIX = "/queue"


@dataclass(frozen=True)
class Issued:
    """A ticket placed in its queue: what the slip prints, and the guide desk's warning if any."""

    ticket: TicketView
    people_ahead: int
    wait_minutes: int | None
    warning: HallError | None = None


@dataclass(frozen=True)
class LeaseInfo:
    """A block of numbers this guide desk may issue while offline: ``B041``…``B060``."""

    prefix: str
    first: int
    last: int


@dataclass(frozen=True)
class Called:
    """The ticket a window called (None: nobody waiting) and the one it finished first, if any."""

    ticket: TicketView | None
    finished: TicketView | None = None


def _window_info(data: dict[str, Any]) -> WindowInfo:
    since = data.get("status_since")
    return WindowInfo(data["id"], data["number"], data["name"], data["kind"], tuple(data["zones"]),
                      tuple(data["ticket_kinds"]), data["department"], data["status"],
                      dt.datetime.fromisoformat(since) if since else None, data["pause_reason"], data["clerk"])


class QueueApi:
    """The guide desk's and windows' queue actions against the centre (thread-safe, blocking)."""

    def __init__(self, hall: Hall, client: CentralClient, *, offline_for_s: float = 15.0) -> None:
        self.hall, self.client = hall, client
        self.offline_for_s = offline_for_s
        self._offline_until = 0.0

    @staticmethod
    def new_key() -> str:
        """A fresh idempotency key, for a UI that wants to retry one action itself (time-ordered, as
        the service keeps the keys in an index: ``hallclient.ids``)."""
        return new_id()

    def _user(self) -> str:
        if self.client.user is None:
            raise AuthExpired("登录已过期，请重新登录")
        return self.client.user.username

    # --- transport -------------------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any], key: str | None) -> dict[str, Any]:
        """POST with one idempotency key, which the client's own retries send again unchanged."""
        reply = self.client.json("POST", PREFIX + path, json=body, headers={"Idempotency-Key": key or self.new_key()})
        if not isinstance(reply, dict):
            raise BadReply("中心系统返回的排队数据格式错误")
        return reply

    def _online(self, work: Callable[[], T], offline: Callable[[], T]) -> T:
        """``work`` against the centre, or ``offline`` while it is unreachable. After a failure the next
        actions go offline at once for ``offline_for_s`` (each attempt costs the client's retries, seconds
        an applicant at the desk would wait), then the centre is tried again."""
        if time.monotonic() < self._offline_until:
            return offline()
        try:
            return work()
        except Unreachable as exc:
            log.info("centre unreachable (%s): working offline", exc)
            self._offline_until = time.monotonic() + self.offline_for_s
            return offline()

    def _store(self, reply: dict[str, Any], *names: str, action: str,
               window_id: str | None = None) -> list[TicketView | None]:
        """Put the reply's tickets (and their events) into the replica now, noting the action in the audit
        trail; returns the tickets, None where the reply had none."""
        try:
            tickets = [reply[name] for name in names if reply[name] is not None]
            records = [("ticket", t) for t in tickets]
            records += [("ticket_event", {**e, "id": str(e["id"])}) for t in tickets if (e := t.get("event"))]
            stored = self.hall.queue.apply(records, audit=(self._user(), f"queue.{action}", window_id)).value
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的排队数据不完整") from exc
        views = iter(stored)
        return [next(views) if reply[name] is not None else None for name in names]

    def _ticket(self, action: str, window_id: str, body: dict[str, Any], key: str | None) -> TicketView:
        reply = self._post(f"/windows/{window_id}/{action}", body, key)
        view = self._store(reply, "ticket", action=action, window_id=window_id)[0]
        assert view is not None
        return view

    def _placed(self, reply: dict[str, Any], action: str) -> Issued:
        view = self._store(reply, "ticket", action=action)[0]
        assert view is not None
        warning = reply.get("warning")
        notice = HallError(warning["template"], **warning["params"]) if warning else None
        return Issued(view, reply["people_ahead"], reply["wait_minutes"], notice)

    def _called(self, reply: dict[str, Any], action: str, window_id: str) -> Called:
        ticket, finished = self._store(reply, "ticket", "finished", action=action, window_id=window_id)
        return Called(ticket, finished)

    def _window(self, reply: dict[str, Any], action: str) -> WindowInfo:
        try:
            data = reply["window"]
            self.hall.queue.apply([("window", data)], audit=(self._user(), f"queue.{action}", data["id"]))
            return _window_info(data)
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的窗口数据不完整") from exc

    # --- guide desk ------------------------------------------------------------------------------

    def issue(self, kind: str, *, zone_code: str | None = None, item_code: str | None = None,
              phone: str | None = None, id_number: str | None = None, priority_reason: str | None = None,
              appointment_at: dt.datetime | None = None, key: str | None = None) -> Issued:
        fields = {"zone_code": zone_code, "item_code": item_code, "phone": phone or None,
                  "id_number": id_number or None, "priority_reason": priority_reason or None}
        body = {"kind": kind, **fields, "appointment_at": appointment_at.isoformat() if appointment_at else None}

        def online() -> Issued:
            issued = self._placed(self._post("/tickets", body, key), "issue")
            self.keep_leases()
            return issued

        def offline() -> Issued:
            placed = self.hall.queue.issue_offline(self._user(), kind, appointment_at=appointment_at, **fields).value
            return Issued(placed.ticket, placed.people_ahead, placed.wait_minutes)

        return self._online(online, offline)

    def lease(self, size: int | None = None, prefixes: list[str] | None = None, *,
              key: str | None = None) -> list[LeaseInfo]:
        """Lease numbers for offline issuing (``size`` per prefix, default the ``lease_size`` setting)."""
        body = {"size": size or self.hall.settings["lease_size"], "prefixes": prefixes}
        try:
            leases = self._post("/leases", body, key)["leases"]
            self.hall.queue.store_leases(leases)
            return [LeaseInfo(lease["prefix"], lease["first"], lease["last"]) for lease in leases]
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的号段数据不完整") from exc

    def keep_leases(self) -> None:
        """Top up, while online, the prefixes whose leased numbers for today run low (a new day has none);
        the guide desk calls it when it starts, and every online issue calls it."""
        low = [prefix for prefix, left in self.hall.queue.leases_left().items()
               if left < self.hall.settings["lease_size"] // 2]
        if low:
            try:
                self.lease(prefixes=low)
            except CentralError as exc:  # the ticket was issued; the lease is tried again next time
                log.warning("could not lease offline numbers for %s: %s", ", ".join(low), exc)

    def reactivate(self, ticket_id: str, *, key: str | None = None) -> Issued:
        return self._placed(self._post(f"/tickets/{ticket_id}/reactivate", {}, key), "reactivate")

    def cancel(self, ticket_id: str, *, key: str | None = None) -> TicketView:
        view = self._store(self._post(f"/tickets/{ticket_id}/cancel", {}, key), "ticket", action="cancel")[0]
        assert view is not None
        return view

    def lookup(self, lookup_id: str) -> Placement:
        reply = self.client.json("GET", f"{PREFIX}/lookup/{lookup_id}")
        try:
            stored = self.hall.queue.apply([("ticket", reply["ticket"])]).value
            return Placement(stored[0], reply["people_ahead"], reply["wait_minutes"])
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的排队数据不完整") from exc

    # --- window ----------------------------------------------------------------------------------

    def call_next(self, window_id: str, *, finish_current: bool = False, key: str | None = None) -> Called:
        reply = self._post(f"/windows/{window_id}/call-next", {"finish_current": finish_current}, key)
        return self._called(reply, "call_next", window_id)

    def call_number(self, window_id: str, number: str, *, finish_current: bool = False,
                    key: str | None = None) -> Called:
        """Call by number; while the centre is unreachable the call is made here and synced later."""
        body = {"number": number, "finish_current": finish_current}

        def offline() -> Called:
            called, finished = self.hall.queue.call_offline(self._user(), window_id, number, finish_current).value
            return Called(called, finished)

        return self._online(
            lambda: self._called(self._post(f"/windows/{window_id}/call-number", body, key), "call_number", window_id),
            offline)

    def recall(self, window_id: str, ticket_id: str, *, key: str | None = None) -> TicketView:
        return self._ticket("recall", window_id, {"ticket_id": ticket_id}, key)

    def skip(self, window_id: str, ticket_id: str, *, key: str | None = None) -> TicketView:
        return self._ticket("skip", window_id, {"ticket_id": ticket_id}, key)

    def start(self, window_id: str, ticket_id: str, *, key: str | None = None) -> TicketView:
        return self._ticket("start", window_id, {"ticket_id": ticket_id}, key)

    def finish(self, window_id: str, ticket_id: str, *, case_number: str | None = None,
               key: str | None = None) -> TicketView:
        """办结; while the centre is unreachable it is noted here and synced later."""
        return self._online(
            lambda: self._ticket("finish", window_id, {"ticket_id": ticket_id, "case_number": case_number}, key),
            lambda: self.hall.queue.finish_offline(self._user(), window_id, ticket_id).value)

    def transfer(self, window_id: str, ticket_id: str, reason: str, *, to_zone: str | None = None,
                 to_window: str | None = None, key: str | None = None) -> TicketView:
        body = {"ticket_id": ticket_id, "reason": reason, "to_zone": to_zone, "to_window": to_window}
        return self._ticket("transfer", window_id, body, key)

    def pause(self, window_id: str, reason: str, *, key: str | None = None) -> WindowInfo:
        return self._window(self._post(f"/windows/{window_id}/pause", {"reason": reason}, key), "pause")

    def resume(self, window_id: str, *, key: str | None = None) -> WindowInfo:
        return self._window(self._post(f"/windows/{window_id}/resume", {}, key), "resume")
