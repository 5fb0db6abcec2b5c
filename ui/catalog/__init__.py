"""事项指南: catalog search, an item's (or a 一件事's) guide and the one-time notice, shared by the guide
desk and the window so both tell the applicant exactly what the window will check."""
