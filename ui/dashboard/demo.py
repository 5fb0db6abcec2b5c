"""The manager's dashboard on a simulated busy day (``hallclient.dashboard.simulated``), for the
screenshot (``hallclient snapshot`` → ``manager.png``) and the redraw benchmark: every panel has
something to show, which the demo hall's short morning (no ratings yet, no old cases) cannot give."""

from __future__ import annotations

from hallclient.dashboard.compute import DashboardEngine
from hallclient.dashboard.settings import DashboardSettings
from hallclient.dashboard.simulated import NOW, busy_day, calendar
from hallclient.services.dashboard import DayInputs

DEMO_HALL = "越城区政务服务中心"


def simulated_inputs() -> DayInputs:
    day, work = busy_day()
    return DayInputs(day, work, calendar(), DashboardSettings(), DEMO_HALL, NOW)


def show_simulated(workspace, inputs: DayInputs | None = None) -> DayInputs:  # type: ignore[no-untyped-def]
    """Hold the workspace's live feed and draw the simulated day on it (the caller then grabs it)."""
    inputs = inputs or simulated_inputs()
    workspace.live.hold()
    board = DashboardEngine(inputs.settings).compute(inputs.day, NOW, calendar=inputs.calendar,
                                                     open_work=inputs.open_work)
    workspace.draw(board, inputs)
    return inputs
