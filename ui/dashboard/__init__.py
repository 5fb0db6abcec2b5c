"""The hall manager's live dashboard (issue 7): widgets that draw a computed
:class:`~hallclient.dashboard.board.Dashboard`, and the live feed that computes it off the Qt thread."""
