"""The applicant's rating screen (评价器): who served, for what, five big levels; reasons for a 差评.

Pages: welcome → rating (photo, clerk, window, item, case number, the five GB/T 39046 levels and the
seconds left) → for 不满意/非常不满意 the reasons (list + optional text) and the four hall dimensions →
thanks (or "timed out"). The screen checks a 差评 with the core's own rules before sending, so the
applicant is told at once what is missing; the desk checks again and its refusal is shown the same
way. Prompts and finishes arrive from the desk's threads and are carried to the Qt thread by a
queued signal (:class:`RatingScreen` implements :class:`hallclient.evaluator.builtin.Screen`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallclient.domain.evaluation import BAD_LEVELS, BAD_REASON_LABELS, DIMENSION_LABELS, LEVEL_LABELS, Level
from hallclient.domain.rating import answer_wire, check_answer
from hallclient.errors import HallError
from hallclient.evaluator.device import Prompt
from ui import ops

#: How long the thanks page stays before the welcome page returns.
THANKS_MS = 4000


def core(text: str) -> str:
    return QCoreApplication.translate("core", text)


class RatingScreen(QWidget):
    """``submit(prompt_id, answer_wire)`` sends the answer (to the built-in device or the tablet relay)."""

    #: (prompt) from any thread → shown on the Qt thread
    _prompted = Signal(object)
    #: (prompt_id, outcome, error) from any thread
    _finished = Signal(str, str, object)
    #: the rating page is on screen for this prompt (the bench and the device's "shown")
    prompt_shown = Signal(str)

    def __init__(self, submit: Callable[[str, dict[str, Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingScreen")
        self.submit = submit
        self.prompt: Prompt | None = None
        self.deadline = 0.0
        self.level: Level | None = None
        self.pages = QStackedWidget()
        self.welcome = self._message_page("evaluatorPrompt", self.tr("欢迎您！服务结束后，请为本次服务评价"))
        self.rate_page, self.levels = self._rate_page()
        self.reason_page = self._reason_page()
        self.thanks = self._message_page("evaluatorThanks", "")
        for page in (self.welcome, self.rate_page, self.reason_page, self.thanks):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._countdown)
        self.back_home = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.back_home.timeout.connect(lambda: self.pages.setCurrentWidget(self.welcome))
        self._prompted.connect(self._show_prompt, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # --- pages -----------------------------------------------------------------------------------

    def _message_page(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _rate_page(self) -> tuple[QWidget, dict[Level, QPushButton]]:
        page = QWidget()
        self.photo = QLabel()
        self.photo.setObjectName("clerkPhoto")
        self.photo.setFixedSize(150, 188)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clerk = QLabel()
        self.clerk.setObjectName("ratingClerk")
        self.service = QLabel()
        self.service.setObjectName("ratingService")
        self.service.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("ratingCountdown")
        who = QVBoxLayout()
        who.addStretch(1)
        who.addWidget(self.clerk)
        who.addWidget(self.service)
        who.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.photo)
        header.addSpacing(24)
        header.addLayout(who, 1)
        header.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)
        ask = QLabel(self.tr("请您对本次服务进行评价"))
        ask.setObjectName("evaluatorPrompt")
        ask.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons: dict[Level, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for level, label in LEVEL_LABELS.items():
            button = QPushButton(core(label))
            button.setObjectName(f"rate{int(level)}")
            button.setProperty("rating", True)
            button.setProperty("bad", level in BAD_LEVELS)
            button.clicked.connect(lambda _=False, lv=level: self.choose(lv))
            buttons[level] = button
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(header)
        layout.addStretch(1)
        layout.addWidget(ask)
        layout.addLayout(row)
        layout.addStretch(2)
        return page, buttons

    def _reason_page(self) -> QWidget:
        page = QWidget()
        self.reason_title = QLabel()
        self.reason_title.setObjectName("ratingReasonTitle")
        self.reasons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, (reason, label) in enumerate(BAD_REASON_LABELS.items()):
            button = QPushButton(core(label), checkable=True)
            button.setObjectName("reasonButton")
            self.reasons[reason.value] = button
            grid.addWidget(button, index // 2, index % 2)
        self.reason_text = QLineEdit(placeholderText=self.tr("其他说明（选填，选择“其他”时必填）"), maxLength=200)
        self.reason_text.setObjectName("reasonText")
        dims = QGridLayout()
        dims.setHorizontalSpacing(8)
        self.dimensions: dict[str, QButtonGroup] = {}
        for row, (dimension, label) in enumerate(DIMENSION_LABELS.items()):
            name = QLabel(core(label))
            name.setObjectName("dimensionName")
            dims.addWidget(name, row, 0)
            group = QButtonGroup(page)
            for column, (level, level_label) in enumerate(LEVEL_LABELS.items(), start=1):
                button = QPushButton(core(level_label), checkable=True)
                button.setObjectName("dimensionButton")
                group.addButton(button, int(level))
                dims.addWidget(button, row, column)
            self.dimensions[dimension.value] = group
        self.reason_error = QLabel()
        self.reason_error.setObjectName("ratingError")
        back = QPushButton(self.tr("返回重选"))
        back.setObjectName("ratingBack")
        back.clicked.connect(lambda: self.pages.setCurrentWidget(self.rate_page))
        self.send_button = QPushButton(self.tr("提交评价"))
        self.send_button.setObjectName("ratingSubmit")
        self.send_button.clicked.connect(self.send_bad)
        actions = QHBoxLayout()
        actions.addWidget(self.reason_error, 1)
        actions.addWidget(back)
        actions.addWidget(self.send_button)
        dims_title = QLabel(self.tr("请为以下各项评分"))
        dims_title.setObjectName("ratingReasonTitle")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.reason_title)
        layout.addLayout(grid)
        layout.addWidget(self.reason_text)
        layout.addWidget(dims_title)
        layout.addLayout(dims)
        layout.addLayout(actions)
        return page

    # --- the device's side (any thread) --------------------------------------------------------------

    def show_prompt(self, prompt: Prompt) -> None:
        self._prompted.emit(prompt)

    def finish_prompt(self, prompt_id: str, outcome: str, error: HallError | None) -> None:
        self._finished.emit(prompt_id, outcome, error)

    # --- Qt thread --------------------------------------------------------------------------------

    def _show_prompt(self, prompt: Prompt) -> None:
        self.prompt, self.level = prompt, None
        self.deadline = time.monotonic() + prompt.timeout_s
        pixmap = QPixmap()
        if not (prompt.photo and pixmap.loadFromData(prompt.photo)):
            pixmap = QPixmap(150, 188)
            pixmap.fill(Qt.GlobalColor.lightGray)
        self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        self.clerk.setText(self.tr("{window} · 工作人员 {name}").format(window=prompt.window_label,
                                                                   name=prompt.clerk_name))
        lines = [self.tr("办理事项：{item}").format(item=prompt.item_name or "—")]
        if prompt.case_number:
            lines.append(self.tr("办件编号：{number}").format(number=prompt.case_number))
        self.service.setText("\n".join(lines))
        for button in self.reasons.values():
            button.setChecked(False)
        for group in self.dimensions.values():
            self._clear(group)
        self.reason_text.clear()
        self.reason_error.clear()
        self.back_home.stop()
        self._countdown()
        self.tick.start()
        self.pages.setCurrentWidget(self.rate_page)
        self.prompt_shown.emit(prompt.prompt_id)

    @staticmethod
    def _clear(group: QButtonGroup) -> None:
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)

    def _countdown(self) -> None:
        left = max(0, round(self.deadline - time.monotonic()))
        self.countdown.setText(self.tr("{n} 秒").format(n=left))

    def choose(self, level: Level) -> None:
        """A level was tapped: a good one is sent at once, a bad one asks why first."""
        if self.prompt is None:
            return
        self.level = level
        if level not in BAD_LEVELS:
            self._send({"level": int(level)})
            return
        self.reason_title.setText(self.tr("您选择了“{level}”，请告诉我们原因（可多选）").format(level=core(LEVEL_LABELS[level])))
        overall = self.dimensions["overall"].button(int(level))
        if overall is not None and self.dimensions["overall"].checkedId() < 0:
            overall.setChecked(True)
        self.pages.setCurrentWidget(self.reason_page)

    def bad_answer(self) -> dict[str, Any]:
        assert self.level is not None
        return {"level": int(self.level), "reasons": [key for key, b in self.reasons.items() if b.isChecked()],
                "text": self.reason_text.text().strip(),
                "dimensions": {key: g.checkedId() for key, g in self.dimensions.items() if g.checkedId() > 0}}

    def send_bad(self) -> None:
        if self.prompt is None or self.level is None:
            return
        data = self.bad_answer()
        try:
            checked = check_answer(data["level"], data["reasons"], data["text"], data["dimensions"])
        except HallError as exc:
            self.reason_error.setText(ops.message_of(exc))
            return
        self._send(answer_wire(checked))

    def _send(self, data: dict[str, Any]) -> None:
        assert self.prompt is not None
        self.reason_error.clear()
        self.submit(self.prompt.prompt_id, data)

    def _finish(self, prompt_id: str, outcome: str, error: HallError | None) -> None:
        if self.prompt is None or self.prompt.prompt_id != prompt_id:
            return
        if outcome == "refused":
            text = ops.message_of(error) if error is not None else ""
            if self.pages.currentWidget() is self.reason_page:
                self.reason_error.setText(text)
                return
            self.thanks.setText(text)
        else:
            self.thanks.setText({"rated": self.tr("感谢您的评价！"),
                                 "timeout": self.tr("本次评价已超时，感谢您的光临")}.get(outcome,
                                                                                self.tr("感谢您的光临")))
        self.prompt, self.level = None, None
        self.tick.stop()
        self.pages.setCurrentWidget(self.thanks)
        self.back_home.start()
