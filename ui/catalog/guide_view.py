"""An item's guide, or a 一件事's merged one, as rich text: conditions, materials, limits, fees, contacts.

The merged material list of a 一件事 comes from the core (``hall.catalog.notice``), so the screen
shows the same list the one-time notice prints and the window's checklist checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from hallclient.domain.catalog import (
    ITEM_KIND_LABELS,
    MATERIAL_FORM_LABELS,
    MATERIAL_SOURCE_LABELS,
    ItemKind,
    MaterialForm,
    MaterialSource,
)
from hallclient.domain.checklist import MaterialSpec
from hallclient.notice import Notice
from hallclient.services.catalog import ItemDetail

_CELL = "style='padding:4px 6px; border-bottom:1px solid #e6ebf1'"
_HEAD = "style='padding:4px 6px; background:#eef2f7; font-weight:bold'"
#: 序号, name, 要求, 容缺, form and copies, source, e-licence, notes (percent of the table's width).
MATERIAL_WIDTHS = (5, 24, 7, 8, 12, 11, 11, 22)


def _core(text: str) -> str:
    """A core label (``*_LABELS`` of the domain) in the interface language."""
    return QCoreApplication.translate("core", text)


class GuideView(QTextBrowser):
    """Read-only guide text; :meth:`show_item` for one item, :meth:`show_notice` for several or a 一件事."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideView")
        self.setOpenExternalLinks(False)

    def show_item(self, item: ItemDetail) -> None:
        facts = [item.code, _core(ITEM_KIND_LABELS.get(ItemKind(item.kind), "")), "、".join(item.departments)]
        rules = [self.tr("告知承诺：适用") if item.commitment_allowed else self.tr("告知承诺：不适用")]
        if item.needs_project_code:
            rules.append(self.tr("须填写投资项目代码"))
        fees = self.tr("<b>收费</b> {fees}").format(fees=escape(item.fees or self.tr("不收费")))
        materials = (self.materials_table(item.materials) if item.materials
                     else _note(self.tr("该事项暂无材料目录，请向窗口工作人员咨询")))
        self.setHtml("".join((
            _title(item.name),
            _muted(" · ".join(f for f in facts if f)),
            f"<p>{self._limits(item.promised_limit_days, item.legal_limit_days)}　{fees}</p>",
            _muted(" · ".join(rules)),
            _section(self.tr("办事指南"), item.simple_guide),
            _section(self.tr("申请条件"), item.conditions),
            _heading(self.tr("申请材料（共 {n} 项）").format(n=len(item.materials))),
            materials,
            _section(self.tr("办理结果"), item.result),
            _section(self.tr("咨询电话"), item.contact),
            _section(self.tr("设定依据"), item.basis),
        )))

    def show_notice(self, notice: Notice) -> None:
        """Several items (or a 一件事, whose name is the notice's title): the items' limits and one
        merged material list, duplicates merged by the core."""
        free = self.tr("不收费")
        items = _table((self.tr("事项"), self.tr("办理部门"), self.tr("办理时限"), self.tr("收费")),
                       [(escape(i.name), escape("、".join(i.departments)),
                         self._limits(i.promised_limit_days, i.legal_limit_days), escape(i.fees or free))
                        for i in notice.items])
        parts = [
            _title(notice.title),
            _muted(self.tr("共 {n} 个事项，一次提交、并联审批").format(n=len(notice.items))),
            items,
            _heading(self.tr("合并后的申请材料（共 {n} 项）").format(n=len(notice.materials))),
            self.materials_table(notice.materials),
        ]
        if notice.without_materials:
            names = "、".join(i.name for i in notice.without_materials)
            parts.append(_note(self.tr("以下事项暂无材料目录，请向窗口咨询：{items}").format(items=names)))
        self.setHtml("".join(parts))

    def _limits(self, promised: int, legal: int) -> str:
        if promised == 0:
            return self.tr("<b>即办</b>（当场办结）　<b>法定时限</b> {legal} 个工作日").format(legal=legal)
        return self.tr("<b>承诺时限</b> {promised} 个工作日　<b>法定时限</b> {legal} 个工作日").format(
            promised=promised, legal=legal)

    def materials_table(self, materials: Sequence[MaterialSpec]) -> str:
        """序号, name, 必需/可选 (in this order: the guide desk reads them aloud), 容缺, form and copies,
        source, the e-licence that may replace it, notes and samples."""
        heads = (self.tr("序号"), self.tr("材料名称"), self.tr("要求"), self.tr("容缺"), self.tr("形式与份数"),
                 self.tr("来源"), self.tr("电子证照"), self.tr("说明"))
        rows = []
        for number, m in enumerate(materials, 1):
            shared = MaterialSource(m.source) != MaterialSource.SELF
            how = self.tr("{form} {n} 份").format(form=_core(MATERIAL_FORM_LABELS[MaterialForm(m.form)]), n=m.copies)
            sample = self.tr("样表：{sample}").format(sample=m.sample) if m.sample else None
            deferrable = self.tr("可容缺") if m.required and m.deferrable else ""
            rows.append((str(number), escape(m.name), self.tr("必需") if m.required else self.tr("可选"), deferrable,
                         self.tr("无需提交") if shared else how,
                         escape(_core(MATERIAL_SOURCE_LABELS[MaterialSource(m.source)])), escape(m.elicence or ""),
                         escape("；".join(x for x in (m.note, sample) if x))))
        return _table(heads, rows, MATERIAL_WIDTHS)


def _title(text: str) -> str:
    return f"<h2 style='color:#12355b'>{escape(text)}</h2>"


def _heading(text: str) -> str:
    return f"<h3 style='color:#12355b'>{escape(text)}</h3>"


def _muted(text: str) -> str:
    return f"<p style='color:#52606d'>{escape(text)}</p>"


def _note(text: str) -> str:
    return f"<p style='color:#c8102e'>{escape(text)}</p>"


def _section(title: str, text: str) -> str:
    return f"{_heading(title)}<p>{escape(text)}</p>" if text else ""


def _table(heads: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
    """Cells are HTML already (escaped by the caller); ``widths`` in percent, per column."""
    sized = [f" width='{w}%'" for w in widths] or [""] * len(heads)
    head = "".join(f"<td {_HEAD}{width}>{h}</td>" for h, width in zip(heads, sized, strict=True))
    body = "".join("<tr>" + "".join(f"<td {_CELL}>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='100%' cellspacing='0'><tr>{head}</tr>{body}</table>"
