"""The five papers of a window decision (DOMAIN.md §5 table) as A4 PDF bytes.

受理回执 (also for 容缺受理 and 告知承诺), 一次性补正告知书, 不予受理决定书, 容缺补交承诺书 and 告知承诺书.
Each carries the hall's name, the case number, the items, the window, the clerk, the date, a seal
area and a QR code to track the case; the wording follows 《行政许可法》Art. 32. The decision's
``Outcome.documents`` names which of them the applicant gets: :func:`render_documents` renders them
in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from hallclient.domain.decision import (
    COMMITMENT,
    CORRECTION_NOTICE,
    DEFERRAL_PLEDGE,
    RECEIPT,
    REFUSAL,
    Problem,
)
from hallclient.domain.masking import mask_id_number
from hallclient.errors import ValidationError
from printers.documents.a4 import (
    WIDTH,
    chinese_date,
    closing,
    deadline_text,
    info_table,
    list_table,
    provisional_note,
    render,
    styles,
    text,
)
from printers.documents.model import CaseDocument

APPEAL_RIGHTS = (
    "申请人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
    "或者在六个月内依法向人民法院提起行政诉讼。"
)
LEGAL_BASIS = "《中华人民共和国行政许可法》第三十二条"
TRACKING = "扫码查询办件进度"
PLEDGE_SIGNATURES = ("承诺人（签字或盖章）", "签署日期")
COMMITMENT_TITLE = "告知承诺书"


def acceptance_receipt(doc: CaseDocument) -> bytes:
    """受理回执: what was accepted, what was received, the promised completion date (暂定 if so)."""
    st = styles()
    if doc.deferred:
        finding = "主要申请材料齐全、符合法定形式，部分非关键性材料实行容缺受理"
    elif doc.committed:
        finding = "申请人已签署告知承诺书，以承诺代替相关材料"
    else:
        finding = "申请材料齐全、符合法定形式"
    body: list[Flowable] = [
        info_table(_case_rows(doc) + _promised_rows(doc)),
        Spacer(1, 4 * mm),
        text(f"{doc.applicant_name}：", st["plain"]),
        text(f"你（单位）于{chinese_date(doc.application_date)}提出的{_item_names(doc)}申请，经审查，{finding}。根据"
             f"{LEGAL_BASIS}第一款第（五）项的规定，决定予以受理。", st["body"]),
    ]
    if doc.received:
        body += [text("已收取的申请材料：", st["plain"]),
                 list_table(("材料名称", "收取情况"), [(m.name, m.detail) for m in doc.received],
                            [WIDTH - 12 * mm - 50 * mm, 50 * mm])]
    if doc.deferred:
        body += [text("容缺材料（请在补交期限前提交）：", st["plain"]), _deferred_table(doc)]
    body += provisional_note(doc.promised)
    body += [text("办理进度可凭办件编号或扫描下方二维码查询。", st["plain"]), Spacer(1, 6 * mm),
             _closing(doc)]
    return render(title=RECEIPT, hall_name=doc.hall_name, number=doc.case_number, body=body)


def correction_notice(doc: CaseDocument) -> bytes:
    """一次性补正告知书: every absent or defective material at once, with notes, legal basis and contact."""
    if not doc.problems:
        raise ValidationError("没有需要补正的材料，不能出具一次性补正告知书")
    st = styles()
    rows = [(p.name, "有误，需更正" if p.defective else "缺少，需补交", p.note or "") for p in doc.problems]
    body: list[Flowable] = [
        info_table(_case_rows(doc)),
        Spacer(1, 4 * mm),
        text(f"{doc.applicant_name}：", st["plain"]),
        text(f"你（单位）于{chinese_date(doc.application_date)}提出的{_item_names(doc)}申请，经审查，申请材料不齐全或者"
             f"不符合法定形式。根据{LEGAL_BASIS}第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容"
             f"（共 {len(doc.problems)} 项）：", st["body"]),
        list_table(("材料名称", "问题", "补正要求"), rows, [60 * mm, 30 * mm, WIDTH - 12 * mm - 90 * mm]),
        text(f"请按上述要求一并补正后，携带本告知书到{doc.window}办理。", st["body"]),
        text(f"法律依据：{LEGAL_BASIS}。", st["plain"]),
        *_contact(doc),
        Spacer(1, 6 * mm),
        _closing(doc),
    ]
    return render(title=CORRECTION_NOTICE, hall_name=doc.hall_name, number=doc.case_number, body=body)


def refusal_decision(doc: CaseDocument) -> bytes:
    """不予受理决定书: the reason and the applicant's appeal rights (行政复议 60 日, 行政诉讼 6 个月)."""
    if not doc.reason.strip():
        raise ValidationError("必须填写不予受理的理由")
    st = styles()
    body: list[Flowable] = [
        info_table(_case_rows(doc)),
        Spacer(1, 4 * mm),
        text(f"{doc.applicant_name}：", st["plain"]),
        text(f"你（单位）于{chinese_date(doc.application_date)}提出的{_item_names(doc)}申请，经审查，"
             f"{doc.reason.strip().rstrip('。')}。根据{LEGAL_BASIS}第一款的规定，决定不予受理。", st["body"]),
        text(APPEAL_RIGHTS, st["body"]),
        *_contact(doc),
        Spacer(1, 6 * mm),
        _closing(doc),
    ]
    return render(title=REFUSAL, hall_name=doc.hall_name, number=doc.case_number, body=body)


