"""First-start set-up of a central database, and the demo hall (``hallclient central --seed-demo``)."""

from __future__ import annotations

import datetime as dt
import json
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import calendar, feed
from central.models import Bundle, ELicence, FeedCounter, HallSetting, ServiceItem, User, Window, Zone
from central.security import hash_password
from central.serialize import bundle_data, item_data, setting_data, window_data, zone_data
from hallclient.domain.decision import DEFAULT_DEFERRAL_DAYS

ITEM_FIELDS = ("name", "departments", "kind", "legal_limit_days", "promised_limit_days", "fees",
               "commitment_allowed", "needs_project_code", "conditions", "simple_guide", "basis", "result",
               "result_kind", "contact", "materials")


def demo_file(name: str) -> dict[str, Any]:
    return json.loads((resources.files("resources") / "demo" / name).read_text(encoding="utf-8"))


def ensure_base(session: Session) -> None:
    """What every central database needs before it serves: the feed counter and the calendar."""
    if session.get(FeedCounter, 1) is None:
        session.add(FeedCounter(id=1, value=0))
        session.flush()
    calendar.seed_if_empty(session)


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(HallSetting, key) or HallSetting(key=key)
    row.value = value
    session.add(row)
    feed.record(session, "hall_setting", key, setting_data(row))


def add_user(session: Session, username: str, password: str, display_name: str, roles: list[str],
             window_id: str | None = None, employee_no: str | None = None, *,
             password_hash: str | None = None) -> User:
    user = session.get(User, username) or User(username=username)
    user.display_name = display_name
    user.password_hash = password_hash or hash_password(password)
    user.roles = list(roles)
    user.window_id = window_id
    user.employee_no = employee_no
    session.add(user)
    return user


def seed_demo(session: Session) -> None:
    """Load the demo hall from ``resources/demo``: hall, zones, windows, users, catalog, e-licences."""
    ensure_base(session)
    hall = demo_file("hall.json")
    for key, value in hall["hall"].items():
        put_setting(session, f"hall.{key}", value)
    put_setting(session, "queue.priority_reasons", hall.get("priority_reasons", []))
    put_setting(session, "queue.skip_reactivate_behind", hall.get("skip_reactivate_behind", 3))
    put_setting(session, "cases.deferral_days", hall.get("deferral_days", DEFAULT_DEFERRAL_DAYS))
    for z in hall["zones"]:
        zone = session.get(Zone, z["code"]) or Zone(code=z["code"])
        zone.name, zone.ticket_prefix = z["name"], z["ticket_prefix"]
        zone.warn_level, zone.daily_cap, zone.sort_order = z.get("warn_level"), z.get("daily_cap"), z["sort_order"]
        session.add(zone)
        feed.record(session, "zone", zone.code, zone_data(zone))
    session.flush()
    for w in hall["windows"]:
        window = session.get(Window, w["id"]) or Window(id=w["id"])
        window.number, window.name, window.kind = w["number"], w["name"], w["kind"]
        window.zones, window.ticket_kinds = list(w["zones"]), list(w["ticket_kinds"])
        window.department, window.evaluation_device = w.get("department"), w.get("evaluation_device")
        session.add(window)
        feed.record(session, "window", window.id, window_data(window))
    # scrypt is slow on purpose and releases the GIL: hash the demo passwords side by side
    with ThreadPoolExecutor() as pool:
        hashes = list(pool.map(hash_password, (u["password"] for u in hall["users"])))
    for u, password_hash in zip(hall["users"], hashes, strict=True):
        add_user(session, u["username"], u["password"], u["display_name"], u["roles"], u.get("window"),
                 u.get("employee_no"), password_hash=password_hash)
    seed_catalog(session, demo_file("catalog.json"))
    seed_elicences(session, demo_file("elicences.json"))


def seed_catalog(session: Session, catalog: dict[str, Any]) -> None:
    for data in catalog["items"]:
        item = session.get(ServiceItem, data["code"]) or ServiceItem(code=data["code"])
        item.zone_code = data["zone"]
        for name in ITEM_FIELDS:
            if name in data:
                setattr(item, name, data[name])
        session.add(item)
        feed.record(session, "item", item.code, item_data(item))
    for data in catalog.get("bundles", []):
        bundle = session.get(Bundle, data["code"]) or Bundle(code=data["code"])
        bundle.name, bundle.item_codes = data["name"], list(data["items"])
        session.add(bundle)
        feed.record(session, "bundle", bundle.code, bundle_data(bundle))


def seed_elicences(session: Session, data: dict[str, Any]) -> None:
    if session.scalar(select(ELicence.id).limit(1)) is not None:
        return
    for e in data["elicences"]:
        session.add(ELicence(
            holder_id=e["holder_id"], holder_name=e["holder_name"], type=e["type"], number=e["number"],
            issuer=e["issuer"], issued=dt.date.fromisoformat(e["issued"]),
            valid_until=dt.date.fromisoformat(e["valid_until"]) if e.get("valid_until") else None,
        ))
