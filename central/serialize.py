"""The JSON shapes of central records as they travel in the change feed and the REST API.

The client's replica appliers (``hallclient.services.replica``) read exactly these keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from central.models import Bundle, HallSetting, ServiceItem, Window, Zone
from hallclient.domain.masking import mask_id_number, mask_phone


def zone_data(z: Zone) -> dict[str, Any]:
    return {"name": z.name, "ticket_prefix": z.ticket_prefix, "warn_level": z.warn_level,
            "daily_cap": z.daily_cap, "sort_order": z.sort_order}


def window_data(w: Window) -> dict[str, Any]:
    return {"number": w.number, "name": w.name, "kind": w.kind, "zones": list(w.zones),
            "ticket_kinds": list(w.ticket_kinds), "department": w.department,
            "evaluation_device": w.evaluation_device, "status": w.status,
            "status_since": w.status_since.isoformat() if w.status_since else None,
            "pause_reason": w.pause_reason, "clerk": w.clerk}


def item_data(i: ServiceItem) -> dict[str, Any]:
    return {"name": i.name, "zone_code": i.zone_code, "departments": list(i.departments), "kind": i.kind,
            "legal_limit_days": i.legal_limit_days, "promised_limit_days": i.promised_limit_days,
            "fees": i.fees, "commitment_allowed": i.commitment_allowed,
            "needs_project_code": i.needs_project_code, "conditions": i.conditions,
            "simple_guide": i.simple_guide, "basis": i.basis, "result": i.result, "result_kind": i.result_kind,
            "contact": i.contact, "active": i.active, "materials": list(i.materials)}


def bundle_data(b: Bundle) -> dict[str, Any]:
    return {"name": b.name, "items": list(b.item_codes)}


def setting_data(s: HallSetting) -> dict[str, Any]:
    return {"value": s.value}


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


TICKET_TIMES = ("appointment_at", "checked_in_at", "issued_at", "queue_at", "called_at", "last_called_at",
                "serving_at", "finished_at")
TICKET_FIELDS = ("number", "kind", "zone_code", "item_code", "status", "priority", "priority_reason",
                 "case_number", "window_id", "target_window_id", "clerk", "recall_count", "reactivated",
                 "transfer_reason", "offline", "lookup_id", "version")


def pause_data(p: Mapping[str, Any]) -> dict[str, Any]:
    """A ``window_pauses`` row: the intervals behind the dashboard's paused time of any day (issue 7)."""
    return {"window_id": p["window_id"], "service_date": p["service_date"].isoformat(),
            "started_at": _iso(p["started_at"]), "ended_at": _iso(p["ended_at"]), "reason": p["reason"],
            "clerk": p["clerk"]}


def ticket_data(t: Mapping[str, Any]) -> dict[str, Any]:
    """A ticket as every counter and display receives it: phone and ID masked (DOMAIN.md §9)."""
    return {"service_date": t["service_date"].isoformat(), **{name: t[name] for name in TICKET_FIELDS},
            **{name: _iso(t[name]) for name in TICKET_TIMES},
            "phone": mask_phone(t["phone"]) or None, "id_number": mask_id_number(t["id_number"]) or None}
