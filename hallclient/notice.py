"""The one-time notice (一次性告知单): everything an applicant must bring, for one item or a 一件事.

The guide desk hands it out so that the applicant comes once (最多跑一次, DOMAIN.md §1). For several
items the material lists are merged by material ``key`` with the most demanding requirement, by
the same :func:`hallclient.domain.checklist.merge_materials` that builds a case's checklist, so the
notice asks for exactly what the window will check. This module adds what the paper says about each
merged material: 必需 / 容缺 / 可选, what to hand in, "无需提交" for shared materials and the
e-licence (电子证照) that may replace one.

Pure: the caller passes the items' details and the hall's name and day (``hall.catalog.notice``
gathers them from the cache); the renderers are ``printers.documents.notice`` (A4) and
``printers.documents.receipts`` (slip).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from hallclient.domain.catalog import MATERIAL_FORM_LABELS, MATERIAL_SOURCE_LABELS, MaterialForm, MaterialSource
from hallclient.domain.checklist import SHARED_SOURCES, MaterialSpec, MergedMaterial, merge_materials
from hallclient.errors import ValidationError

#: The QR code of a notice names the items, so any counter can open the same guide again.
NOTICE_QR_PREFIX = "hall:notice:"
TITLE = "一次性告知单"


class ItemSpec(Protocol):
    """What the notice reads of an item (``services.catalog.ItemDetail`` has it)."""

    code: str
    name: str
    departments: tuple[str, ...]
    legal_limit_days: int
    promised_limit_days: int
    fees: str
    contact: str
    conditions: str
    commitment_allowed: bool
    materials: Sequence[MaterialSpec]


def requirement(material: MergedMaterial) -> str:
    """必需 / 容缺可后补 / 可选."""
    if not material.required:
        return "可选"
    return "容缺可后补" if material.deferrable else "必需"


def how(material: MergedMaterial) -> str:
    """What to hand in: "原件 1 份", "原件及复印件各 2 份", or why nothing has to be handed in."""
    source = MaterialSource(material.source)
    if source in SHARED_SOURCES:
        return f"无需提交（{MATERIAL_SOURCE_LABELS[source]}）"
    form = MaterialForm(material.form)
    each = "各" if form == MaterialForm.BOTH else ""
    text = f"{MATERIAL_FORM_LABELS[form]}{each} {material.copies} 份"
    return f"{text}；可用电子证照「{material.elicence}」代替" if material.elicence else text


@dataclass(frozen=True)
class NoticeItem:
    """What the notice says about one item: limits, fees, departments, contact and conditions."""

    code: str
    name: str
    departments: tuple[str, ...]
    legal_limit_days: int
    promised_limit_days: int
    fees: str
    contact: str
    conditions: str
    commitment_allowed: bool
    has_materials: bool

    def limits(self) -> str:
        """"承诺 5 个工作日；法定 20 个工作日", or 即办 for an item done on the spot."""
        days = self.promised_limit_days
        promised = "即办（当场办结）" if days == 0 else f"承诺 {days} 个工作日"
        return f"{promised}；法定 {self.legal_limit_days} 个工作日"


@dataclass(frozen=True)
class Notice:
    """Everything printed on a one-time notice; ``title`` names the 一件事 when there is one."""

    hall_name: str
    title: str
    items: tuple[NoticeItem, ...]
    materials: tuple[MergedMaterial, ...]
    issued_on: dt.date
    hall_phone: str = ""
    hall_address: str = ""

    @property
    def qr_payload(self) -> str:
        """The items' codes, nothing personal: scanning it at a counter reopens this notice."""
        return NOTICE_QR_PREFIX + ",".join(item.code for item in self.items)

    @property
    def without_materials(self) -> tuple[NoticeItem, ...]:
        """Items whose catalog entry has no material list (the notice tells the applicant to ask)."""
        return tuple(item for item in self.items if not item.has_materials)


def build_notice(
    items: Sequence[ItemSpec],
    *,
    hall_name: str,
    issued_on: dt.date,
    title: str = TITLE,
    hall_phone: str = "",
    hall_address: str = "",
) -> Notice:
    """The notice for ``items`` (one item, or the items of a 一件事 with its name as ``title``)."""
    if not items:
        raise ValidationError("请至少选择一个事项再打印一次性告知单")
    notice_items = tuple(
        NoticeItem(i.code, i.name, i.departments, i.legal_limit_days, i.promised_limit_days, i.fees, i.contact,
                   i.conditions, i.commitment_allowed, bool(i.materials))
        for i in items
    )
    materials = merge_materials((item.code, item.materials) for item in items)
    return Notice(hall_name, title, notice_items, tuple(materials), issued_on, hall_phone, hall_address)
