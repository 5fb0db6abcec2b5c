"""The demo back office moves accepted cases to 办结 with a result document; the test-only finish endpoint."""

from __future__ import annotations

import hashlib
import io
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from pypdf import PdfReader
from sqlalchemy import select

from central.backoffice import BackOfficeConfig
from central.server import BackgroundCentral
from hallclient.cache.models import Result
from hallclient.domain.masking import mask_phone
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.pull import pull_once
from sync.push import push_all
from tests.cases.conftest import COMPANY, FOOD, attach, check_all, open_case


@pytest.fixture
def office(central_db_factory: Callable[[str], str], hall: Hall) -> Iterator[tuple[Hall, CentralClient, Any]]:
    """A centre whose back office steps every case on at once (no delay), with this counter attached."""
    server = BackgroundCentral(central_db_factory("sqlite"),
                               backoffice=BackOfficeConfig(delay_s=0, poll_s=0.05, reject_share=0.0)).start()
    client = CentralClient(server.url, device_id=hall.device_id)
    client.login("demo", "demo")
    yield attach(hall, client), client, server
    client.close()
    server.stop()


def _accepted(hall: Hall, **overrides: str) -> str:
    case_id = open_case(hall, (FOOD,), COMPANY)
    check_all(hall, case_id, **overrides)
    hall.cases.decide(case_id, None, None, False, actor="demo")
    return case_id


def _result_of(hall: Hall, client: CentralClient, case_id: str) -> Result:
    """Pull (long-polling) until the centre's result for the case has arrived."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pull_once(hall, client, wait=1)
        row = hall.run(lambda s: s.scalar(select(Result).where(Result.case_id == case_id)))
        if row is not None:
            return row
    raise AssertionError(f"no result for case {case_id}")


def test_accepted_cases_are_processed_and_finished(office: tuple[Hall, CentralClient, Any],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    hall, client, server = office
    caplog.set_level(logging.INFO, logger="central.case_results")
    plain, deferred = _accepted(hall), _accepted(hall, food_safety_rules="missing")
    push_all(hall, client)
    for case_id, final in ((plain, 11), (deferred, 12)):
        result = _result_of(hall, client, case_id)
        assert result.outcome == final and result.document_name == "食品经营许可证"
        case = hall.cases.get(case_id)
        assert [t.status for t in case.timeline] == [1, 3, 8, final]
        done = "办结（通过）" if final == 11 else "办结（容缺通过）"
        assert [t.label for t in case.timeline][-2:] == ["部门开始办理", done]
        pdf = requests.get(f"{server.url}/api/v1/results/{result.id}/document", timeout=5,
                           headers={"Authorization": f"Bearer {client._access}"}).content
        assert hashlib.sha256(pdf).hexdigest() == result.document_sha256
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert case.number in text and "食品经营许可证" in text and COMPANY.name in text
    sms = [r.getMessage() for r in caplog.records if "短信通知" in r.getMessage()]
    assert len(sms) == 2 and all(mask_phone(COMPANY.phone) in m and COMPANY.phone not in m for m in sms)
    assert all(COMPANY.name in m for m in sms)  # an organisation's name is not personal data


def test_the_test_endpoint_exists_only_with_the_back_office(client: CentralClient, desk: Hall) -> None:
    case_id = _accepted(desk)
    push_all(desk, client)
    with pytest.raises(Exception) as raised:
        client.json("POST", f"/test/cases/{case_id}/finish", json={"outcome": 13})
    assert getattr(raised.value, "status", None) == 404


def test_the_test_endpoint_finishes_a_case_at_once(central_db_factory: Callable[[str], str], hall: Hall) -> None:
    server = BackgroundCentral(central_db_factory("sqlite"), backoffice=BackOfficeConfig(auto=False)).start()
    client = CentralClient(server.url, device_id=hall.device_id)
    try:
        client.login("demo", "demo")
        attach(hall, client)
        received = open_case(hall, (FOOD,), COMPANY)  # not accepted: cannot be finished
        case_id = _accepted(hall)
        push_all(hall, client)
        reply = client.json("POST", f"/test/cases/{case_id}/finish", json={"outcome": 13})
        assert reply["data"]["outcome"] == 13 and reply["data"]["document_name"] == "不予许可决定书"
        with pytest.raises(Exception, match="不在办理中"):
            client.json("POST", f"/test/cases/{received}/finish", json={"outcome": 11})
        assert _result_of(hall, client, case_id).outcome == 13
        assert [t.status for t in hall.cases.get(case_id).timeline] == [1, 3, 8, 13]
    finally:
        client.close()
        server.stop()
