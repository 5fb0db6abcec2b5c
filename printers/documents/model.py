"""What a case document says, as plain values: the UI fills these from the case and the decision.

No database access and no ORM objects: the documents can be rendered (and tested) from values
alone. Personal values are raw here and masked where they are laid out (DOMAIN.md §9).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hallclient.domain.decision import Problem
from hallclient.domain.workdays import Deadline

#: The standard 告知承诺 wording (国办发〔2020〕42号 告知承诺书 要素), used unless the item has its own.
DEFAULT_COMMITMENT = (
    "本人（单位）已经知晓行政机关告知的全部内容，所填写的信息真实、准确；已经符合行政机关告知的条件、标准、"
    "要求；能够在约定期限内提交行政机关告知的相关材料；愿意承担不实承诺、违反承诺的法律责任；"
    "所作承诺是本人（单位）真实意思的表示。"
)


@dataclass(frozen=True)
class DocumentItem:
    """An item of the case as printed: name and code, and the departments that handle it."""

    code: str
    name: str
    departments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReceivedMaterial:
    """A material the window took in: ``detail`` says how ("原件 1 份，3 页", "电子证照", "共享获取")."""

    name: str
    detail: str = ""


@dataclass(frozen=True)
class CaseDocument:
    """The values every case document draws from; each document prints the parts it needs.

    ``problems`` are what the decision found absent or defective (all of them, for the 补正 notice),
    ``deferred`` the 容缺 materials due by ``supplement_due``, ``committed`` what the 告知承诺 covers
    (``Outcome`` gives all three). ``lookup`` is the QR code's payload: a case lookup string that
    must carry no personal data. ``applicant_name`` is printed as is (the paper is the applicant's
    own); ``id_number`` is always masked. ``applied_on`` is the day the case was opened, when that was
    before ``issued_on`` (a receipt after 补正).
    """

    hall_name: str
    case_number: str
    applicant_name: str
    items: tuple[DocumentItem, ...]
    window: str
    clerk: str
    issued_on: dt.date
    lookup: str
    id_number: str | None = None
    received: tuple[ReceivedMaterial, ...] = ()
    problems: tuple[Problem, ...] = ()
    deferred: tuple[Problem, ...] = ()
    committed: tuple[Problem, ...] = ()
    promised: Deadline | None = None
    supplement_due: Deadline | None = None
    reason: str = ""
    contact: str = ""
    commitment_text: str = DEFAULT_COMMITMENT
    applied_on: dt.date | None = None

    @property
    def application_date(self) -> dt.date:
        """When the applicant applied (``applied_on``), which is the day of the paper unless set."""
        return self.applied_on or self.issued_on
