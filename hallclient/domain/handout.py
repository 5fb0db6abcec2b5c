"""Rules of the result hand-out (DOMAIN.md §6): is this result for this case, and is this person its owner?

The window checks the back office's result against the acceptance record (case number, applicant,
ID, items) and the person at the counter against both, and lists **every** mismatch at once — the
clerk must see all of them before anything is handed over. The same functions run on the counter
(when its cache holds the full ID number) and on the centre (``POST /results/{id}/verify``), so the
two never disagree. Mismatches are :class:`~hallclient.errors.ValidationError` s: a Chinese
template with parameters that the interface translates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hallclient.domain.ids import validate_id_card, validate_phone
from hallclient.domain.intake import ApplicantKind, parse_case_number
from hallclient.domain.masking import mask_id_number, mask_phone
from hallclient.errors import ConflictError, ValidationError


class ResultState(StrEnum):
    WAITING = "waiting"  # 待出件
    HANDED_OUT = "handed_out"  # 已出件
    MAILED = "mailed"  # 已寄出


RESULT_STATE_LABELS = {ResultState.WAITING: "待出件", ResultState.HANDED_OUT: "已出件", ResultState.MAILED: "已寄出"}


class IdSource(StrEnum):
    TYPED = "typed"
    READER = "reader"


ID_SOURCE_LABELS = {IdSource.TYPED: "手工录入证件号码", IdSource.READER: "身份证阅读器"}

#: Carriers a hall mails results with, and the shape of their tracking numbers.
CARRIER_LABELS = {"ems": "中国邮政 EMS", "sf": "顺丰速运", "jd": "京东物流"}
_TRACKING = {"ems": re.compile(r"^([A-Z]{2}\d{9}[A-Z]{2}|\d{13})$"), "sf": re.compile(r"^SF\d{12,13}$"),
             "jd": re.compile(r"^JD[A-Z0-9]{10,18}$")}


@dataclass(frozen=True)
class Record:
    """Whom and what a case (acceptance record) or a result (back office) is for; IDs may be masked."""

    case_number: str
    applicant_type: str
    applicant_name: str
    id_number: str | None
    item_codes: tuple[str, ...]
    agent_name: str | None = None
    agent_id_number: str | None = None
    legal_rep: str | None = None


@dataclass(frozen=True)
class Presented:
    """The person at the counter: an ID typed by the clerk, or read from the card (then with the name)."""

    id_number: str
    name: str | None = None
    source: IdSource = IdSource.TYPED


def is_masked(value: str | None) -> bool:
    return bool(value) and "*" in str(value)


def _same_id(a: str | None, b: str | None) -> bool:
    """Equal IDs, also when one side only has the masked form (then the visible parts must agree)."""
    if not a or not b:
        return a == b
    if is_masked(a) or is_masked(b):
        return mask_id_number(a.upper()) == mask_id_number(b.upper())
    return a.upper() == b.upper()


def not_waiting(case_number: str, state: str, at: str, window: str | None) -> ConflictError:
    """The refusal of a second hand-over (by this counter or by the centre): ``at`` is hall time."""
    return ConflictError("办件 {number} 的结果已于 {at} 由窗口 {window}「{state}」，不能重复出件", number=case_number,
                         at=at, window=window or "", state=RESULT_STATE_LABELS[ResultState(state)])


def no_acceptance_record(case_number: str) -> ValidationError:
    return ValidationError("未找到办件 {number} 的受理记录，不能出件", number=case_number)


def check_result(acceptance: Record, result: Record) -> list[ValidationError]:
    """Every way the back office's result differs from the acceptance record."""
    problems = []
    if result.case_number != acceptance.case_number:
        problems.append(ValidationError("结果的办件编号 {result} 与受理记录 {case} 不符", result=result.case_number,
                                        case=acceptance.case_number))
    if result.applicant_name.strip() != acceptance.applicant_name.strip():
        problems.append(ValidationError("结果上的申请人「{result}」与受理记录「{case}」不符",
                                        result=result.applicant_name, case=acceptance.applicant_name))
    if result.id_number and not _same_id(result.id_number, acceptance.id_number):
        problems.append(ValidationError("结果上的证件号码 {result} 与受理记录 {case} 不符",
                                        result=mask_id_number(result.id_number),
                                        case=mask_id_number(acceptance.id_number)))
    if result.item_codes and set(result.item_codes) != set(acceptance.item_codes):
        problems.append(ValidationError("结果的办理事项（{result}）与受理记录（{case}）不符",
                                        result="、".join(result.item_codes), case="、".join(acceptance.item_codes)))
    return problems


