"""The change bus seen from Qt: core change-sets arrive as a signal on the Qt thread.

The core publishes on its worker thread; a queued signal carries each change-set across, and every
workspace connects to :attr:`ChangeBridge.changed` and refreshes only what concerns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hallclient.changes import Changes
from hallclient.hall import Hall


class ChangeBridge(QObject):
    #: (changes: Changes, initiator: object | None)
    changed = Signal(object, object)

    def __init__(self, hall: Hall, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = hall.subscribe(self._on_core_change)

    def _on_core_change(self, changes: Changes, initiator: object | None) -> None:
        self.changed.emit(changes, initiator)  # queued across threads by Qt's auto connection

    def detach(self) -> None:
        self._unsubscribe()
