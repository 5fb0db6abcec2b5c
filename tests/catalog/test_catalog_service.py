"""``hall.catalog`` over the demo catalog: search through the index, its rebuild on a catalog change, details."""

from __future__ import annotations

import pytest

from hallclient import clock
from hallclient.errors import NotFoundError, ValidationError
from hallclient.hall import Hall
from hallclient.services.replica import FeedEntry
from tests.catalog.demo_feed import demo, item_data

COMPANY_SETUP = "330602-XK-0201"


def _item(code: str) -> dict:
    return item_data(next(i for i in demo("catalog.json")["items"] if i["code"] == code))


def test_search_by_initials_returns_item_summaries(catalog_hall: Hall) -> None:
    found = catalog_hall.catalog.search("qysl")
    assert [(s.code, s.name) for s in found] == [(COMPANY_SETUP, "企业设立登记")]
    assert found[0].zone_code == "B" and found[0].promised_limit_days == 1


def test_empty_search_browses_every_active_item_by_zone_and_code(catalog_hall: Hall) -> None:
    found = catalog_hall.catalog.search("", limit=500)
    assert len(found) == len(demo("catalog.json")["items"])
    assert [(s.zone_code, s.code) for s in found] == sorted((s.zone_code, s.code) for s in found)


def test_a_catalog_change_rebuilds_the_index(catalog_hall: Hall) -> None:
    assert catalog_hall.catalog.search("qysl")  # builds the index
    renamed = {**_item(COMPANY_SETUP), "name": "公司设立登记"}
    catalog_hall.replica.apply_page([FeedEntry(1000, "item", COMPANY_SETUP, renamed)], 1000)
    assert catalog_hall.catalog.search("qysl") == []
    assert [s.name for s in catalog_hall.catalog.search("gssldj")] == ["公司设立登记"]


def test_withdrawn_and_deleted_items_leave_the_results(catalog_hall: Hall) -> None:
    inactive = {**_item(COMPANY_SETUP), "active": False}
    catalog_hall.replica.apply_page([FeedEntry(1000, "item", COMPANY_SETUP, inactive),
                                     FeedEntry(1001, "item", "330602-XK-0206", None)], 1001)
    assert catalog_hall.catalog.search("qysl") == []
    assert catalog_hall.catalog.search("330602-XK-0206") == []


def test_items_keeps_the_order_asked_and_skips_unknown_codes(catalog_hall: Hall) -> None:
    details = catalog_hall.catalog.items(["330602-GG-0209", "NOPE", COMPANY_SETUP, "330602-GG-0209"])
    assert [d.code for d in details] == ["330602-GG-0209", COMPANY_SETUP]
    assert details[1].materials[0].name == "公司登记（备案）申请书"
    assert catalog_hall.catalog.item("NOPE") is None


def test_bundle_gives_its_items_details(catalog_hall: Hall) -> None:
    assert ("YJS-002", "企业开办一件事") in catalog_hall.catalog.bundles()
    bundle = catalog_hall.catalog.bundle("YJS-002")
    assert bundle is not None and bundle.name == "企业开办一件事"
    assert [item.code for item in bundle.items] == next(
        b["items"] for b in demo("catalog.json")["bundles"] if b["code"] == "YJS-002")
    assert all(item.materials and item.departments for item in bundle.items)
    assert catalog_hall.catalog.bundle("NOPE") is None


def test_notice_gathers_items_bundle_title_and_the_halls_contact(catalog_hall: Hall) -> None:
    bundled = catalog_hall.catalog.notice(bundle_code="YJS-002")
    assert (bundled.title, bundled.hall_name, bundled.hall_phone) == ("企业开办一件事", "越城区政务服务中心",
                                                                      "0575-85128300")
    assert bundled.hall_address.startswith("浙江省绍兴市越城区")
    assert len(bundled.items) == 4 and bundled.issued_on == clock.hall_today()
    single = catalog_hall.catalog.notice([COMPANY_SETUP])
    assert (single.title, [i.code for i in single.items]) == ("一次性告知单", [COMPANY_SETUP])
    with pytest.raises(NotFoundError):
        catalog_hall.catalog.notice(bundle_code="NOPE")
    with pytest.raises(ValidationError):
        catalog_hall.catalog.notice([])
