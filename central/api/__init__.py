"""HTTP routes of the central service, one module per resource, all under ``/api/v1``."""
