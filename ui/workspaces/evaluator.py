"""评价器: the applicant-facing rating screen (a second monitor, or a tablet running the client).

Two ways to reach the window's prompts, chosen by the ``evaluation_device`` setting of *this* PC:
``builtin`` — the screen attaches to this program's own desk (the clerk's workspace in the same
process prompts it); ``tablet`` — this PC is the window's network tablet and long-polls the central
relay (``sync.rating_pad.PadClient``) for the window set in 本机窗口. Either way the screen is
:class:`~ui.evaluation.screen.RatingScreen`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hallclient.domain.rating_pad import PadState
from hallclient.errors import HallError
from hallclient.evaluator.builtin import BuiltinDevice
from hallclient.evaluator.device import Prompt
from hallclient.evaluator.setting import TABLET, parse_device
from sync.errors import CentralError, Refused
from sync.rating_pad import PadClient
from ui import ops
from ui.evaluation.runtime import desk_for
from ui.evaluation.screen import RatingScreen
from ui.workspaces.base import Workspace

#: The tablet's long-poll (seconds) and its pause after a failed request.
PAD_WAIT_S, PAD_RETRY_S = 20.0, 2.0


class EvaluatorWorkspace(Workspace):
    NAME = "evaluator"
    ROLE = "evaluator"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EvaluatorWorkspace", "评价器")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.tablet = parse_device(ctx.hall.settings["evaluation_device"]).kind == TABLET
        self.pad = PadClient(ctx.client, ctx.window_id) if self.tablet else None
        self.screen = RatingScreen(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen)
        self._detach: Callable[[], None] | None = None
        self._device: BuiltinDevice | None = None
        if not self.tablet:
            device = desk_for(ctx).device
            if isinstance(device, BuiltinDevice):  # a serial pad is configured: this screen stays idle
                self._device = device
                self._detach = device.attach(self.screen)
                self.screen.prompt_shown.connect(device.shown)
        self.destroyed.connect(lambda *_: self.detach())

    def detach(self) -> None:
        if self._detach is not None:
            self._detach()
            self._detach = None

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.detach()
        super().closeEvent(event)

    def _submit(self, prompt_id: str, answer: dict[str, Any]) -> None:
        if self._device is not None:
            self._device.submit(prompt_id, answer)
            return
        if self.pad is not None:
            ops.spawn(self._send(prompt_id, answer), key=(self, "answer"))

    async def _send(self, prompt_id: str, answer: dict[str, Any]) -> None:
        pad = self.pad
        assert pad is not None
        try:
            await ops.net(lambda: pad.answer(prompt_id, answer))
        except (Refused, HallError) as exc:
            self.screen.finish_prompt(prompt_id, "refused", exc)

    # --- tablet mode: follow the relay while shown ---------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.pad is not None:
            ops.spawn(self._follow(), key=(self, "follow"))

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        ops.spawn(asyncio.sleep(0), key=(self, "follow"))  # cancels the follow loop

    async def _follow(self) -> None:
        pad = self.pad
        assert pad is not None
        version, shown = -1, None
        while True:
            try:
                state: PadState = await ops.net(lambda v=version: pad.next(v, PAD_WAIT_S))
            except CentralError:
                await asyncio.sleep(PAD_RETRY_S)
                continue
            version = state.version
            if state.prompt is not None and state.prompt_id != shown:
                shown = state.prompt_id
                self.screen.show_prompt(Prompt.from_wire(state.prompt))
            elif state.prompt is None and shown is not None:
                self.screen.finish_prompt(shown, state.outcome or "rated", None)
                shown = None
            elif state.prompt is not None and state.outcome == "refused" and state.prompt.get("notice"):
                self.screen.finish_prompt(shown or "", "refused", HallError("{notice}",
                                                                            notice=state.prompt["notice"]))
