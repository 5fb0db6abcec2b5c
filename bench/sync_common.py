"""Set-up shared by the sync benchmarks: a seeded central service, a counter's cache, an outbox, scans.

Everything here is preparation, outside the timed part: the outbox is filled through the real
``consultation.create`` mutation (in one transaction instead of ten thousand, to keep the set-up
short), the central database is given its feed entries through the real op appliers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.servers import running_central

ITEM = "330602-QT-0101"  # a demo catalog item, so the centre's checks run as for real work
USER = "guide1"


@contextmanager
def seeded_central(root: Path, consultations: int = 0) -> Iterator[str]:
    """The central service in its own process over a demo database holding ``consultations`` records."""
    from central.admin import seed_demo

    db_url = f"sqlite:///{root / 'central' / 'central.db'}"
    seed_demo(db_url)
    if consultations:
        _apply_on_centre(db_url, consultations)
    with running_central(db_url) as url:
        yield url


def _apply_on_centre(db_url: str, count: int) -> None:
    import datetime as dt

    import central.consultations  # noqa: F401  (registers the consultation ops)
    from central import ops
    from central.auth import Principal
    from central.db import create_central_engine, session_factory

    engine = create_central_engine(db_url)
    factory = session_factory(engine)
    principal = Principal(USER, USER, ("guide",), None, "bench")

    def write(fn: Any) -> Any:
        with factory.begin() as session:
            return fn(session)

    now = dt.datetime.now(dt.UTC).isoformat()
    for start in range(0, count, 1000):
        batch = []
        for n in range(start, min(count, start + 1000)):
            cid = str(uuid.uuid4())
            batch.append(ops.Op(str(uuid.uuid4()), "consultation.create", f"consultation:{cid}",
                                {"id": cid, "staff": USER, "started_at": now, "note": f"咨询 {n}",
                                 "item_codes": [ITEM]}, "bench"))
        ops.apply_batch(write, batch, principal)
    engine.dispose()


def counter(root: Path, url: str) -> tuple[Any, Any]:
    """(hall, logged-in client) of a fresh counter."""
    from hallclient.hall import Hall
    from hallclient.paths import DataDir
    from sync.client import CentralClient

    hall = Hall.open(DataDir(root / "client"))
    client = CentralClient(url, device_id=hall.device_id)
    client.login(USER, USER)
    return hall, client


def fill_outbox(hall: Any, count: int) -> None:
    """``count`` consultations and their ops, through the real mutation, in one transaction."""
    from hallclient.services.consultations import ConsultationService

    create = ConsultationService.create.__wrapped__  # type: ignore[attr-defined]
    hall.run(lambda session: [create(hall.consultations, session, staff=USER, item_codes=[ITEM], note=f"咨询 {n}")
                              for n in range(count)])


def store_scans(hall: Any, total_mb: int, file_mb: int = 10) -> int:
    """Store ``total_mb`` of random "scans" and queue their uploads; returns the bytes stored."""
    for n in range(total_mb // file_mb):
        hall.files.add(os.urandom(file_mb * 1024**2), filename=f"扫描件-{n:02d}.pdf", mime="application/pdf",
                       case_id="bench-case", material_id=f"m-{n}")
    return total_mb // file_mb * file_mb * 1024**2
