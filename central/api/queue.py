"""``/api/v1/queue``: issuing tickets at the guide desk and calling them at the windows (DOMAIN.md §3).

Every POST carries an ``Idempotency-Key`` header (one per user action, the same on a retry): the
first answer is stored with the effect in one transaction (``central.queue_idempotency``), so a
retried request returns that answer and never issues or calls twice. A placed ticket's people ahead
and estimated wait are read after the commit: the queue as it is when the reply is sent. Phone and
ID numbers are masked in every reply, as in the change feed that displays read.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import Connection
from sqlalchemy.orm import Session

import central.queue_offline  # noqa: F401  (registers the ticket.*_offline ops)
from central import auth, queue, queue_window
from central import queue_idempotency as idempotency
from central.api.deps import CentralState, current_user, state
from central.api.schemas import WindowOut
from central.errors import ApiError
from hallclient import clock
from hallclient.domain.tickets import TicketKind

router = APIRouter(prefix="/queue", tags=["queue"])

Central = Annotated[CentralState, Depends(state)]
_bearer = HTTPBearer(auto_error=False)


async def _token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """Only the bearer token: it is checked inside the request's transaction (one thread hop, not two)."""
    if credentials is None:
        raise ApiError(401, "not_authenticated", "请先登录")
    return credentials.credentials


Token = Annotated[str, Depends(_token)]
GUIDE, CLERK, WINDOW_ADMIN = ("guide",), ("clerk",), ("clerk", "manager")
Key = Annotated[str, Header(alias="Idempotency-Key", min_length=8, max_length=64,
                            description="one per user action, generated once and sent again on every retry")]


# --- shapes ----------------------------------------------------------------------------------------


class TicketEventOut(BaseModel):
    id: int
    ticket_id: str
    event: str
    at: str
    window_id: str | None
    clerk: str | None
    detail: dict[str, Any] | None


class TicketOut(BaseModel):
    """A ticket as counters and displays see it; ``phone`` and ``id_number`` are masked."""

    id: str
    service_date: str
    number: str
    kind: str
    zone_code: str | None
    item_code: str | None
    status: str
    priority: bool
    priority_reason: str | None
    appointment_at: str | None
    checked_in_at: str | None
    phone: str | None
    id_number: str | None
    case_number: str | None
    issued_at: str
    queue_at: str
    called_at: str | None
    last_called_at: str | None
    serving_at: str | None
    finished_at: str | None
    window_id: str | None
    target_window_id: str | None
    clerk: str | None
    recall_count: int
    reactivated: bool
    transfer_reason: str | None
    offline: bool
    lookup_id: str
    version: int = Field(description="revision of the ticket: never apply a lower one over a higher")
    event: TicketEventOut | None = Field(default=None, description="the transition that produced this state")


class Notice(BaseModel):
    """A warning for the guide desk: Chinese template and parameters (translatable) and the message."""

    template: str
    params: dict[str, Any]
    message: str


class IssueRequest(BaseModel):
    kind: TicketKind
    zone_code: str | None = Field(default=None, max_length=8)
    item_code: str | None = Field(default=None, max_length=64, description="the zone follows from the item")
    phone: str | None = Field(default=None, max_length=20)
    id_number: str | None = Field(default=None, max_length=32)
    priority_reason: str | None = Field(default=None, max_length=100, description="爱心通道 when given")
    appointment_at: dt.datetime | None = Field(default=None, description="checks a booked appointment in")


class PlaceReply(BaseModel):
    """A ticket placed in its queue (issued or reactivated): what the slip prints."""

    ticket: TicketOut
    people_ahead: int
    wait_minutes: int | None
    warning: Notice | None


class CallNextRequest(BaseModel):
    finish_current: bool = Field(default=False, description="办结 the window's current ticket first")


class CallNumberRequest(CallNextRequest):
    number: str = Field(min_length=1, max_length=10)


class CallReply(BaseModel):
    ticket: TicketOut | None = Field(description="the ticket called; null when nobody is waiting")
    finished: TicketOut | None = Field(description="the window's previous ticket, when finish_current ended it")


