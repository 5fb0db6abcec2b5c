"""The hall's targets and limits that the dashboard's figures and alerts are measured against."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class DashboardSettings:
    """Defaults from issue 7; every hall may configure its own.

    ``histogram_edges`` are the lower bounds of the wait-time histogram's bins in minutes: the first
    must be 0 and the last bin is open (``60+``).
    """

    wait_target: dt.timedelta = dt.timedelta(minutes=20)
    pause_limit: dt.timedelta = dt.timedelta(minutes=15)
    recent: dt.timedelta = dt.timedelta(hours=1)
    step: dt.timedelta = dt.timedelta(minutes=15)
    case_due_workdays: int = 1
    pickup_limit_workdays: int = 3
    histogram_edges: tuple[int, ...] = (0, 5, 10, 15, 20, 30, 45, 60)

    def __post_init__(self) -> None:
        edges = self.histogram_edges
        if not edges or edges[0] != 0 or any(a >= b for a, b in itertools.pairwise(edges)):
            raise ValueError(f"histogram edges must start at 0 and increase: {edges}")
        if self.step <= dt.timedelta(0):
            raise ValueError("the time step must be positive")
