"""``push_10k_ops_s``: drain a 10,000-op outbox to the central service over loopback (goal: under 10 s).

The central service runs in its own process (SQLite, as a small deployment); the counter pushes in
batches of 500 and notes every answer, exactly as the sync engine does.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.sync_common import counter, fill_outbox, seeded_central

OPS = 10_000


def run() -> dict[str, float]:
    from sync.push import push_all

    with tempfile.TemporaryDirectory() as tmp, seeded_central(Path(tmp)) as url:
        hall, client = counter(Path(tmp), url)
        try:
            fill_outbox(hall, OPS)
            started = time.perf_counter()
            pushed = push_all(hall, client)
            elapsed = time.perf_counter() - started
            assert pushed == OPS and hall.outbox.summary().pending == 0, "outbox not drained"
        finally:
            client.close()
            hall.close()
    return {"push_10k_ops_s": round(elapsed, 2)}