def can_check_person(acceptance: Record) -> bool:
    """Whether this copy of the record holds the full IDs a presented ID is compared with."""
    return not is_masked(acceptance.id_number) and not is_masked(acceptance.agent_id_number)


def check_person(acceptance: Record, presented: Presented, *, today: object = None) -> list[ValidationError]:
    """Every way the person at the counter is not the applicant (or the agent named at acceptance).

    A person applicant, or anybody's agent, must show the ID on record; for an organisation without
    an agent, the card read must name its legal representative.
    """
    try:
        typed = validate_id_card(presented.id_number, today=today)  # type: ignore[arg-type]
    except ValidationError as exc:
        return [exc]
    holders = [(acceptance.agent_name, acceptance.agent_id_number)] if acceptance.agent_id_number else []
    if acceptance.applicant_type == ApplicantKind.PERSON:
        holders.insert(0, (acceptance.applicant_name, acceptance.id_number))
    match = next(((name, number) for name, number in holders if _same_id(number, typed)), None)
    problems: list[ValidationError] = []
    if match is None and holders:
        problems.append(ValidationError("出示的证件号码 {typed} 与受理记录中的申请人或代办人（{recorded}）不符",
                                        typed=mask_id_number(typed),
                                        recorded="、".join(mask_id_number(n) for _name, n in holders)))
    elif match is None and presented.name is None:
        problems.append(ValidationError("单位办件且无代办人：请用身份证阅读器读取法定代表人身份证"))
    expected_name = match[0] if match is not None else acceptance.legal_rep
    if presented.name and expected_name and presented.name.strip() != expected_name.strip():
        problems.append(ValidationError("证件上的姓名「{name}」与受理记录「{recorded}」不符", name=presented.name,
                                        recorded=expected_name))
    return problems


@dataclass(frozen=True)
class Mailing:
    """邮寄送达: where the result goes and by whom it travels (phone full here, masked everywhere shown)."""

    recipient: str
    phone: str
    address: str
    carrier: str
    tracking_number: str

    def masked(self) -> dict[str, str]:
        """The delivery as the feed, the screens and the logs carry it."""
        return {"recipient": self.recipient, "phone": mask_phone(self.phone), "address": self.address,
                "carrier": self.carrier, "tracking_number": self.tracking_number}


def check_mailing(recipient: str, phone: str, address: str, carrier: str, tracking_number: str) -> Mailing:
    """Normalise the mail details or raise the first problem in Chinese."""
    recipient, address = recipient.strip(), re.sub(r"\s+", " ", address.strip())
    if not 2 <= len(recipient) <= 50:
        raise ValidationError("请填写收件人姓名（2–50 个字）")
    checked_phone = validate_phone(phone)
    if not 8 <= len(address) <= 200:
        raise ValidationError("请填写完整的收件地址（省市区、街道、门牌号，8–200 个字）")
    if carrier not in CARRIER_LABELS:
        raise ValidationError("不支持的寄递公司：{carrier}", carrier=carrier)
    tracking = re.sub(r"\s+", "", tracking_number).upper()
    if not _TRACKING[carrier].match(tracking):
        raise ValidationError("{carrier}运单号 {number} 格式不正确", carrier=CARRIER_LABELS[carrier], number=tracking)
    return Mailing(recipient, checked_phone, address, carrier, tracking)


def pickup_query(text: str) -> tuple[str, str]:
    """What the guide desk typed to find results: ``("case_number" | "id_number" | "phone", value)``."""
    value = re.sub(r"\s+", "", text).upper()
    if not value:
        raise ValidationError("请输入办件编号、身份证号码或手机号码")
    if "-" in value and not value.startswith("0"):
        parse_case_number(value)
        return "case_number", value
    if len(value) == 18:
        return "id_number", validate_id_card(value)
    try:
        return "phone", validate_phone(value)
    except ValidationError:
        raise ValidationError("输入的内容不是办件编号、身份证号码或手机号码") from None
