"""Demo data for ``hallclient snapshot``: ``handout.png``, the window's 出件 tab with a called 取件号,
the result waiting, a wrong ID flagged and the applicant's signature drawn.

It runs the real path against the demo centre: a case accepted here and pushed, finished by the
demo back office's endpoint, pulled, a 取件号 issued for it and called at this window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from hallclient.domain.handout import Presented
from hallclient.domain.intake import Applicant, ApplicantKind
from sync.pull import pull_all
from sync.push import push_all
from sync.results import HandoutApi
from ui import ops
from ui.context import AppContext
from ui.workspaces.clerk import ClerkWorkspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow

APPLICANT = Applicant(ApplicantKind.PERSON, "李晓梅", "330602198507160029", phone="13867512345")
ITEM = "330602-XK-0206"  # 食品经营许可
WRONG_ID = "330602199001011231"
SIGNATURE = ((40, 110), (62, 70), (85, 120), (110, 62), (135, 118), (160, 80), (190, 96), (230, 74), (262, 104),
             (300, 88))


async def _waiting_result(ctx: AppContext) -> str:
    """A case accepted at this window and finished by the back office; returns the case number."""
    hall, client, user = ctx.hall, ctx.client, ctx.user.username

    def accepted() -> str:
        case_id = hall.cases.open_case(applicant=APPLICANT, items=(ITEM,), clerk=user,
                                       window_id=ctx.window_id).value
        for row in hall.cases.get(case_id).checklist:
            if row.state == "pending":
                hall.cases.set_material(case_id, row.id, "received", form="original", pages=1, actor=user)
        hall.cases.decide(case_id, None, None, False, actor=user)
        return case_id

    case_id = await ops.net(accepted)
    await ops.net(lambda: push_all(hall, client))
    await ops.net(lambda: client.json("POST", f"/test/cases/{case_id}/finish", json={"outcome": 11}))
    await ops.net(lambda: pull_all(hall, client))
    case = await ops.db(lambda: hall.cases.get(case_id))
    assert case is not None
    return case.number


async def snapshot(window: MainWindow, ctx: AppContext, out: Path,
                   settle: Callable[[], Awaitable[None]]) -> list[Path]:
    if "clerk" not in window.workspaces:
        return []
    number = await _waiting_result(ctx)
    api = HandoutApi(ctx.hall, ctx.client)
    picked = await ops.net(lambda: api.issue_pickup(number))
    await ops.net(lambda: api.queue.call_number(ctx.window_id, picked.issued.ticket.number, finish_current=True))
    clerk = window.show_workspace("clerk")
    assert isinstance(clerk, ClerkWorkspace)
    clerk.acceptance.setCurrentWidget(clerk.handout)
    clerk.request_refresh()
    await settle()
    card = clerk.handout.card
    card.id_edit.setText(WRONG_ID)
    await card._verify(Presented(WRONG_ID))
    card.pad.begin(QPointF(*SIGNATURE[0]))
    for point in SIGNATURE[1:]:
        card.pad.extend(QPointF(*point))
    card.pad.end()
    await settle()
    await asyncio.sleep(0.2)
    path = out / "handout.png"
    window.grab().save(str(path))
    return [path]
