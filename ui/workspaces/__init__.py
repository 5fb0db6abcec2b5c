"""The five workspaces of the main window, one per role (see :data:`WORKSPACES`)."""

from __future__ import annotations

from ui.workspaces.clerk import ClerkWorkspace
from ui.workspaces.display import DisplayWorkspace
from ui.workspaces.evaluator import EvaluatorWorkspace
from ui.workspaces.guide import GuideWorkspace
from ui.workspaces.manager import ManagerWorkspace

#: In navigation order; each class names the role that unlocks it.
WORKSPACES = (GuideWorkspace, ClerkWorkspace, ManagerWorkspace, DisplayWorkspace, EvaluatorWorkspace)
