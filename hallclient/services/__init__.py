"""Services of the :class:`~hallclient.hall.Hall` facade, one per area of the counter's work."""
