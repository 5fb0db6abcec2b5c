"""Pure rules of the hall (DOMAIN.md): no database, no network, no Qt; shared with ``central``."""
