"""The entry points: one hall day of records and a moment in, every figure of the dashboard out.

:func:`compute` computes a day from scratch (reports, tests, any past day). The live dashboard keeps
a :class:`DashboardEngine` and calls :meth:`DashboardEngine.compute` with the whole day on every
refresh: records are compared by identity, only changed tickets are derived again and only the
groups they touch are counted again (:mod:`~hallclient.dashboard.daystate`), so a refresh of a
5,000-ticket, 100-window day takes a few milliseconds (``bench/dashboard.py``). Nothing here reads a
clock or a database: the caller passes ``now``, the records and the holiday calendar.
"""

from __future__ import annotations

import datetime as dt

from hallclient.dashboard import alerts as alerting
from hallclient.dashboard.alerts import Alert
from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.daystate import DayState
from hallclient.dashboard.figures import QueueRow, queue_label, recent_waits, ticket_stats
from hallclient.dashboard.records import HallDay, OpenWork
from hallclient.dashboard.series import histogram, timeline
from hallclient.dashboard.settings import DashboardSettings
from hallclient.dashboard.timebase import Elapsed, as_of
from hallclient.dashboard.windows import window_counts
from hallclient.domain.workdays import HolidayCalendar

NO_OPEN_WORK = OpenWork()
DEFAULTS = DashboardSettings()


class DashboardEngine:
    """Computes one hall day's dashboard again and again, redoing only what changed (module docstring).

    A new day starts from scratch (new settings: make a new engine). Ticket ids and evaluation
    service refs must be unique within a day.
    """

    def __init__(self, settings: DashboardSettings = DEFAULTS) -> None:
        self.settings = settings
        self._state: DayState | None = None
        self._work: tuple[OpenWork, dt.date, HolidayCalendar, list[Alert]] | None = None

    def _open_work_alerts(self, work: OpenWork, today: dt.date, calendar: HolidayCalendar) -> list[Alert]:
        """Deadline, callback and pickup alerts, kept while the same open-work and calendar objects come back."""
        if self._work is None or self._work[0] is not work or self._work[1] != today or self._work[2] is not calendar:
            settings = self.settings
            found = [*alerting.case_alerts(work.cases, today, settings.case_due_workdays, calendar),
                     *alerting.callback_alerts(work.followups, today),
                     *alerting.pickup_alerts(work.results, today, settings.pickup_limit_workdays, calendar)]
            self._work = work, today, calendar, found
        return self._work[3]

    def compute(self, day: HallDay, now: dt.datetime, *, calendar: HolidayCalendar,
                open_work: OpenWork = NO_OPEN_WORK) -> Dashboard:
        """The dashboard of ``day`` as of ``now`` (clamped into the day: a past day is seen at its end)."""
        settings, target = self.settings, self.settings.wait_target
        if self._state is None or self._state.day != day.day:
            self._state = DayState(day.day, settings.step)
        state = self._state
        state.sync(day)
        moment = as_of(day.day, now)
        seconds = moment.timestamp()
        names = {z.code: z.name for z in day.zones}
        slices = state.slices(day)
        tallies = {queue: state.queue_tally(queue, parts) for queue, parts in slices.items()}
        queues = tuple(QueueRow(queue, queue_label(queue, names), ticket_stats(counted, seconds, target))
                       for queue, counted in tallies.items())
        hall = state.hall_tally(list(tallies.values()))
        every_slice = [part for parts in slices.values() for part in parts]
        elapsed = Elapsed()
        windows = state.window_rows(day, target, moment, elapsed)
        found = [
            *alerting.zone_alerts(queues, day.zones),
            *alerting.wait_alerts(queues, target),
            *alerting.pause_alerts(windows, settings.pause_limit),
            *self._open_work_alerts(open_work, day.day, calendar),
        ]
        late = sum(f.waiting_since is not None and f.waiting_since > seconds for f in hall.waiting)
        return Dashboard(
            day=day.day,
            moment=moment,
            hall=ticket_stats(hall, seconds, target),
            recent=recent_waits([part.calls for part in every_slice], seconds, settings.recent),
            queues=queues,
            windows=windows,
            window_counts=window_counts(windows),
            items=state.items(day, seconds, target),
            timeline=timeline(state.series([part.series for part in every_slice]), list(slices), state.start,
                              state.steps, moment, settings.step),
            histogram=histogram(hall.waits, settings.histogram_edges),
            ratings=state.ratings(),
            transfers=state.transfers(every_slice),
            alerts=alerting.ordered(found),
            clock_anomalies=hall.counts.anomalies + elapsed.anomalies + late,
        )


def compute(day: HallDay, now: dt.datetime, *, calendar: HolidayCalendar, open_work: OpenWork = NO_OPEN_WORK,
            settings: DashboardSettings = DEFAULTS) -> Dashboard:
    """The dashboard of ``day`` as of ``now``, from scratch (a report, a past day, a test)."""
    return DashboardEngine(settings).compute(day, now, calendar=calendar, open_work=open_work)
