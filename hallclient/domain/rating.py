"""One rating as the applicant gave it, checked the same way at the device, the counter and the centre.

A rating is a GB/T 39046 level (1 best … 5 worst). A 差评 (4/5) must say why — at least one reason
from :data:`~hallclient.domain.evaluation.BAD_REASON_LABELS`, with text when the reason is 其他 — and
score the four hall dimensions, because the follow-up starts from exactly that (DOMAIN.md §7). A good
rating may carry dimension scores; it carries no reasons. Every device speaks the same wire shape
(:func:`answer_wire` / :func:`check_answer`), so a serial pad, a tablet and the built-in screen cannot
disagree about what a valid answer is.

The service the rating belongs to is named by ``service_ref`` (``"ticket:<id>"``, ``"case:<id>"``,
``"handout:<id>"``, ``"consultation:<id>"``): one evaluation per service (一次一评).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from hallclient.domain.evaluation import BAD_REASON_LABELS, DIMENSION_LABELS, BadReason, Dimension, Level, is_bad
from hallclient.errors import ValidationError

#: The longest free text a device may send with a 差评 (a pad's keyboard, not a letter).
MAX_TEXT = 500


class ServiceKind(StrEnum):
    """What kind of service ended: names the first half of ``service_ref``."""

    TICKET = "ticket"  # a ticket finished at the window (咨询号 or a 受理号 without a case decision)
    CONSULTATION = "consultation"
    CASE = "case"  # the case was accepted or refused
    HANDOUT = "handout"  # the result was handed out


class Closure(StrEnum):
    """How a prompt ended: rated by the applicant, or 未评价 and why."""

    RATED = "rated"
    TIMEOUT = "timeout"
    SUPERSEDED = "superseded"  # the clerk ended the next service before this one was rated
    INTERRUPTED = "interrupted"  # the counter stopped while the prompt was open


#: Statuses of an evaluation row.
PROMPTED, RATED, UNRATED = "prompted", "rated", "unrated"


@dataclass(frozen=True)
class ServiceEnd:
    """A service that has just ended at a window: what the device shows and the evaluation records."""

    kind: ServiceKind
    ref: str
    window_id: str
    window_label: str
    clerk: str
    clerk_name: str
    case_number: str | None = None
    item_code: str | None = None
    item_name: str = ""

    @property
    def service_ref(self) -> str:
        return f"{self.kind.value}:{self.ref}"


@dataclass(frozen=True)
class Answer:
    """A checked rating: ``reasons`` are :class:`BadReason` values, ``dimensions`` dimension → level."""

    level: Level
    reasons: tuple[str, ...] = ()
    text: str = ""
    dimensions: Mapping[str, int] = field(default_factory=dict)

    @property
    def bad(self) -> bool:
        return is_bad(self.level)


def _level(value: Any, what: str) -> Level:
    try:
        if isinstance(value, bool):
            raise ValueError
        return Level(int(value))
    except (TypeError, ValueError):
        raise ValidationError("{what}的评价等级 {value!r} 无效，应为 1–5", what=what, value=value) from None


def check_answer(level: Any, reasons: Any = (), text: Any = "", dimensions: Any = None) -> Answer:
    """Check a rating as any device sent it; raise :class:`ValidationError` with the Chinese reason."""
    checked = _level(level, "本次服务")
    if not isinstance(reasons, list | tuple) or not all(isinstance(r, str) for r in reasons):
        raise ValidationError("差评原因格式错误")
    known = {r.value for r in BadReason}
    unknown = [r for r in reasons if r not in known]
    if unknown:
        raise ValidationError("差评原因 {reason} 不在原因列表中", reason=unknown[0])
    note = (text or "").strip() if isinstance(text, str | type(None)) else None
    if note is None:
        raise ValidationError("评价说明格式错误")
    if len(note) > MAX_TEXT:
        raise ValidationError("评价说明最多 {max} 字，当前 {n} 字", max=MAX_TEXT, n=len(note))
    if dimensions is None:
        dimensions = {}
    if not isinstance(dimensions, Mapping):
        raise ValidationError("分项评价格式错误")
    dims = {}
    for key, value in dimensions.items():
        if key not in {d.value for d in Dimension}:
            raise ValidationError("分项评价 {name} 不存在", name=key)
        dims[key] = int(_level(value, DIMENSION_LABELS[Dimension(key)]))
    if is_bad(checked):
        if not reasons:
            raise ValidationError("差评请至少选择一项原因")
        if BadReason.OTHER.value in reasons and not note:
            raise ValidationError("选择“{other}”时请填写具体说明", other=BAD_REASON_LABELS[BadReason.OTHER])
        missing = [d for d in Dimension if d.value not in dims]
        if missing:
            raise ValidationError("差评请为“{name}”评分", name=DIMENSION_LABELS[missing[0]])
    elif reasons:
        raise ValidationError("只有“不满意”和“非常不满意”需要选择原因")
    return Answer(checked, tuple(dict.fromkeys(reasons)), note, dims)


def answer_wire(answer: Answer) -> dict[str, Any]:
    """The JSON shape every device and the outbox use."""
    return {"level": int(answer.level), "reasons": list(answer.reasons), "text": answer.text,
            "dimensions": dict(answer.dimensions)}


def answer_from_wire(data: Any) -> Answer:
    """Check an answer in wire shape (a device's line, a tablet's POST)."""
    if not isinstance(data, Mapping):
        raise ValidationError("评价数据格式错误")
    return check_answer(data.get("level"), data.get("reasons") or [], data.get("text") or "",
                        data.get("dimensions") or {})
