"""The service catalog as cached at this counter: items, their material lists and bundles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from hallclient.cache.models import Bundle, Material, ServiceItem
from hallclient.domain.search import normalise_query, search_key
from hallclient.hall import Service, query


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


def _summary(item: ServiceItem) -> ItemSummary:
    return ItemSummary(item.code, item.name, item.zone_code, item.kind, item.promised_limit_days)


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
    @query
    def search(self, session: Session, text: str, limit: int = 50) -> list[ItemSummary]:
        """Items whose name, pinyin, initials or code contain ``text`` (all items when empty)."""
        needle = normalise_query(text)
        stmt = select(ServiceItem).where(ServiceItem.active.is_(True)).order_by(ServiceItem.zone_code,
                                                                               ServiceItem.code)
        if needle:
            stmt = stmt.where(ServiceItem.search_key.contains(needle, autoescape=True))
        return [_summary(i) for i in session.scalars(stmt.limit(limit))]

    @query
    def item(self, session: Session, code: str) -> ItemDetail | None:
        row = session.scalar(
            select(ServiceItem).options(selectinload(ServiceItem.materials)).where(ServiceItem.code == code)
        )
        return None if row is None else _detail(row)

    @query
    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(ServiceItem)) or 0