def deferral_pledge(doc: CaseDocument) -> bytes:
    """容缺补交承诺书: the deferred materials, the deadline to supply them and the applicant's signature."""
    if not doc.deferred or doc.supplement_due is None:
        raise ValidationError("没有容缺材料或补交期限，不能出具容缺补交承诺书")
    st = styles()
    body: list[Flowable] = [
        info_table(_case_rows(doc)),
        Spacer(1, 4 * mm),
        text(f"本人（单位）申请办理{_item_names(doc)}，下列非关键性材料暂缺或存在瑕疵，申请容缺受理。本人（单位）"
             f"郑重承诺：在{deadline_text(doc.supplement_due)}前补交下列全部材料，并对所补交材料的真实性负责；"
             "逾期未补交或补交材料不符合要求的，愿意承担由此产生的一切后果。", st["body"]),
        _deferred_table(doc),
        *provisional_note(doc.supplement_due),
        Spacer(1, 6 * mm),
        _closing(doc, PLEDGE_SIGNATURES),
    ]
    return render(title=DEFERRAL_PLEDGE, hall_name=doc.hall_name, number=doc.case_number, body=body)


def commitment_pledge(doc: CaseDocument) -> bytes:
    """告知承诺书: the commitment text, what it replaces, and the applicant's signature."""
    st = styles()
    body: list[Flowable] = [info_table(_case_rows(doc)), Spacer(1, 4 * mm)]
    if doc.committed:
        body += [text("以承诺代替的证明材料：", st["plain"]),
                 list_table(("材料名称",), [(p.name,) for p in doc.committed], [WIDTH - 12 * mm])]
    body += [
        text(f"申请人就办理{_item_names(doc)}作出如下承诺：", st["plain"]),
        text(doc.commitment_text, st["body"]),
        text("行政机关将依法对承诺内容进行核查；发现承诺不实的，将依法终止办理、撤销相关决定，并依法追究责任。",
             st["body"]),
        Spacer(1, 6 * mm),
        _closing(doc, PLEDGE_SIGNATURES),
    ]
    return render(title=COMMITMENT_TITLE, hall_name=doc.hall_name, number=doc.case_number, body=body)


#: The decision's document names (``Outcome.documents``) and their renderers.
RENDERERS: dict[str, Callable[[CaseDocument], bytes]] = {
    RECEIPT: acceptance_receipt,
    CORRECTION_NOTICE: correction_notice,
    REFUSAL: refusal_decision,
    DEFERRAL_PLEDGE: deferral_pledge,
    COMMITMENT: commitment_pledge,
}


def render_documents(doc: CaseDocument, names: Sequence[str]) -> list[tuple[str, bytes]]:
    """(name, PDF bytes) for each document the decision hands out, in print order."""
    return [(name, RENDERERS[name](doc)) for name in names]


def _item_names(doc: CaseDocument) -> str:
    return "、".join(f"“{item.name}”" for item in doc.items)


def _case_rows(doc: CaseDocument) -> list[tuple[str, str]]:
    rows = [("办件编号", doc.case_number), ("申请人", doc.applicant_name)]
    if doc.id_number:
        rows.append(("证件号码", mask_id_number(doc.id_number)))
    items = "\n".join(f"{n}. {item.name}（{item.code}）" for n, item in enumerate(doc.items, 1))
    return [*rows, ("申请事项", items), ("受理窗口", doc.window), ("经办人", doc.clerk),
            ("日期", chinese_date(doc.issued_on))]


def _promised_rows(doc: CaseDocument) -> list[tuple[str, str]]:
    return [("承诺办结日期", deadline_text(doc.promised))] if doc.promised else []


def _deferred_table(doc: CaseDocument) -> Flowable:
    due = deadline_text(doc.supplement_due) if doc.supplement_due else ""
    return list_table(("材料名称", "情况", "补交期限"), [(p.name, _state(p), due) for p in doc.deferred],
                      [70 * mm, 45 * mm, WIDTH - 12 * mm - 115 * mm])


def _state(problem: Problem) -> str:
    state = "有误" if problem.defective else "暂缺"
    return f"{state}（{problem.note}）" if problem.note else state


def _closing(doc: CaseDocument, signatures: Sequence[str] = ("申请人签收",)) -> Flowable:
    return closing(doc.lookup, TRACKING, signatures, doc.hall_name, doc.issued_on)


def _contact(doc: CaseDocument) -> list[Flowable]:
    line = f"经办窗口：{doc.window}　经办人：{doc.clerk}"
    if doc.contact:
        line += f"　联系方式：{doc.contact}"
    return [text(line, styles()["plain"])]
