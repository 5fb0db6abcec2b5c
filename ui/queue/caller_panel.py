"""叫号 at a window: call, recall, skip, start, finish, transfer, pause — big buttons, F1–F7.

Every action is one request to the centre (``QueueApi``) naming the ticket the clerk sees, so a stale
screen never acts on another ticket; the answer is in the local replica before the panel redraws.
The panel runs one action at a time and disables its buttons meanwhile, so a double-clicked 呼叫
calls once (the centre would also refuse a call while the current ticket is open). Refusals —
paused window, 3 recalls reached, nobody waiting, centre unreachable — are shown on the message
line, in place. "按号呼叫" (F8) calls a typed number: walk-ins, and tickets issued offline.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from hallclient.changes import Changes
from hallclient.domain.queue_rules import MAX_RECALLS, WindowStatus
from hallclient.domain.tickets import TicketStatus
from hallclient.services.hallconfig import WindowInfo
from hallclient.services.queue import QueueCount, TicketView
from sync.errors import ServerBusy, Unreachable
from sync.queue_api import QueueApi
from ui import ops
from ui.context import AppContext
from ui.queue.busy import OneAtATime
from ui.queue.current_ticket import CurrentTicketCard
from ui.queue.dialogs import PauseDialog, TransferDialog, ask
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel, restyle
from ui.queue.waiting_tiles import WaitingTiles

CALLED, SERVING = TicketStatus.CALLED, TicketStatus.SERVING


def serves(window: WindowInfo, count: QueueCount) -> bool:
    return count.kind in window.ticket_kinds and (count.zone_code is None or count.zone_code in window.zones)


class CallerPanel(LivePanel):
    #: (ticket id) a ticket was finished (办结) here: its service ended, the evaluation device is prompted
    ticket_finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CallerPanel", "叫号"), parent)
        self.ctx = ctx
        self.api = QueueApi(ctx.hall, ctx.client)
        self.window: WindowInfo | None = None
        self.ticket: TicketView | None = None
        self.dialog: TransferDialog | PauseDialog | None = None  # the open question, if any (tests answer it)
        self.actions = OneAtATime(self._failed, lambda _busy: self._update_buttons())

        self.window_label = QLabel()
        self.window_label.setObjectName("windowLabel")
        self.window_state = QLabel()
        self.window_state.setObjectName("windowState")
        self.card = CurrentTicketCard()
        self.call_button = self._button(self.tr("呼叫下一位"), "F1", self.call_next, primary=True)
        self.recall_button = self._button(self.tr("重呼"), "F2", self.recall)
        self.skip_button = self._button(self.tr("过号"), "F3", self.skip)
        self.start_button = self._button(self.tr("开始办理"), "F4", self.start)
        self.finish_button = self._button(self.tr("办结"), "F5", self.finish)
        self.transfer_button = self._button(self.tr("转移"), "F6", self.transfer)
        self.pause_button = self._button(self.tr("暂停服务"), "F7", self.pause_or_resume)
        self.number = QLineEdit(placeholderText=self.tr("按号呼叫：输入号码，如 B023 (F8)"), maxLength=8)
        self.number.setObjectName("issueField")
        self.number_button = QPushButton(self.tr("叫号"))
        self.message = MessageLine()
        self.waiting = QLabel()
        self.waiting.setObjectName("windowWaiting")
        self.waiting.setWordWrap(True)
        self.tiles = WaitingTiles("windowWaitingTile")

        header = QHBoxLayout()
        header.addWidget(self.window_label, 1)
        header.addWidget(self.window_state)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.call_button, 0, 0, 1, 2)
        for index, button in enumerate((self.recall_button, self.skip_button, self.start_button,
                                        self.finish_button, self.transfer_button, self.pause_button)):
            grid.addWidget(button, 1 + index // 2, index % 2)
        by_number = QHBoxLayout()
        by_number.addWidget(self.number, 1)
        by_number.addWidget(self.number_button)
        self.body.addLayout(header)
        self.body.addWidget(self.card)
        self.body.addLayout(grid)
        self.body.addLayout(by_number)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.body.addWidget(self.waiting)
        self.body.addWidget(self.tiles)
        self.number.returnPressed.connect(self.call_number)
        self.number_button.clicked.connect(self.call_number)
        QShortcut(QKeySequence("F8"), self, activated=self.number.setFocus)
        self._update_buttons()

    def _button(self, text: str, key: str, slot: Callable[[], None], *, primary: bool = False) -> QPushButton:
        button = QPushButton(f"{text}  ({key})")
        button.setObjectName("callButton")
        button.setProperty("primary", primary)
        QShortcut(QKeySequence(key), button, activated=button.click)  # setText() would drop setShortcut()
        button.clicked.connect(slot)
        return button

    # --- live data -------------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        return changes.tickets or changes.hall

    async def refresh(self) -> None:
        hall, window_id = self.ctx.hall, self.ctx.window_id
        current, windows, counts = await ops.db(lambda: (hall.queue.current(window_id), hall.config.windows(),
                                                         hall.queue.waiting()))
        self.window = next((w for w in windows if w.id == window_id), None)
        self.ticket = current.ticket if current is not None else None
        self.card.show_ticket(self.ticket)
        self._show_window(counts)
        self._update_buttons()

    def _show_window(self, counts: list[QueueCount]) -> None:
        window = self.window
        if window is None:
            self.window_label.setText(self.tr("本机未设置窗口") if not self.ctx.window_id
                                      else self.tr("窗口 {id} 不存在").format(id=self.ctx.window_id))
            self.window_state.setText("")
            self.waiting.setText(self.tr("请在“系统 → 设置 → 本机窗口”中选择本机所在的窗口"))
            self.tiles.show_counts([])
            return
        self.window_label.setText(self.tr("{number} 号窗口 · {name}").format(number=window.number, name=window.name))
        states = {WindowStatus.OPEN: self.tr("服务中"), WindowStatus.CLOSED: self.tr("未开始叫号"),
                  WindowStatus.PAUSED: self.tr("已暂停：{reason}").format(reason=window.pause_reason or "")}
        self.window_state.setText(states.get(WindowStatus(window.status), window.status))
        restyle(self.window_state, "status", window.status)
        served = [c for c in counts if serves(window, c)]
        self.waiting.setText(self.tr("本窗口可呼叫的等候人数：{total} 人").format(total=sum(c.waiting for c in served)))
        self.tiles.show_counts(served)

    def _update_buttons(self) -> None:
        busy, ticket, window = self.actions.busy, self.ticket, self.window
        status = ticket.status if ticket is not None else None
        free = window is not None and not busy and ticket is None
        self.call_button.setEnabled(free)
        self.number.setEnabled(free)
        self.number_button.setEnabled(free)
        recalls = ticket.recall_count if ticket is not None else 0
        self.recall_button.setText(self.tr("重呼  (F2)  {n}/{max}").format(n=recalls, max=MAX_RECALLS))
        self.recall_button.setEnabled(not busy and status == CALLED and recalls < MAX_RECALLS)
        self.skip_button.setEnabled(not busy and status == CALLED)
        self.start_button.setEnabled(not busy and status == CALLED)
        self.finish_button.setEnabled(not busy and status in (CALLED, SERVING))
        self.transfer_button.setEnabled(not busy and status in (CALLED, SERVING))
        paused = window is not None and window.status == WindowStatus.PAUSED
        self.pause_button.setText(self.tr("恢复服务  (F7)") if paused else self.tr("暂停服务  (F7)"))
        self.pause_button.setEnabled(window is not None and not busy)

    # --- actions ---------------------------------------------------------------------------------

    def _run(self, action: Callable[[], Coroutine[Any, Any, str | None]]) -> None:
        """Run one action (unless one is under way), then show its outcome and the window's new state."""
        async def run() -> None:
            outcome = await action()
            await self.refresh()
            if outcome is not None:
                self.message.show_message(outcome)

        if self.actions.start(run):
            self.message.clear()

    def _failed(self, exc: BaseException) -> None:
        text = ops.message_of(exc)
        if isinstance(exc, Unreachable | ServerBusy):
            text += self.tr("。可用“按号呼叫”(F8) 呼叫已取号的号码")
        self.message.show_message(text, "error")
        ops.spawn(self.refresh(), key=(self, "refresh"))

    def call_next(self) -> None:
        async def call() -> str:
            called = await ops.net(lambda: self.api.call_next(self.ctx.window_id))
            if called.ticket is None:
                return self.tr("当前没有本窗口可办理的等候号码")
            return self.tr("已呼叫 {number} 号").format(number=called.ticket.number)

        self._run(call)

    def call_number(self) -> None:
        number = self.number.text().strip().upper()
        if not number:
            self.message.show_message(self.tr("请输入要呼叫的号码"), "error")
            return

        async def call() -> str:
            called = await ops.net(lambda: self.api.call_number(self.ctx.window_id, number))
            self.number.clear()
            assert called.ticket is not None
            return self.tr("已呼叫 {number} 号").format(number=called.ticket.number)

        self._run(call)

    def _on_ticket(self, act: Callable[[str, str], TicketView], done: str,
                   after: Callable[[TicketView], None] | None = None) -> None:
        """An action on the ticket shown: the centre refuses if the window has moved on."""
        ticket = self.ticket
        if ticket is None:
            return

        async def run() -> str:
            changed = await ops.net(lambda: act(self.ctx.window_id, ticket.id))
            if after is not None:
                after(changed)
            return done.format(number=changed.number, n=changed.recall_count, max=MAX_RECALLS)

        self._run(run)

    def recall(self) -> None:
        self._on_ticket(self.api.recall, self.tr("已重呼 {number} 号（第 {n}/{max} 次）"))

    def skip(self) -> None:
        self._on_ticket(self.api.skip, self.tr("{number} 号已过号，可到导服台重新激活"))

    def start(self) -> None:
        self._on_ticket(self.api.start, self.tr("{number} 号开始办理"))

    def finish(self) -> None:
        self._on_ticket(self.api.finish, self.tr("{number} 号已办结"), lambda t: self.ticket_finished.emit(t.id))

    def transfer(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return

        async def run() -> str | None:
            hall = self.ctx.hall
            zones, windows = await ops.db(lambda: (hall.config.zones(), hall.config.windows()))
            dialog = self.dialog = TransferDialog(zones, windows, self.ctx.window_id, self)
            try:
                if not await ask(dialog):
                    return None
                target = dialog.target()
            finally:
                self.dialog = None
            moved = await ops.net(lambda: self.api.transfer(self.ctx.window_id, ticket.id, target.reason,
                                                            to_zone=target.to_zone, to_window=target.to_window))
            return self.tr("{number} 号已转移：{reason}").format(number=moved.number, reason=target.reason)

        self._run(run)

    def pause_or_resume(self) -> None:
        window = self.window
        if window is None:
            return
        if window.status == WindowStatus.PAUSED:
            async def resume() -> str:
                await ops.net(lambda: self.api.resume(window.id))
                return self.tr("已恢复服务")

            self._run(resume)
            return

        async def pause() -> str | None:
            dialog = self.dialog = PauseDialog(self)
            try:
                if not await ask(dialog):
                    return None
                reason = dialog.reason_text()
            finally:
                self.dialog = None
            await ops.net(lambda: self.api.pause(window.id, reason))
            return self.tr("已暂停服务：{reason}").format(reason=reason)

        self._run(pause)
