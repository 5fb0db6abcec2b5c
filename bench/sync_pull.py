"""``pull_20k_changes_s``: apply 20,000 change-feed entries to a fresh counter (goal: under 5 s).

The central database is given 20,000 consultations beforehand (through the real op appliers, so
the feed holds what a day of a busy hall would); the timed part is the counter catching up:
fetching the pages and applying each with its cursor in one transaction.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.sync_common import counter, seeded_central

CHANGES = 20_000


def run() -> dict[str, float]:
    from sync.pull import pull_all

    with tempfile.TemporaryDirectory() as tmp, seeded_central(Path(tmp), consultations=CHANGES) as url:
        hall, client = counter(Path(tmp), url)
        try:
            started = time.perf_counter()
            received = pull_all(hall, client)
            elapsed = time.perf_counter() - started
            assert received >= CHANGES and hall.consultations.count() == CHANGES, "feed not applied"
        finally:
            client.close()
            hall.close()
    return {"pull_20k_changes_s": round(elapsed, 2)}
