"""The demo hall (``resources/demo``) as change-feed entries, so a test counter gets the real catalog
through the real appliers without starting the central service."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hallclient.hall import Hall
from hallclient.services.catalog import ItemDetail, MaterialInfo
from hallclient.services.replica import FeedEntry

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
ITEM_FIELDS = ("name", "departments", "kind", "legal_limit_days", "promised_limit_days", "fees", "commitment_allowed",
               "needs_project_code", "conditions", "simple_guide", "basis", "result", "result_kind", "contact")


def demo(name: str) -> dict[str, Any]:
    return json.loads((DEMO / name).read_text(encoding="utf-8"))


def item_data(item: dict[str, Any]) -> dict[str, Any]:
    """A catalog.json item in the shape the centre sends (``central/serialize.py``)."""
    return {**{k: item[k] for k in ITEM_FIELDS}, "zone_code": item["zone"], "materials": item["materials"],
            "active": True}


def demo_entries() -> list[FeedEntry]:
    """Hall settings, zones, windows, items and bundles of the demo hall."""
    hall, catalog = demo("hall.json"), demo("catalog.json")
    records: list[tuple[str, str, dict[str, Any]]] = [
        ("hall_setting", f"hall.{key}", {"value": value}) for key, value in hall["hall"].items()]
    records += [("zone", z["code"], z) for z in hall["zones"]]
    records += [("window", w["id"], w) for w in hall["windows"]]
    records += [("item", i["code"], item_data(i)) for i in catalog["items"]]
    records += [("bundle", b["code"], b) for b in catalog["bundles"]]
    return [FeedEntry(seq, entity, key, data) for seq, (entity, key, data) in enumerate(records, 1)]


def load_demo(hall: Hall, window_id: str = "W05") -> Hall:
    """Apply the demo hall to ``hall`` and make it the PC of ``window_id``."""
    entries = demo_entries()
    hall.replica.apply_page(entries, len(entries))
    hall.settings.update(window_id=window_id)
    return hall


def demo_detail(code: str) -> ItemDetail:
    """An item of catalog.json as ``hall.catalog.item`` returns it, without a hall."""
    item = next(i for i in demo("catalog.json")["items"] if i["code"] == code)
    fields = {**{k: item[k] for k in ITEM_FIELDS}, "departments": tuple(item["departments"])}
    return ItemDetail(code=item["code"], zone_code=item["zone"], **fields,
                      materials=tuple(MaterialInfo(**m) for m in item["materials"]))
