"""The one-time notice: merged material lists (table tests), the A4 PDF and the receipt-printer version."""

from __future__ import annotations

import datetime as dt

import pytest

from hallclient.errors import ValidationError
from hallclient.notice import Notice, build_notice, how, requirement
from hallclient.services.catalog import ItemDetail, MaterialInfo
from printers.documents.notice import notice_pdf
from printers.documents.receipts import notice_slip
from printers.escpos_render import render_bytes
from printers.slips import receipt_layout
from tests.catalog.demo_feed import demo, demo_detail
from tests.documents.conftest import pdf_text, qr_payloads, squeeze
from tests.printers.escpos_decode import decode
from tests.printers.slip_asserts import assert_well_formed

TODAY = dt.date(2026, 11, 23)


def _material(key: str = "licence", **fields: object) -> MaterialInfo:
    base = {"key": key, "name": "营业执照", "required": True, "deferrable": False, "form": "original", "copies": 1,
            "source": "self", "elicence": None, "sample": None, "note": None}
    return MaterialInfo(**{**base, **fields})


def _item(code: str, *materials: MaterialInfo, promised: int = 5) -> ItemDetail:
    return ItemDetail(code, f"事项{code}", "B", ("区市场监督管理局",), 2, 20, promised, "不收费", False, False,
                      "", "", "", "", "paper", "咨询电话 0575-85120000", tuple(materials))


def _merged(*items: ItemDetail) -> list[tuple[str, str]]:
    notice = build_notice(items, hall_name="越城区政务服务中心", issued_on=TODAY)
    return [(requirement(m), how(m)) for m in notice.materials]


@pytest.mark.parametrize(("first", "second", "expected"), [
    ({"required": False}, {"required": True}, ("必需", "原件 1 份")),
    ({"required": False}, {"required": False}, ("可选", "原件 1 份")),
    ({"deferrable": True}, {"deferrable": True}, ("容缺可后补", "原件 1 份")),
    ({"deferrable": True}, {"deferrable": False}, ("必需", "原件 1 份")),
    ({"deferrable": True}, {"required": False}, ("容缺可后补", "原件 1 份")),
    ({"form": "copy"}, {"form": "copy", "copies": 3}, ("必需", "复印件 3 份")),
    ({"form": "copy", "copies": 2}, {"form": "original"}, ("必需", "原件 2 份")),
    ({"form": "both"}, {"form": "original", "copies": 2}, ("必需", "原件及复印件各 2 份")),
    ({"source": "external_share"}, {"source": "external_share"}, ("必需", "无需提交（外部共享）")),
    ({"source": "internal_share"}, {"source": "self"}, ("必需", "原件 1 份")),
    ({"elicence": "营业执照"}, {}, ("必需", "原件 1 份；可用电子证照「营业执照」代替")),
])
def test_a_material_two_items_ask_for_is_merged_to_the_most_demanding(
        first: dict[str, object], second: dict[str, object], expected: tuple[str, str]) -> None:
    assert _merged(_item("A", _material(**first)), _item("B", _material(**second))) == [expected]


def test_merged_list_keeps_first_appearance_order_and_the_items_asking() -> None:
    notice = build_notice([_item("A", _material("form_a", name="申请书"), _material("licence")),
                           _item("B", _material("licence"), _material("roster", name="花名册"))],
                          hall_name="大厅", issued_on=TODAY)
    assert [(m.key, m.item_codes) for m in notice.materials] == [
        ("form_a", ("A",)), ("licence", ("A", "B")), ("roster", ("B",))]


def test_an_item_without_material_list_is_named_on_the_notice() -> None:
    notice = build_notice([_item("A", _material()), _item("B")], hall_name="大厅", issued_on=TODAY)
    assert [i.code for i in notice.without_materials] == ["B"]
    assert "暂无材料目录，请向窗口工作人员咨询：事项B" in pdf_text(notice_pdf(notice))


def test_no_item_no_notice() -> None:
    with pytest.raises(ValidationError):
        build_notice([], hall_name="大厅", issued_on=TODAY)


@pytest.fixture
def bundle_notice() -> Notice:
    bundle = next(b for b in demo("catalog.json")["bundles"] if b["code"] == "YJS-002")
    return build_notice([demo_detail(code) for code in bundle["items"]], hall_name="越城区政务服务中心",
                        issued_on=TODAY, title=bundle["name"], hall_phone="0575-85128300")


def test_bundle_notice_pdf_lists_items_limits_and_every_merged_material_once(bundle_notice: Notice) -> None:
    pdf = notice_pdf(bundle_notice)
    text = pdf_text(pdf)
    assert "企业开办一件事一次性告知单" in text
    for item in bundle_notice.items:
        assert squeeze(item.name) in text and squeeze(item.limits()) in text
    assert "即办（当场办结）" in text  # 新办纳税人“套餐式”服务 is done on the spot
    for material in bundle_notice.materials:
        assert squeeze(material.name) in text
    assert text.count("经办人（代理人）身份证明") == 1  # four items ask for it: one row
    assert "营业执照必需无需提交（外部共享）" in text
    assert "告知日期：2026年11月23日" in text and "咨询电话：0575-85128300" in text
    assert qr_payloads(pdf) == ["hall:notice:330602-XK-0201,330602-GG-0208,330602-GG-0209,330602-GG-0210"]


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_notice_slip_prints_every_material_in_gb18030(bundle_notice: Notice, paper_mm: int) -> None:
    decoded = decode(render_bytes(receipt_layout(notice_slip(bundle_notice), paper_mm)))
    assert_well_formed(decoded, paper_mm)
    text = squeeze(decoded.text)
    assert "一次性告知单" in text
    for number, material in enumerate(bundle_notice.materials, 1):
        assert squeeze(f"{number}. {material.name}（{requirement(material)}）{how(material)}") in text
    assert decoded.qr_payloads == [bundle_notice.qr_payload]


def test_a_single_item_notice_has_the_plain_title() -> None:
    notice = build_notice([demo_detail("330602-XK-0201")], hall_name="越城区政务服务中心", issued_on=TODAY)
    text = pdf_text(notice_pdf(notice))
    assert text.count("一次性告知单") >= 2  # title and footer
    assert "适用事项" not in text  # only listed when several items share the notice
