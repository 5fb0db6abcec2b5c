"""受理 at the window: intake from the called ticket, the material checklist, scanning, the decision,
its documents and the case's timeline — the panels the clerk workspace composes (``area.AcceptanceArea``).

Every core call goes through :mod:`ui.ops`; the rules (validation, the merged checklist, the decision)
stay in the core, the panels only show what the core says and pass on what the clerk chose.
"""
