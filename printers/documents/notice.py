"""The one-time notice (一次性告知单) on A4: the items, their limits, fees and contacts, and ONE merged
material list, so the applicant comes once with everything (``hallclient.notice`` does the merging)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hallclient.domain.checklist import MergedMaterial
from hallclient.notice import Notice, how, requirement
from printers.documents.a4 import WIDTH, chinese_date, closing, list_table, render, styles, text

INTRODUCTION = ("您咨询的事项需要提交的全部材料如下。请按清单备齐材料后到综合窗口办理；"
                "标注“无需提交”的材料由窗口通过数据共享获取，标注“容缺”的材料可在受理后限期补交。")
REOPEN = "扫码重新查看本告知单"
NO_MATERIALS = "以下事项暂无材料目录，请向窗口工作人员咨询：{items}"


def notice_pdf(notice: Notice) -> bytes:
    """A4 PDF bytes of ``notice``."""
    st = styles()
    item_rows = [
        (f"{i.name}（{i.code}）", "、".join(i.departments), i.limits(), i.fees or "不收费", i.contact)
        for i in notice.items
    ]
    several = len(notice.items) > 1
    names = {i.code: i.name for i in notice.items}
    material_rows = [(m.name, requirement(m), how(m), _remarks(m, names if several else {}))
                     for m in notice.materials]
    body: list[Flowable] = [
        text(INTRODUCTION, st["body"]),
        text("办理事项：", st["plain"]),
        list_table(("事项名称（编码）", "办理部门", "办理时限", "收费", "咨询电话"), item_rows,
                   [48 * mm, 30 * mm, 34 * mm, 20 * mm, WIDTH - 12 * mm - 132 * mm]),
        Spacer(1, 3 * mm),
        text(f"申请材料（共 {len(notice.materials)} 项）：", st["plain"]),
        list_table(("材料名称", "要求", "提交方式", "说明"), material_rows,
                   [48 * mm, 20 * mm, 36 * mm, WIDTH - 12 * mm - 104 * mm]),
    ]
    if notice.without_materials:
        body.append(text(NO_MATERIALS.format(items="、".join(i.name for i in notice.without_materials)),
                         st["plain"]))
    for item in notice.items:
        if item.conditions:
            body.append(text(f"“{item.name}”申请条件：{item.conditions}", st["plain"]))
    signed = closing(notice.qr_payload, REOPEN, ("告知人", "申请人签收"), notice.hall_name, notice.issued_on)
    body.append(KeepTogether([text(_hall_line(notice), st["plain"]), Spacer(1, 6 * mm), signed]))
    title = notice.title if notice.title.endswith("告知单") else f"{notice.title}一次性告知单"
    return render(title=title, hall_name=notice.hall_name, number="", body=body)


def _remarks(material: MergedMaterial, names: dict[str, str]) -> str:
    """The note, the sample, and (for several items) which items ask for the material."""
    parts = [material.note] if material.note else []
    if material.sample:
        parts.append(f"样表：{material.sample}")
    if names:
        parts.append("适用事项：" + "、".join(names[code] for code in material.item_codes))
    return "；".join(parts)


def _hall_line(notice: Notice) -> str:
    parts = [f"告知日期：{chinese_date(notice.issued_on)}"]
    if notice.hall_phone:
        parts.append(f"咨询电话：{notice.hall_phone}")
    if notice.hall_address:
        parts.append(f"地址：{notice.hall_address}")
    return "　".join(parts)
