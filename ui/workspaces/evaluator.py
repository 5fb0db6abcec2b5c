"""评价器: the applicant-facing rating screen (a second monitor or a tablet running the client)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hallclient.domain.evaluation import LEVEL_LABELS
from ui.workspaces.base import Workspace


class EvaluatorWorkspace(Workspace):
    NAME = "evaluator"
    ROLE = "evaluator"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("EvaluatorWorkspace", "评价器")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        welcome = QLabel(self.tr("欢迎您！服务结束后，请为本次服务评价"))
        welcome.setObjectName("evaluatorPrompt")
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        levels = QHBoxLayout()
        for level, label in LEVEL_LABELS.items():
            button = QPushButton(QCoreApplication.translate("core", label))
            button.setObjectName(f"rate{level}")
            button.setProperty("rating", True)
            button.setEnabled(False)
            levels.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(welcome)
        layout.addLayout(levels)
        layout.addStretch(1)
