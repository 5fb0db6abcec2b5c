"""The merged material list of a case or a one-time notice (DOMAIN.md §4, 一件事 000 §4.1.2).

Several items of one case often ask for the same material (营业执照, 授权委托书): the applicant hands
it in once. Duplicates are recognised by the material's ``key`` and merged so that the merged entry
asks for the most any item asks for: required beats optional, key (non-deferrable) beats 容缺,
original beats copy (原件及复印件 beats both), the most copies, and self-provided beats shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from hallclient.domain.cases import MaterialState
from hallclient.domain.catalog import MaterialForm, MaterialSource
from hallclient.errors import ValidationError

_FORM_RANK = {MaterialForm.COPY: 0, MaterialForm.ORIGINAL: 1, MaterialForm.BOTH: 2}
_SOURCE_RANK = {MaterialSource.INTERNAL_SHARE: 0, MaterialSource.EXTERNAL_SHARE: 1, MaterialSource.SELF: 2}
SHARED_SOURCES = frozenset({MaterialSource.INTERNAL_SHARE, MaterialSource.EXTERNAL_SHARE})


class MaterialSpec(Protocol):
    """What the merge reads of a catalog material (``services.catalog.MaterialInfo`` has it)."""

    key: str
    name: str
    required: bool
    deferrable: bool
    form: str
    copies: int
    source: str
    elicence: str | None
    sample: str | None
    note: str | None


@dataclass(frozen=True)
class MergedMaterial:
    """One entry of the merged list and the items (codes) that ask for it."""

    key: str
    name: str
    required: bool
    deferrable: bool
    form: str
    copies: int
    source: str
    elicence: str | None
    sample: str | None
    note: str | None
    item_codes: tuple[str, ...]

    @property
    def initial_state(self) -> MaterialState:
        """Shared materials are fetched by the departments, so the applicant owes nothing (不需提交)."""
        return MaterialState.NOT_NEEDED if self.source in SHARED_SOURCES else MaterialState.PENDING


def _merge(key: str, entries: Sequence[tuple[str, MaterialSpec]]) -> MergedMaterial:
    specs = [spec for _code, spec in entries]
    required = any(s.required for s in specs)
    # deferral is decided by the items that require the material; an optional mention says nothing
    deciding = [s for s in specs if s.required] or specs
    return MergedMaterial(
        key=key,
        name=specs[0].name,
        required=required,
        deferrable=all(s.deferrable for s in deciding),
        form=max((s.form for s in specs), key=lambda f: _FORM_RANK.get(MaterialForm(f), 0)),
        copies=max(s.copies for s in specs),
        source=max((s.source for s in specs), key=lambda f: _SOURCE_RANK.get(MaterialSource(f), 2)),
        elicence=next((s.elicence for s in specs if s.elicence), None),
        sample=next((s.sample for s in specs if s.sample), None),
        note=next((s.note for s in specs if s.note), None),
        item_codes=tuple(dict.fromkeys(code for code, _spec in entries)),
    )


def merge_materials(items: Iterable[tuple[str, Sequence[MaterialSpec]]]) -> list[MergedMaterial]:
    """Merge the material lists of ``(item code, materials)`` pairs, in first-seen order."""
    groups: dict[str, list[tuple[str, MaterialSpec]]] = {}
    for code, materials in items:
        for spec in materials:
            groups.setdefault(spec.key, []).append((code, spec))
    return [_merge(key, entries) for key, entries in groups.items()]


#: The materials an agent (代办人) must bring: required whenever an agent acts (DOMAIN.md §5).
AGENT_MATERIALS = {"authorisation_letter": "授权委托书", "agent_id": "经办人（代理人）身份证明"}


def with_agent(materials: list[MergedMaterial]) -> list[MergedMaterial]:
    """The list when an agent acts: the authorisation and the agent's ID become required key materials."""
    by_key = {m.key: m for m in materials}
    out = [replace(m, required=True, deferrable=False) if m.key in AGENT_MATERIALS else m for m in materials]
    codes = tuple(dict.fromkeys(code for m in materials for code in m.item_codes))
    out += [MergedMaterial(key, name, True, False, MaterialForm.ORIGINAL, 1, MaterialSource.SELF,
                           "居民身份证" if key == "agent_id" else None, None, None, codes)
            for key, name in AGENT_MATERIALS.items() if key not in by_key]
    return out


NOTE_MAX = 500


def check_material(state: MaterialState, form: str | None, pages: int | None, note: str | None,
                   elicence_number: str | None) -> None:
    """What a checked material must say: the form received, a note on a defect, the licence number."""
    if form is not None and form not in set(MaterialForm):
        raise ValidationError("材料形式 {form} 不正确（原件、复印件或原件及复印件）", form=form)
    if state == MaterialState.RECEIVED and form is None:
        raise ValidationError("请选择收取的是原件还是复印件")
    if pages is not None and not 0 <= pages <= 10000:
        raise ValidationError("页数 {pages} 不正确", pages=pages)
    if state == MaterialState.DEFECTIVE and not (note or "").strip():
        raise ValidationError("材料有误时请注明问题，以便一次性告知申请人")
    if note is not None and len(note) > NOTE_MAX:
        raise ValidationError("备注不能超过 {n} 字", n=NOTE_MAX)
    if state == MaterialState.ELICENCE and not (elicence_number or "").strip():
        raise ValidationError("请填写电子证照编号")
