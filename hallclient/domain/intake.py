"""Who applies and under which number (DOMAIN.md §5, §8): the rules the counter checks while the
applicant waits and the centre checks again when the case arrives, so both share them here.

Case numbers: ``<hall code>-<hall-local date>-<window number>-<sequence>``, e.g.
``330602-20261122-05-0007``. Each window PC is the only issuer of its window's numbers and keeps the
daily sequence in its own cache, so numbers never need the centre and never collide between windows,
even offline. Two PCs set to the same window would issue the same numbers: the centre refuses the
second one's case (see ``central.cases``) rather than merging two applicants into one case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hallclient.domain.ids import validate_id_card, validate_phone, validate_project_code, validate_uscc
from hallclient.errors import ValidationError


class ApplicantKind(StrEnum):
    PERSON = "person"  # 自然人
    ORGANISATION = "organisation"  # 法人或其他组织


APPLICANT_KIND_LABELS = {ApplicantKind.PERSON: "自然人", ApplicantKind.ORGANISATION: "法人或其他组织"}

#: Identity documents of natural persons; only the 居民身份证 has a check digit (GB 11643).
ID_TYPES = {
    "id_card": "居民身份证",
    "passport": "护照",
    "hk_macao_permit": "港澳居民来往内地通行证",
    "taiwan_permit": "台湾居民来往大陆通行证",
}
#: The id type of an organisation: its 统一社会信用代码 (GB 32100).
USCC = "uscc"

NAME_MAX = 100
FORM_MAX_FIELDS = 200
_OTHER_DOCUMENT = re.compile(r"^[A-Z0-9]{5,18}$")
CASE_NUMBER = re.compile(r"^(?P<hall>[0-9A-Z]{4,12})-(?P<day>\d{8})-(?P<window>\d{2,3})-(?P<seq>\d{4})$")


@dataclass(frozen=True)
class Person:
    """A natural person as typed at the counter (the applicant or the agent, 代办人)."""

    name: str
    id_number: str
    id_type: str = "id_card"
    phone: str | None = None


@dataclass(frozen=True)
class Applicant:
    """The applicant: a person (``id_number`` is their ID) or an organisation (``id_number`` is its USCC)."""

    kind: ApplicantKind
    name: str
    id_number: str
    id_type: str = "id_card"
    phone: str | None = None
    legal_rep: str | None = None  # 法定代表人, organisations only


def _name(value: str | None, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("请填写{label}", label=label)
    if len(text) > NAME_MAX:
        raise ValidationError("{label}不能超过 {n} 个字", label=label, n=NAME_MAX)
    return text


def check_document(id_type: str, number: str, *, today: dt.date, label: str) -> str:
    """The normalised number of a person's identity document, or the reason it is wrong."""
    if id_type not in ID_TYPES:
        raise ValidationError("{label}的证件类型 {id_type} 不受支持", label=label, id_type=id_type)
    if id_type == "id_card":
        return validate_id_card(number, today=today)
    value = (number or "").strip().upper()
    if not _OTHER_DOCUMENT.match(value):
        raise ValidationError("{label}的{doc}号码应为 5–18 位字母或数字", label=label, doc=ID_TYPES[id_type])
    return value


def _phone(value: str | None, *, required: bool) -> str | None:
    if value is None or not value.strip():
        if required:
            raise ValidationError("请填写联系电话（用于办理进度和取件通知）")
        return None
    return validate_phone(value)


def check_applicant(applicant: Applicant, *, today: dt.date) -> Applicant:
    """The applicant with every field normalised, or a :class:`ValidationError` saying what is wrong."""
    if applicant.kind == ApplicantKind.ORGANISATION:
        return Applicant(ApplicantKind.ORGANISATION, _name(applicant.name, "单位名称"),
                         validate_uscc(applicant.id_number), USCC, _phone(applicant.phone, required=True),
                         _name(applicant.legal_rep, "法定代表人"))
    if applicant.kind != ApplicantKind.PERSON:
        raise ValidationError("申请人类型 {kind} 不受支持", kind=applicant.kind)
    return Applicant(ApplicantKind.PERSON, _name(applicant.name, "申请人姓名"),
                     check_document(applicant.id_type, applicant.id_number, today=today, label="申请人"),
                     applicant.id_type, _phone(applicant.phone, required=True))


def check_agent(agent: Person, *, today: dt.date) -> Person:
    """The 代办人 normalised; the authorisation itself is a material of the checklist."""
    return Person(_name(agent.name, "代办人姓名"), check_document(agent.id_type, agent.id_number, today=today,
                                                             label="代办人"),
                  agent.id_type, _phone(agent.phone, required=True))


def check_project_code(code: str | None, needed_by: list[str]) -> str | None:
    """The 投资项目代码: required when an item needs it (001 §7.6), checked whenever given."""
    if code is None or not code.strip():
        if needed_by:
            raise ValidationError("事项「{item}」须填写投资项目代码", item=needed_by[0])
        return None
    return validate_project_code(code)


def check_form(form: Mapping[str, Any] | None) -> dict[str, Any]:
    """The one form of the case: a flat mapping of field name to a JSON value."""
    values = dict(form or {})
    if len(values) > FORM_MAX_FIELDS or not all(isinstance(k, str) and 0 < len(k) <= 64 for k in values):
        raise ValidationError("申请表字段不正确（最多 {n} 个字段，字段名不超过 64 个字符）", n=FORM_MAX_FIELDS)
    return values


def format_case_number(hall_code: str, day: dt.date, window_number: int, sequence: int) -> str:
    """``330602-20261122-05-0007``; raises when the window's daily numbers are used up."""
    if sequence > 9999:
        raise ValidationError("窗口 {window} 今日的办件编号已用完", window=window_number)
    return f"{hall_code}-{day:%Y%m%d}-{window_number:02d}-{sequence:04d}"


@dataclass(frozen=True)
class CaseNumber:
    hall_code: str
    day: dt.date
    window_number: int
    sequence: int


def parse_case_number(number: str) -> CaseNumber:
    """The parts of a case number, or a :class:`ValidationError` when it is not one."""
    match = CASE_NUMBER.match(number or "")
    try:
        if match is None:
            raise ValueError(number)
        day = dt.datetime.strptime(match["day"], "%Y%m%d").date()
    except ValueError:
        raise ValidationError("办件编号 {number} 格式不正确", number=number) from None
    return CaseNumber(match["hall"], day, int(match["window"]), int(match["seq"]))