class TicketAction(BaseModel):
    ticket_id: str = Field(min_length=1, max_length=36, description="the ticket the clerk sees at the window")


class FinishRequest(TicketAction):
    case_number: str | None = Field(default=None, max_length=40)


class TransferRequest(TicketAction):
    reason: str = Field(min_length=1, max_length=200)
    to_zone: str | None = Field(default=None, max_length=8)
    to_window: str | None = Field(default=None, max_length=16)


class PauseRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=200)


class TicketReply(BaseModel):
    ticket: TicketOut


class WindowReply(BaseModel):
    window: WindowOut


class LookupReply(BaseModel):
    ticket: TicketOut
    people_ahead: int
    wait_minutes: int | None


class LeaseRequest(BaseModel):
    size: int = Field(default=20, ge=1, le=500)
    prefixes: list[str] | None = Field(default=None, max_length=32, description="default: every prefix")


class LeaseOut(BaseModel):
    id: str
    service_date: str
    prefix: str
    first: int
    last: int


class LeaseReply(BaseModel):
    leases: list[LeaseOut]


# --- handlers --------------------------------------------------------------------------------------


def _authorised(session: Session, token: str, roles: tuple[str, ...]) -> auth.Principal:
    """The token's user, who must have one of ``roles`` (as ``require_role`` checks it)."""
    user = auth.principal_for(session, token)
    if not set(roles) & set(user.roles) and "admin" not in user.roles:
        raise ApiError(403, "forbidden", "当前账号无权执行此操作")
    return user


Work = Callable[[Session, queue.Actor], queue.Reply]


def write_once(session: Session, token: str, roles: tuple[str, ...], key: str, endpoint: str,
               work: Work) -> queue.Reply:
    """Check the user and do ``work`` in ``session``'s transaction, at most once per idempotency key."""
    user = _authorised(session, token, roles)
    actor = queue.Actor(user.username, user.device_id)
    return idempotency.once(session.connection(), key, user.username, endpoint, clock.now(),
                            lambda: work(session, actor))


Then = Callable[[Connection, queue.Reply], queue.Reply]


async def _once(central: CentralState, token: str, roles: tuple[str, ...], key: str, endpoint: str,
                work: Work, then: Then | None = None) -> queue.Reply:
    """:func:`write_once` in the next group commit; ``then`` adds to its answer, out of the write lock."""
    return await central.write_grouped(lambda session: write_once(session, token, roles, key, endpoint, work), then)


@router.post("/tickets", response_model=PlaceReply)
async def issue(body: IssueRequest, key: Key, token: Token,
                central: Central) -> queue.Reply:
    """取号: a 咨询号, 受理号 (by zone or service item) or 取件号; optional phone/ID, 爱心通道, appointment."""
    request = queue.NewTicket(**body.model_dump())
    return await _once(central, token, GUIDE, key, "issue", lambda s, a: queue.issue(s, a, request),
                       functools.partial(queue.placement, warn=True))


@router.post("/tickets/{ticket_id}/reactivate", response_model=PlaceReply)
async def reactivate(ticket_id: str, key: Key, token: Token,
                     central: Central) -> queue.Reply:
    """重新激活 a skipped ticket, once; it goes behind the next few waiting."""
    return await _once(central, token, GUIDE, key, f"reactivate {ticket_id}",
                       lambda s, a: queue.reactivate(s, a, ticket_id),
                       functools.partial(queue.placement, warn=False))


@router.post("/tickets/{ticket_id}/cancel", response_model=TicketReply)
async def cancel(ticket_id: str, key: Key, token: Token,
                 central: Central) -> queue.Reply:
    return await _once(central, token, GUIDE, key, f"cancel {ticket_id}", lambda s, a: queue.cancel(s, a, ticket_id))


