"""Validators for the identifiers a clerk types (DOMAIN.md §8).

Each validator raises :class:`ValidationError` naming *why* a number is wrong (length, characters,
birth date, check digit), because "号码错误" alone sends the applicant back to the queue.
"""

from __future__ import annotations

import datetime as dt
import re

from hallclient.errors import ValidationError

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_PROJECT_CODE = re.compile(r"^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$")


def id_card_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def validate_id_card(number: str, *, today: dt.date | None = None) -> str:
    """Return the normalised 18-character 居民身份证号码 or raise with the reason."""
    value = number.strip().upper()
    if len(value) != 18:
        raise ValidationError("身份证号码应为 18 位，当前为 {n} 位", n=len(value))
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        raise ValidationError("身份证号码前 17 位应为数字，末位为数字或 X")
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError("身份证号码中的出生日期 {d} 不是有效日期", d=value[6:14]) from None
    if birth < dt.date(1900, 1, 1) or birth > (today or dt.date.today()):
        raise ValidationError("身份证号码中的出生日期 {d} 不在合理范围内", d=value[6:14])
    expected = id_card_check_digit(value[:17])
    if value[17] != expected:
        raise ValidationError("身份证号码校验位错误：末位应为 {expected}", expected=expected)
    return value


def uscc_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters."""
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(code: str) -> str:
    """Return the normalised 统一社会信用代码 or raise with the reason."""
    value = code.strip().upper()
    if len(value) != 18:
        raise ValidationError("统一社会信用代码应为 18 位，当前为 {n} 位", n=len(value))
    bad = sorted({c for c in value if c not in _USCC_ALPHABET})
    if bad:
        raise ValidationError("统一社会信用代码含有不允许的字符：{chars}（不使用 I、O、Z、S、V）", chars="".join(bad))
    if not value[2:8].isdigit():
        raise ValidationError("统一社会信用代码第 3–8 位应为登记管理机关行政区划码（数字）")
    expected = uscc_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError("统一社会信用代码校验位错误：末位应为 {expected}", expected=expected)
    return value


def validate_project_code(code: str) -> str:
    """Return a 投资项目代码 (GB/T 40058-2021, 24 characters) or raise with the reason."""
    value = code.strip()
    if len(value) != 24:
        raise ValidationError("投资项目代码应为 24 位（含连字符），当前为 {n} 位", n=len(value))
    if not _PROJECT_CODE.match(value):
        raise ValidationError("投资项目代码格式应为 YYYY-XXXXXX-XX-XX-XXXXXX")
    return value


_PHONE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def validate_phone(phone: str) -> str:
    """Return a mainland mobile or landline number without spaces, or raise."""
    value = re.sub(r"[\s]", "", phone)
    if _PHONE.match(value) or _LANDLINE.match(value):
        return value
    raise ValidationError("电话号码格式不正确：手机号应为 11 位（以 1 开头），座机应含区号")
