"""The clerk's view of the window's 评价器: connected or not, waiting / rated / timed out — never the level.

The clerk workspace tells the card when a service ended (:meth:`DeviceCard.ticket_finished`,
:meth:`DeviceCard.case_decided`); the card prompts the device through the desk off the Qt thread and
shows the outcome or the core's refusal ("本次服务已经评价过…") on its message line. The desk reports
from its own threads; a queued signal brings each status to the Qt thread.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hallclient.evaluator.desk import DeskStatus, Phase
from hallclient.services.evaluations import EvaluationInfo
from ui import ops
from ui.context import AppContext
from ui.evaluation import runtime
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel, restyle

DEVICE_NAMES = {"builtin": QT_TRANSLATE_NOOP("DeviceCard", "内置评价屏"),
                "serial": QT_TRANSLATE_NOOP("DeviceCard", "串口评价器"),
                "tablet": QT_TRANSLATE_NOOP("DeviceCard", "网络评价平板")}


class DeviceCard(LivePanel):
    _status = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DeviceCard", "评价器"), parent)
        self.ctx = ctx
        self.status: DeskStatus | None = None
        self.connection = QLabel()
        self.connection.setObjectName("deviceConnection")
        self.phase = QLabel()
        self.phase.setObjectName("devicePhase")
        self.message = MessageLine()
        self.open_screen = QPushButton(self.tr("打开评价屏"))
        self.open_screen.setObjectName("openEvaluator")
        self.open_screen.clicked.connect(self.show_screen)
        self.window_: QWidget | None = None
        row = QHBoxLayout()
        row.addWidget(self.connection, 1)
        row.addWidget(self.open_screen)
        self.body.addLayout(row)
        self.body.addWidget(self.phase)
        self.body.addWidget(self.message)
        self._status.connect(self._show, Qt.ConnectionType.QueuedConnection)
        desk = runtime.desk_for(ctx)
        self.open_screen.setVisible(desk.device.kind == "builtin")
        self._unsubscribe = desk.subscribe(self._status.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._started = False

    def showEvent(self, event: QShowEvent) -> None:
        """Start the device on first show, not in the constructor: the window shell is built before
        the event loop runs, and a prompt starts the desk anyway (``runtime.started_desk``)."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            ops.spawn(ops.net(runtime.desk_for(self.ctx).start), on_error=self.message.show_error)

    def _show(self, status: DeskStatus) -> None:
        self.status = status
        device = QCoreApplication.translate("DeviceCard", DEVICE_NAMES.get(status.device, status.device))
        self.connection.setText(self.tr("{device}：已连接").format(device=device) if status.connected
                                else self.tr("{device}：未连接").format(device=device))
        restyle(self.connection, "status", "open" if status.connected else "paused")
        texts = {Phase.IDLE: self.tr("空闲"),
                 Phase.WAITING: self.tr("等待申请人评价（评价屏已显示）") if status.shown
                 else self.tr("等待申请人评价"),
                 Phase.RATED: self.tr("申请人已评价"), Phase.TIMED_OUT: self.tr("超时未评价"),
                 Phase.SUPERSEDED: self.tr("未评价（已开始下一位）")}
        self.phase.setText(texts[status.phase])
        if status.problem is not None:
            self.message.show_message(ops.message_of(status.problem), "error")

    # --- a service ended -------------------------------------------------------------------------

    def _prompt(self, start: Callable[[], Awaitable[EvaluationInfo | None]]) -> None:
        async def run() -> None:
            info = await start()
            if info is not None:
                self.message.show_message(self.tr("已请申请人评价"))

        self.message.clear()
        ops.spawn(run(), on_error=self.message.show_error, key=(self, "prompt"))

    def ticket_finished(self, ticket_id: str) -> None:
        self._prompt(lambda: runtime.prompt_ticket(self.ctx, ticket_id))

    def case_decided(self, case_id: str) -> None:
        self._prompt(lambda: runtime.prompt_case(self.ctx, case_id))

    def result_handed_over(self, handed: Any) -> None:
        """The hand-out card's ``service_ended`` (``hallclient.services.results.HandedOver``, once per visit):
        a result given at the window ends a service; one sent by mail does not (the applicant is not here
        to rate). The rating belongs to the hand-out (``handout:<result id>``, with its case number)."""
        if getattr(handed, "state", None) == "handed_out":
            self._prompt(lambda: runtime.prompt_handout(self.ctx, handed.result_id, handed.case_number))

    # --- the built-in screen on the second monitor ---------------------------------------------------

    def show_screen(self) -> QWidget:
        """Open the 评价器 as its own window, full screen on the last screen (the applicant's monitor)."""
        from ui.workspaces.evaluator import EvaluatorWorkspace

        if self.window_ is None:
            self.window_ = EvaluatorWorkspace(self.ctx)
            self.window_.setWindowTitle(EvaluatorWorkspace.title())
            screens = QGuiApplication.screens()
            if len(screens) > 1:
                self.window_.setScreen(screens[-1])
                self.window_.setGeometry(screens[-1].geometry())
                self.window_.showFullScreen()
                return self.window_
        self.window_.resize(1280, 800)
        self.window_.show()
        self.window_.raise_()
        return self.window_
