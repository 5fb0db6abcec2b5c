"""``upload_mb_per_s``: 200 MB of scans uploaded over loopback with tus, a checksum on every chunk.

Twenty 10 MB files, 4 MiB PATCHes, each verified by the centre, which also checks every whole
file's SHA-256 before attaching it; the figure is megabytes (2^20 bytes) per second.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.sync_common import counter, seeded_central, store_scans

MEGABYTES = 200


def run() -> dict[str, float]:
    from sync.upload import upload_file

    with tempfile.TemporaryDirectory() as tmp, seeded_central(Path(tmp)) as url:
        hall, client = counter(Path(tmp), url)
        try:
            size = store_scans(hall, MEGABYTES)
            started = time.perf_counter()
            while (job := hall.files.next_upload()) is not None:
                assert upload_file(hall, client, job), job.last_error
            elapsed = time.perf_counter() - started
        finally:
            client.close()
            hall.close()
    return {"upload_mb_per_s": round(size / 1024**2 / elapsed, 1)}
