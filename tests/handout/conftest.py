"""Fixtures of the hand-out tests: the real central service with its test-only finish endpoint, and
helpers that take a case from intake to a result waiting at this counter."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from central.backoffice import BackOfficeConfig
from central.server import BackgroundCentral
from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.hall import Hall
from hallclient.services.results import ResultView
from sync.client import CentralClient
from sync.pull import pull_all, pull_once
from sync.push import push_all

PERSON = Applicant(ApplicantKind.PERSON, "王建军", "330602196803140314", phone="13905751234")
OTHER_ID = "330602199001011231"  # a valid ID card number of somebody else
FOOD = "330602-XK-0206"  # 食品经营许可


@pytest.fixture
def central(central_db_factory: Callable[[str], str]) -> Iterator[Any]:
    """The real central service whose demo back office only answers the test endpoint (no loop)."""
    server = BackgroundCentral(central_db_factory("sqlite"), backoffice=BackOfficeConfig(auto=False)).start()
    yield server
    server.stop()


def accept(hall: Hall, client: CentralClient, applicant: Applicant = PERSON, items: tuple[str, ...] = (FOOD,),
           window_id: str = "W05") -> str:
    """Open, check and accept a case at this counter and push it to the centre; returns its id."""
    if hall.replica.cursor() == 0:
        pull_all(hall, client)
    hall.settings.update(window_id=window_id)
    case_id = hall.cases.open_case(applicant=applicant, items=items, clerk="demo", window_id=window_id).value
    for row in hall.cases.get(case_id).checklist:
        if row.state == "pending":
            hall.cases.set_material(case_id, row.id, "received", form="original", pages=1, actor="demo")
    hall.cases.decide(case_id, None, None, False, actor="demo")
    push_all(hall, client)
    return case_id


def finish(client: CentralClient, case_id: str, outcome: int = 11) -> str:
    """The back office finishes the case (test endpoint); returns the result's id."""
    return client.json("POST", f"/test/cases/{case_id}/finish", json={"outcome": outcome})["id"]


def arrived(hall: Hall, client: CentralClient, result_id: str, timeout: float = 20.0) -> ResultView:
    """Long-poll the feed until the result is in this counter's cache."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        view = hall.results.get(result_id)
        if view is not None:
            return view
        pull_once(hall, client, wait=1)
    raise AssertionError(f"result {result_id} did not arrive")
