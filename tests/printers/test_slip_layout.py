"""Ticket and receipt slips decoded from the ESC/POS bytes they render to, for 58 and 80 mm paper."""

from __future__ import annotations

import dataclasses

import pytest

from hallclient.domain.tickets import TicketKind
from printers.blocks import paper, wrap
from printers.errors import PrinterError
from printers.escpos_render import render_bytes
from printers.slips import ReceiptSlip, TicketSlip, receipt_layout, ticket_layout
from tests.printers.escpos_decode import decode
from tests.printers.slip_asserts import assert_well_formed, line

ID_NUMBER = "11010519491231002X"
FULL_PHONE = "13812345678"


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_slip_prints_every_line_in_gb18030(ticket: TicketSlip, paper_mm: int) -> None:
    data = render_bytes(ticket_layout(ticket, paper_mm))
    decoded = decode(data)

    assert_well_formed(decoded, paper_mm)
    for text in (
        "越城区政务服务中心",
        "受理号 · 商事登记",
        "爱心通道　离线取号",
        "前面等候：5 人",
        "预计等候：约 12 分钟",
        "取号时间：2025-03-14 09:32",
        "手机号码：138****5678",
        "扫码查询排队进度",
    ):
        line(decoded, text)
    assert "请留意叫号屏，过号请到导服台重新激活" in decoded.text
    assert "预计等候：约 12 分钟".encode("gb18030") in data  # full-width colon and mixed ASCII survive


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_number_is_large_bold_and_centred(ticket: TicketSlip, paper_mm: int) -> None:
    number = line(decode(render_bytes(ticket_layout(ticket, paper_mm))), "B023")
    assert (number.width, number.height) == (paper(paper_mm).number_size,) * 2
    assert number.width >= 4
    assert number.bold and number.align == 1


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_qr_holds_the_lookup_id(ticket: TicketSlip, paper_mm: int) -> None:
    decoded = decode(render_bytes(ticket_layout(ticket, paper_mm)))
    assert decoded.qr_payloads == ["T20250314-B023-7F3A"]
    assert decoded.kinds.index("qr_store") < decoded.kinds.index("qr_print") < decoded.kinds.index("cut")


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_never_carries_the_full_phone(ticket: TicketSlip, paper_mm: int) -> None:
    assert ticket.phone
    data = render_bytes(ticket_layout(ticket, paper_mm))
    assert ticket.phone.encode() not in data
    assert ticket.phone not in decode(data).text


def test_ticket_without_optional_parts(ticket: TicketSlip) -> None:
    plain = dataclasses.replace(ticket, phone=None, priority=False, offline=False, wait_minutes=None)
    decoded = decode(render_bytes(ticket_layout(plain, 80)))
    assert_well_formed(decoded, 80)
    assert not any(text in decoded.text for text in ("手机号码", "爱心通道", "离线取号", "预计等候"))


def test_consultation_ticket_without_zone(ticket: TicketSlip) -> None:
    consult = dataclasses.replace(ticket, number="C007", kind=TicketKind.CONSULT, zone_name="")
    decoded = decode(render_bytes(ticket_layout(consult, 58)))
    line(decoded, "咨询号")


def test_no_magic_encoder_code_page_switches(ticket: TicketSlip) -> None:
    data = render_bytes(ticket_layout(ticket, 80))
    assert b"\x1bt" not in data  # ESC t: the magic encoder's code page selection


def receipt() -> ReceiptSlip:
    return ReceiptSlip(
        title="受理回执",
        hall_name="越城区政务服务中心",
        rows=(("办件编号", "SX20250314-0001"), ("事项", "企业设立登记（含刻章、银行开户）")),
        lines=("请凭本回执到综合窗口取件；材料原件已当场退还。",),
        applicant_name="张小三",
        id_number=ID_NUMBER,
        phone=FULL_PHONE,
        qr="SX20250314-0001",
        qr_caption="扫码查询办件进度",
        footer="一次告知，最多跑一次",
    )


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_receipt_masks_the_applicant(paper_mm: int) -> None:
    data = render_bytes(receipt_layout(receipt(), paper_mm))
    decoded = decode(data)

    assert_well_formed(decoded, paper_mm)
    line(decoded, "申请人：张*三")
    line(decoded, "证件号码：110105********002X")
    line(decoded, "联系电话：138****5678")
    line(decoded, "办件编号：SX20250314-0001")
    assert "企业设立登记（含刻章、银行开户）" in decoded.text
    assert "请凭本回执到综合窗口取件；材料原件已当场退还。" in decoded.text
    assert decoded.qr_payloads == ["SX20250314-0001"]
    for secret in (ID_NUMBER, FULL_PHONE, "张小三"):
        assert secret not in decoded.text


def test_personal_data_in_free_text_is_masked_anyway() -> None:
    careless = ReceiptSlip(title="取件单", rows=(("备注", f"联系 {FULL_PHONE}，证件 {ID_NUMBER}"),))
    text = decode(render_bytes(receipt_layout(careless, 80))).text
    assert FULL_PHONE not in text and ID_NUMBER not in text
    assert "138****5678" in text and "110105********002X" in text


def test_qr_payload_with_personal_data_is_refused() -> None:
    with pytest.raises(ValueError):
        receipt_layout(ReceiptSlip(title="取件单", qr=ID_NUMBER), 80)


def test_receipt_without_qr_or_footer() -> None:
    decoded = decode(render_bytes(receipt_layout(ReceiptSlip(title="一次性告知单", lines=("缺：营业执照副本",)), 58)))
    assert decoded.qr_payloads == []
    assert decoded.events[-1][0] == "cut"
    line(decoded, "缺：营业执照副本")


def test_unsupported_paper_width_is_a_chinese_error(ticket: TicketSlip) -> None:
    with pytest.raises(PrinterError, match="不支持的小票纸宽：76 毫米"):
        ticket_layout(ticket, 76)


def test_wrap_keeps_ascii_words_and_never_starts_a_line_with_closing_punctuation() -> None:
    lines = wrap("请凭回执到综合窗口取件，编号SX20250314-0001请妥善保管。", 16)
    assert "".join(lines) == "请凭回执到综合窗口取件，编号SX20250314-0001请妥善保管。"
    assert any("SX20250314-0001" in candidate for candidate in lines)
    assert not any(candidate.startswith(("，", "。")) for candidate in lines)
    assert all(sum(1 if c.isascii() else 2 for c in candidate) <= 16 for candidate in lines)


def test_wrap_breaks_at_spaces_and_splits_overlong_words() -> None:
    assert wrap("约 12 分钟", 6) == ["约 12", "分钟"]
    assert wrap("A" * 10, 4) == ["AAAA", "AAAA", "AA"]
    assert wrap("第一行\n第二行", 32) == ["第一行", "第二行"]


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_headings_too_long_for_double_size_fall_back_and_wrap(paper_mm: int) -> None:
    title = "企业投资项目备案材料一次性补正告知书（不动产登记）"
    slip = ReceiptSlip(title=title, hall_name="绍兴市越城区行政服务中心综合受理区")
    decoded = decode(render_bytes(receipt_layout(slip, paper_mm)))
    assert_well_formed(decoded, paper_mm)
    title_lines = [candidate for candidate in decoded.lines if candidate.bold]
    assert "".join(candidate.text for candidate in title_lines) == title
    assert {candidate.width for candidate in title_lines} == {1}