@router.get("/lookup/{lookup_id}", response_model=LookupReply, dependencies=[Depends(current_user)])
async def lookup(lookup_id: str, central: Central) -> queue.Reply:
    """The ticket behind a slip's QR code, with the people ahead and the estimated wait."""
    return await central.read(lambda s: queue.lookup(s.connection(), lookup_id))


@router.post("/leases", response_model=LeaseReply)
async def lease(body: LeaseRequest, key: Key, token: Token,
                central: Central) -> queue.Reply:
    """A block of today's numbers per prefix for this guide desk to issue from while offline."""
    return await _once(central, token, GUIDE, key, "lease", lambda s, a: queue.lease(s, a, body.size, body.prefixes))


@router.post("/windows/{window_id}/call-next", response_model=CallReply)
async def call_next(window_id: str, body: CallNextRequest, key: Key, token: Token,
                    central: Central) -> queue.Reply:
    """呼叫下一位: priority, then due appointments, then first come, among what the window serves."""
    return await _once(central, token, CLERK, key, f"call-next {window_id}",
                       lambda s, a: queue_window.call_next(s, a, window_id, body.finish_current))


@router.post("/windows/{window_id}/call-number", response_model=CallReply)
async def call_number(window_id: str, body: CallNumberRequest, key: Key, token: Token,
                      central: Central) -> queue.Reply:
    """Call one waiting ticket by number (walk-ins, tickets issued offline)."""
    return await _once(central, token, CLERK, key, f"call-number {window_id}",
                       lambda s, a: queue_window.call_number(s, a, window_id, body.number, body.finish_current))


def _ticket_action(name: str, action: Callable[[Session, queue.Actor, str, str], queue.Reply], doc: str) -> None:
    """Register ``POST /windows/{window_id}/<name>`` acting on the window's current ticket."""

    async def handler(window_id: str, body: TicketAction, key: Key, token: Token,
                      central: Central) -> queue.Reply:
        return await _once(central, token, CLERK, key, f"{name} {window_id}",
                           lambda s, a: action(s, a, window_id, body.ticket_id))

    router.add_api_route(f"/windows/{{window_id}}/{name}", handler, methods=["POST"], response_model=TicketReply,
                         name=name, summary=doc, description=doc)


_ticket_action("recall", queue_window.recall, "重呼 the called ticket (at most 3 times)")
_ticket_action("skip", queue_window.skip, "过号: the applicant did not come")
_ticket_action("start", queue_window.start, "开始办理: the applicant is at the window")


@router.post("/windows/{window_id}/finish", response_model=TicketReply)
async def finish(window_id: str, body: FinishRequest, key: Key, token: Token,
                 central: Central) -> queue.Reply:
    """办结 the window's current ticket."""
    return await _once(central, token, CLERK, key, f"finish {window_id}",
                       lambda s, a: queue_window.finish(s, a, window_id, body.ticket_id, body.case_number))


@router.post("/windows/{window_id}/transfer", response_model=TicketReply)
async def transfer(window_id: str, body: TransferRequest, key: Key, token: Token,
                   central: Central) -> queue.Reply:
    """转移 to another zone's queue or to one window, with a reason, keeping the original issue time."""
    return await _once(central, token, CLERK, key, f"transfer {window_id}", lambda s, a: queue_window.transfer(
        s, a, window_id, body.ticket_id, body.reason, body.to_zone, body.to_window))


@router.post("/windows/{window_id}/pause", response_model=WindowReply)
async def pause(window_id: str, body: PauseRequest, key: Key, token: Token,
                central: Central) -> queue.Reply:
    """暂停服务 with a reason (the paused time is recorded)."""
    return await _once(central, token, WINDOW_ADMIN, key, f"pause {window_id}",
                       lambda s, a: queue_window.pause(s, a, window_id, body.reason))


@router.post("/windows/{window_id}/resume", response_model=WindowReply)
async def resume(window_id: str, key: Key, token: Token,
                 central: Central) -> queue.Reply:
    """恢复服务."""
    return await _once(central, token, WINDOW_ADMIN, key, f"resume {window_id}",
                       lambda s, a: queue_window.resume(s, a, window_id))
