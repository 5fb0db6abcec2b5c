"""The service catalog as cached at this counter: items, their material lists and bundles.

Search-as-you-type goes through an in-memory :class:`~hallclient.domain.search.SearchIndex` built
from the cache on the first search and dropped whenever a change-set says the catalog changed, so a
keystroke costs no SQL (``catalog_search_ms_p99`` in ``bench/catalog.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from hallclient import clock
from hallclient.cache.models import Bundle, HallSetting, Material, ServiceItem
from hallclient.changes import Changes
from hallclient.domain.search import SearchIndex, search_key
from hallclient.errors import NotFoundError
from hallclient.hall import Hall, Service, query
from hallclient.notice import TITLE, Notice, build_notice


@dataclass(frozen=True)
class MaterialInfo:
    key: str
    name: str
    required: bool
    deferrable: bool
    form: str
    copies: int
    source: str
    elicence: str | None
    sample: str | None
    note: str | None


@dataclass(frozen=True)
class ItemSummary:
    code: str
    name: str
    zone_code: str
    kind: int
    promised_limit_days: int


@dataclass(frozen=True)
class ItemDetail:
    code: str
    name: str
    zone_code: str
    departments: tuple[str, ...]
    kind: int
    legal_limit_days: int
    promised_limit_days: int
    fees: str
    commitment_allowed: bool
    needs_project_code: bool
    conditions: str
    simple_guide: str
    basis: str
    result: str
    result_kind: str
    contact: str
    materials: tuple[MaterialInfo, ...]


@dataclass(frozen=True)
class BundleDetail:
    """A 一件事 with the details of its items, in the bundle's order (items no longer listed are left out)."""

    code: str
    name: str
    items: tuple[ItemDetail, ...]


def _detail(item: ServiceItem) -> ItemDetail:
    materials = tuple(
        MaterialInfo(m.key, m.name, m.required, m.deferrable, m.form, m.copies, m.source, m.elicence,
                     m.sample, m.note)
        for m in item.materials
    )
    return ItemDetail(item.code, item.name, item.zone_code, tuple(item.departments), item.kind,
                      item.legal_limit_days, item.promised_limit_days, item.fees, item.commitment_allowed,
                      item.needs_project_code, item.conditions, item.simple_guide, item.basis, item.result,
                      item.result_kind, item.contact, materials)


ITEM_FIELDS = ("name", "zone_code", "departments", "kind", "legal_limit_days", "promised_limit_days", "fees",
               "commitment_allowed", "needs_project_code", "conditions", "simple_guide", "basis", "result",
               "result_kind", "contact", "active")
MATERIAL_FIELDS = ("key", "name", "required", "deferrable", "form", "copies", "source", "elicence", "sample",
                   "note")


def store_item(session: Session, code: str, data: dict[str, Any] | None, seq: int) -> None:
    """Insert, replace or (``data is None``) delete an item from a change-feed entry."""
    session.execute(delete(Material).where(Material.item_code == code))
    item = session.get(ServiceItem, code)
    if data is None:
        if item is not None:
            session.delete(item)
        return
    if item is None:
        item = ServiceItem(code=code)
        session.add(item)
    for name in ITEM_FIELDS:
        if name in data:
            setattr(item, name, data[name])
    item.search_key = search_key(item.name, code)
    item.server_seq = seq
    session.flush()
    for position, material in enumerate(data.get("materials", [])):
        session.add(Material(item_code=code, position=position,
                             **{k: material.get(k) for k in MATERIAL_FIELDS if k in material}))


def store_bundle(session: Session, code: str, data: dict[str, Any] | None, seq: int) -> None:
    bundle = session.get(Bundle, code)
    if data is None:
        if bundle is not None:
            session.delete(bundle)
        return
    if bundle is None:
        bundle = Bundle(code=code)
        session.add(bundle)
    bundle.name = data["name"]
    bundle.item_codes = list(data["items"])
    bundle.server_seq = seq


class CatalogService(Service):
    def __init__(self, hall: Hall) -> None:
        super().__init__(hall)
        self._index: SearchIndex[ItemSummary] | None = None
        hall.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes, _initiator: object | None) -> None:
        """Drop the index when the catalog changed; the next search rebuilds it (on the worker)."""
        if changes.catalog:
            self._index = None

    @query
    def search(self, session: Session, text: str, limit: int = 50) -> list[ItemSummary]:
        """Active items by name, full pinyin, pinyin initials or code, best first (all items when empty)."""
        if self._index is None:
            self._index = _build_index(session)
        return self._index.search(text, limit)

    @query
    def item(self, session: Session, code: str) -> ItemDetail | None:
        details = _details(session, [code])
        return details[0] if details else None

    @query
    def items(self, session: Session, codes: Sequence[str]) -> list[ItemDetail]:
        """Details of several items in the order given (the one-time notice, a case); unknown codes are skipped."""
        return _details(session, codes)

    @query
    def bundles(self, session: Session) -> list[tuple[str, str]]:
        """Every 一件事 as (code, name), for the guide desk's list."""
        return [(b.code, b.name) for b in session.scalars(select(Bundle).order_by(Bundle.code))]

    @query
    def bundle(self, session: Session, code: str) -> BundleDetail | None:
        """A 一件事 with its items' details (conditions, materials, limits, fees, departments)."""
        row = session.get(Bundle, code)
        if row is None:
            return None
        return BundleDetail(row.code, row.name, tuple(_details(session, row.item_codes)))

    @query
    def notice(self, session: Session, codes: Sequence[str] = (), bundle_code: str | None = None) -> Notice:
        """The one-time notice for ``codes`` or for the 一件事 ``bundle_code`` (its name is the title), today."""
        bundle = session.get(Bundle, bundle_code) if bundle_code else None
        if bundle_code and bundle is None:
            raise NotFoundError("一件事 {code} 不存在", code=bundle_code)
        wanted = list(codes) or (list(bundle.item_codes) if bundle else [])
        setting = {row.key: row.value for row in session.scalars(
            select(HallSetting).where(HallSetting.key.in_(("hall.name", "hall.phone", "hall.address"))))}
        return build_notice(_details(session, wanted), hall_name=setting.get("hall.name", ""),
                            issued_on=clock.hall_today(), title=bundle.name if bundle else TITLE,
                            hall_phone=setting.get("hall.phone", ""), hall_address=setting.get("hall.address", ""))

    @query
    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(ServiceItem)) or 0


def _details(session: Session, codes: Sequence[str]) -> list[ItemDetail]:
    rows = session.scalars(
        select(ServiceItem).options(selectinload(ServiceItem.materials)).where(ServiceItem.code.in_(codes))
    )
    by_code = {row.code: _detail(row) for row in rows}
    return [by_code[code] for code in dict.fromkeys(codes) if code in by_code]


def _build_index(session: Session) -> SearchIndex[ItemSummary]:
    """The active items with their stored search keys, browsed by zone and code."""
    rows = session.execute(
        select(ServiceItem.code, ServiceItem.name, ServiceItem.zone_code, ServiceItem.kind,
               ServiceItem.promised_limit_days, ServiceItem.search_key)
        .where(ServiceItem.active.is_(True))
        .order_by(ServiceItem.zone_code, ServiceItem.code)
    )
    return SearchIndex(
        (r.search_key or search_key(r.name, r.code), ItemSummary(r.code, r.name, r.zone_code, r.kind,
                                                                  r.promised_limit_days))
        for r in rows
    )
