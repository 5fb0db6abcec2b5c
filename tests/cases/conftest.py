"""Fixtures for the case tests: a counter synced with the real central service, a frozen hall clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hallclient import clock
from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.pull import pull_all

#: "Today" in these tests: Sunday 22 November 2026, 10:00 in the hall (the year after is unpublished).
NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=clock.HALL_TZ)

PERSON = Applicant(ApplicantKind.PERSON, "王建军", "330602196803140314", phone="13905751234")
COMPANY = Applicant(ApplicantKind.ORGANISATION, "绍兴市越城区知味餐饮管理有限公司", "91330602MA2JD8K472",
                    phone="0575-85123456", legal_rep="李知味")
FOOD = "330602-XK-0206"  # 食品经营许可: business licence shared, one deferrable material
COMPANY_SETUP = "330602-XK-0201"  # 企业设立登记
APPROVAL = "330602-XK-0102"  # 企业投资项目核准: needs the project code
SOCIAL_CARD = "330602-GG-0411"  # 社会保障卡申领: a 即办件


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    clock.set_source(lambda: NOW.astimezone(dt.UTC))
    yield
    clock.set_source(None)


def attach(hall: Hall, client: CentralClient, window_id: str = "W05") -> Hall:
    """Pull the hall and catalog into ``hall`` and make it the PC of ``window_id``."""
    pull_all(hall, client)
    hall.settings.update(window_id=window_id)
    return hall


@pytest.fixture
def desk(hall: Hall, client: CentralClient) -> Hall:
    """This test's counter: window 5, catalog pulled from the real central service."""
    return attach(hall, client)


@pytest.fixture
def second_pc(tmp_path: Path, migrated_cache: Path,
              central: Any) -> Iterator[Callable[[str], tuple[Hall, CentralClient]]]:
    """Another PC of the hall (its own cache and device id) set to the given window."""
    opened: list[tuple[Hall, CentralClient]] = []

    def make(window_id: str) -> tuple[Hall, CentralClient]:
        root = tmp_path / f"pc{len(opened) + 2}"
        root.mkdir()
        root.joinpath("hallclient.db").write_bytes(migrated_cache.read_bytes())
        other = Hall.open(DataDir(root))
        other_client = CentralClient(central.url, device_id=other.device_id)
        other_client.login("demo", "demo")
        opened.append((other, other_client))
        return attach(other, other_client, window_id), other_client

    yield make
    for other, other_client in opened:
        other_client.close()
        other.close()


def open_case(hall: Hall, items: tuple[str, ...] = (FOOD,), applicant: Applicant = COMPANY, **kwargs: Any) -> str:
    return hall.cases.open_case(applicant=applicant, items=items, clerk="demo", **kwargs).value


def check_all(hall: Hall, case_id: str, **overrides: str) -> None:
    """Mark every pending material received as an original, except those named in ``overrides`` (key → state)."""
    for row in hall.cases.get(case_id).checklist:
        state = overrides.get(row.key)
        if state is not None:
            hall.cases.set_material(case_id, row.id, state, note="缺少签章" if state == "defective" else None,
                                    actor="demo")
        elif row.state == "pending":
            hall.cases.set_material(case_id, row.id, "received", form="original", pages=2, actor="demo")
