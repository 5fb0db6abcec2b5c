"""``central_health_rps``: /api/v1/health with 20 concurrent keep-alive clients for 5 s.

The central service runs as ``hallclient central`` in its own process over a SQLite database, as a
small deployment would; the load comes from another process.
"""

from __future__ import annotations

import tempfile

from bench.loadgen import load
from bench.servers import running_central


def health_request(_connection: int, _index: int) -> tuple[str, str, dict[str, str], bytes | None]:
    return "GET", "/api/v1/health", {}, None


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, running_central(f"sqlite:///{tmp}/central.db") as url:
        load(url, concurrency=20, seconds=1, factory=health_request)  # warm-up
        result = load(url, concurrency=20, seconds=5, factory=health_request)
    assert result.errors == 0, f"{result.errors} failed requests"
    return {"central_health_rps": round(result.rps, 1), "central_health_p99_ms": round(result.percentile(99), 2)}
