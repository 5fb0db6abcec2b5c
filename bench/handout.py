"""``result_to_window_p99_ms``: from the back office finishing a case to the result in the window's
待出件 list, through the long-polled change feed (goal: under 2 s).

The central service runs in its own process with the demo back office's test endpoint (no loop); a
counter with its sync engine running (pull long-polls) has accepted the cases beforehand. Each
sample is timed from just before the back office's finish request to the moment the counter's
待出件 query (what the list shows on its refresh) holds the result.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.servers import running_central

SAMPLES = 40
ITEM = "330602-XK-0206"  # 食品经营许可
USER = "demo"


def _accept_all(hall: Any, client: Any, count: int) -> list[str]:
    from hallclient.domain.intake import Applicant, ApplicantKind
    from sync.push import push_all

    applicant = Applicant(ApplicantKind.PERSON, "王建军", "330602196803140314", phone="13905751234")
    hall.settings.update(window_id="W05")
    ids = []
    for _ in range(count):
        case_id = hall.cases.open_case(applicant=applicant, items=(ITEM,), clerk=USER, window_id="W05").value
        for row in hall.cases.get(case_id).checklist:
            if row.state == "pending":
                hall.cases.set_material(case_id, row.id, "received", form="original", pages=1, actor=USER)
        hall.cases.decide(case_id, None, None, False, actor=USER)
        ids.append(case_id)
    push_all(hall, client)
    return ids


def _measure(hall: Any, office: Any, case_id: str, arrived: dict[str, threading.Event]) -> float:
    started = time.perf_counter()
    result_id = office.json("POST", f"/test/cases/{case_id}/finish", json={"outcome": 11})["id"]
    event = arrived.setdefault(result_id, threading.Event())
    if not event.wait(10):
        raise RuntimeError(f"result {result_id} did not reach the window")
    assert any(r.id == result_id for r in hall.results.waiting()), "result not in 待出件"
    return (time.perf_counter() - started) * 1000


def run() -> dict[str, float]:
    from central.admin import seed_demo
    from central.backoffice import ENV
    from hallclient.hall import Hall
    from hallclient.paths import DataDir
    from sync.client import CentralClient
    from sync.engine import SyncEngine
    from sync.pull import pull_all

    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'central' / 'central.db'}"
        seed_demo(db_url)
        os.environ[ENV] = "auto=0"
        try:
            with running_central(db_url) as url:
                hall = Hall.open(DataDir(Path(tmp) / "client"))
                client, office = (CentralClient(url, device_id=hall.device_id) for _ in range(2))
                for c in (client, office):
                    c.login(USER, USER)
                pull_all(hall, client)
                cases = _accept_all(hall, client, SAMPLES)
                arrived: dict[str, threading.Event] = {}

                def on_changes(changes: Any, _initiator: object) -> None:
                    for key in changes.keys:
                        if key.startswith("result:"):
                            arrived.setdefault(key.removeprefix("result:"), threading.Event()).set()

                hall.subscribe(on_changes)
                engine = SyncEngine(hall, client, long_poll_s=5.0)  # short polls end before the centre stops
                engine.start()
                try:
                    time.sleep(1.0)  # the first catch-up is done; pull is now long-polling
                    samples = [_measure(hall, office, case_id, arrived) for case_id in cases]
                finally:
                    engine.stop()
                    client.close()
                    office.close()
                    hall.close()
        finally:
            os.environ.pop(ENV, None)
    samples.sort()
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    median = statistics.median(samples)
    return {"result_to_window_p99_ms": round(p99, 1), "result_to_window_median_ms": round(median, 1)}
