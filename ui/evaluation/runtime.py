"""The one evaluation desk of this program, built from the settings, and the calls that prompt it.

Built lazily per hall (the clerk workspace and the 评价器 workspace of the same process share it: that
is what connects the built-in screen to the clerk's prompts). The driver comes from the
``evaluation_device`` setting (:mod:`hallclient.evaluator.setting`); the clerk's photo from
``photos/<username>.png|jpg`` in the data dir, else the placeholder avatar.

**For other screens** (hand-out): when a service ends, call :func:`prompt_service` with a coroutine
from the core, e.g. ``prompt_handout(ctx, handout_id, case_number)``; it raises the core's
``HallError`` (ConflictError for a second prompt) for the caller to show.
"""

from __future__ import annotations

import weakref
from importlib import resources

from hallclient.domain.rating import ServiceEnd
from hallclient.evaluator.builtin import BuiltinDevice
from hallclient.evaluator.desk import EvaluationDesk
from hallclient.evaluator.device import RatingDevice
from hallclient.evaluator.serial_pad import SerialPad
from hallclient.evaluator.setting import SERIAL, TABLET, parse_device
from hallclient.hall import Hall
from hallclient.services.evaluations import EvaluationInfo
from sync.rating_pad import TabletDevice
from ui import ops
from ui.context import AppContext

_desks: weakref.WeakKeyDictionary[Hall, EvaluationDesk] = weakref.WeakKeyDictionary()


def placeholder_photo() -> bytes:
    return resources.files("resources").joinpath("icons/avatar.png").read_bytes()


def make_device(ctx: AppContext) -> RatingDevice:
    setting = parse_device(ctx.hall.settings["evaluation_device"])
    if setting.kind == SERIAL:
        return SerialPad(setting.port, setting.baudrate)
    if setting.kind == TABLET:
        return TabletDevice(ctx.client, ctx.window_id)
    return BuiltinDevice()


def desk_for(ctx: AppContext) -> EvaluationDesk:
    """This program's desk (started on first use: call from the network pool, it touches the cache)."""
    desk = _desks.get(ctx.hall)
    if desk is None:
        desk = EvaluationDesk(ctx.hall, make_device(ctx), timeout_s=float(ctx.hall.settings["evaluation_timeout_s"]),
                              photo_dir=ctx.hall.data_dir.root / "photos", placeholder=placeholder_photo())
        _desks[ctx.hall] = desk
    return desk


def started_desk(ctx: AppContext) -> EvaluationDesk:
    return desk_for(ctx).start()


def close_desk(hall: Hall) -> None:
    """At shutdown: an open prompt closes as 未评价 (interrupted), the device is released."""
    desk = _desks.pop(hall, None)
    if desk is not None:
        desk.close()


async def prompt_service(ctx: AppContext, end: ServiceEnd | None) -> EvaluationInfo | None:
    """Prompt the window's device for ``end`` (None: nothing to rate); off the Qt thread."""
    if end is None:
        return None
    return await ops.net(lambda: started_desk(ctx).prompt(end))


def _who(ctx: AppContext) -> tuple[str, str]:
    return ctx.user.username, ctx.user.display_name


async def prompt_ticket(ctx: AppContext, ticket_id: str) -> EvaluationInfo | None:
    """A ticket was finished (办结): its service, unless its case was already put up for rating."""
    end = await ops.db(lambda: ctx.hall.evaluations.end_of_ticket(ticket_id, *_who(ctx)))
    return await prompt_service(ctx, end)


async def prompt_case(ctx: AppContext, case_id: str) -> EvaluationInfo | None:
    """A case was accepted or refused."""
    end = await ops.db(lambda: ctx.hall.evaluations.end_of_case(case_id, *_who(ctx)))
    return await prompt_service(ctx, end)


async def prompt_handout(ctx: AppContext, handout_id: str, case_number: str) -> EvaluationInfo | None:
    """A result was handed out (the hand-out screen calls this once its core call succeeded)."""
    end = await ops.db(lambda: ctx.hall.evaluations.end_of_handout(handout_id, case_number, ctx.window_id,
                                                                   *_who(ctx)))
    return await prompt_service(ctx, end)
