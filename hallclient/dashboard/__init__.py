"""The hall manager's dashboard, Qt-free and storage-free (issue 7): every figure is computed here, the UI only draws.

Storage (the cache replica, the central database, a test) turns its rows into the frozen records of
:mod:`~hallclient.dashboard.records` (a :class:`~hallclient.dashboard.records.HallDay` and the
:class:`~hallclient.dashboard.records.OpenWork` behind the deadline alerts). Then:

- :func:`hallclient.dashboard.compute.compute` gives the day's
  :class:`~hallclient.dashboard.board.Dashboard` from scratch; the live screen keeps a
  :class:`~hallclient.dashboard.compute.DashboardEngine` and passes the whole day on every refresh
  (unchanged record objects are not looked at again);
- :func:`hallclient.dashboard.report.report_for_day` gives the day's report (any past day), which
  ``export_csv``, ``export_xlsx`` and ``export_pdf`` write as bytes.

The definitions of the figures are in the module docstrings of ``ticketfacts`` (wait, service
time), ``figures`` (counts and rates over a set of tickets), ``windows``, ``series``, ``ratings``
(§7, via :mod:`hallclient.domain.evaluation`) and ``alerts``. ``now`` is always passed in.
"""
