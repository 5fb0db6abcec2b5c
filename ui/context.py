"""What every view needs to reach the core: the hall, the central client, sync and the user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: the start-up shell must not pay for importing the core
    from hallclient.hall import Hall
    from sync.client import CentralClient, UserSession
    from sync.engine import SyncEngine
    from ui.bridge import ChangeBridge


@dataclass
class AppContext:
    hall: Hall
    client: CentralClient
    sync: SyncEngine
    bridge: ChangeBridge
    user: UserSession
    demo: bool = False

    @property
    def window_id(self) -> str:
        """This PC's window: the settings' choice, else the user's default window."""
        return self.hall.settings["window_id"] or self.user.window_id or ""
