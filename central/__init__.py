"""The reference central approval service: the authority that every counter's client syncs with.

A real HTTP server (FastAPI + uvicorn) with its own database, used by the demo, the tests and small
deployments. It depends on ``hallclient`` only for shared rules and validators.
"""

#: Major version of the HTTP API; clients refuse to sync with a different one.
API_VERSION = 1
