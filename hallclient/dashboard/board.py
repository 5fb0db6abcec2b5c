"""The dashboard's output: every figure of one hall day at one moment, as frozen data the UI only draws."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallclient.dashboard.alerts import Alert
from hallclient.dashboard.figures import QueueRow, TicketStats
from hallclient.dashboard.ratings import Ratings
from hallclient.dashboard.records import Transfer
from hallclient.dashboard.series import Histogram, Timeline
from hallclient.dashboard.stats import Summary
from hallclient.dashboard.windows import WindowCounts, WindowRow


@dataclass(frozen=True)
class ItemRow:
    """A service item's ticket figures and §7 evaluation figures."""

    code: str
    name: str
    stats: TicketStats
    ratings: Ratings


@dataclass(frozen=True)
class TransferRow:
    """One transfer of the day, with the number of the ticket it moved."""

    number: str
    transfer: Transfer


@dataclass(frozen=True)
class Dashboard:
    """Every figure of issue 7 for one hall day at one moment (``moment``: now, or a past day's end).

    ``hall`` and ``recent`` (the last hour's waits) cover every ticket; ``ratings`` every evaluation.
    ``clock_anomalies`` counts the durations that came out negative (a jumping PC clock) and were
    taken as zero.
    """

    day: dt.date
    moment: dt.datetime
    hall: TicketStats
    recent: Summary
    queues: tuple[QueueRow, ...]
    windows: tuple[WindowRow, ...]
    window_counts: WindowCounts
    items: tuple[ItemRow, ...]
    timeline: Timeline
    histogram: Histogram
    ratings: Ratings
    transfers: tuple[TransferRow, ...]
    alerts: tuple[Alert, ...]
    clock_anomalies: int
