"""The merged checklist (pure) and the clerk's checks on it (service)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hallclient.domain.cases import MaterialState
from hallclient.domain.checklist import merge_materials
from hallclient.errors import ConflictError, ValidationError
from hallclient.hall import Hall
from tests.cases.conftest import check_all, open_case


@dataclass(frozen=True)
class Spec:
    key: str
    required: bool = True
    deferrable: bool = False
    form: str = "copy"
    copies: int = 1
    source: str = "self"
    elicence: str | None = None
    name: str = "材料"
    sample: str | None = None
    note: str | None = None


@pytest.mark.parametrize(("a", "b", "field", "merged"), [
    (Spec("x", required=False), Spec("x", required=True), "required", True),
    (Spec("x", deferrable=True), Spec("x", deferrable=False), "deferrable", False),
    (Spec("x", deferrable=True), Spec("x", required=False, deferrable=False), "deferrable", True),
    (Spec("x", form="copy"), Spec("x", form="original"), "form", "original"),
    (Spec("x", form="both"), Spec("x", form="original"), "form", "both"),
    (Spec("x", copies=1), Spec("x", copies=3), "copies", 3),
    (Spec("x", source="internal_share"), Spec("x", source="self"), "source", "self"),
    (Spec("x", source="internal_share"), Spec("x", source="external_share"), "source", "external_share"),
    (Spec("x"), Spec("x", elicence="营业执照"), "elicence", "营业执照"),
])
def test_the_most_demanding_requirement_wins(a: Spec, b: Spec, field: str, merged: object) -> None:
    for first, second in ((a, b), (b, a)):
        [entry] = merge_materials([("A", [first]), ("B", [second])])
        assert getattr(entry, field) == merged
        assert entry.item_codes == ("A", "B")


def test_shared_materials_start_as_not_needed() -> None:
    shared, own = merge_materials([("A", [Spec("s", source="external_share"), Spec("o")])])
    assert (shared.initial_state, own.initial_state) == (MaterialState.NOT_NEEDED, MaterialState.PENDING)


def _row(hall: Hall, case_id: str, key: str):  # type: ignore[no-untyped-def]
    return next(r for r in hall.cases.get(case_id).checklist if r.key == key)


def test_checklist_states_and_what_is_still_needed(desk: Hall) -> None:
    case_id = open_case(desk)
    assert _row(desk, case_id, "business_licence").state == MaterialState.NOT_NEEDED
    needed = desk.cases.needed(case_id)
    assert needed.pending == ("食品经营许可申请书", "申请人身份证明", "经营场所和设备布局、操作流程等文件",
                              "食品安全管理制度目录及食品安全管理人员信息")
    form = _row(desk, case_id, "food_application")
    with pytest.raises(ValidationError, match="请选择收取的是原件还是复印件"):
        desk.cases.set_material(case_id, form.id, "received", actor="demo")
    desk.cases.set_material(case_id, form.id, "received", form="original", pages=3, actor="demo")
    layout = _row(desk, case_id, "food_layout")
    with pytest.raises(ValidationError, match="请注明问题"):
        desk.cases.set_material(case_id, layout.id, "defective", actor="demo")
    desk.cases.set_material(case_id, layout.id, "defective", note="未标明功能分区", actor="demo")
    desk.cases.set_material(case_id, _row(desk, case_id, "food_safety_rules").id, "missing", actor="demo")
    with pytest.raises(ValidationError, match="请填写电子证照编号"):
        desk.cases.set_material(case_id, _row(desk, case_id, "applicant_id").id, "elicence", actor="demo")
    row = _row(desk, case_id, "food_application")
    assert (row.state, row.form, row.pages) == (MaterialState.RECEIVED, "original", 3)
    assert desk.cases.needed(case_id).missing == ("食品安全管理制度目录及食品安全管理人员信息",)
    assert desk.cases.needed(case_id).defective == ("经营场所和设备布局、操作流程等文件",)
    assert desk.cases.needed(case_id).pending == ("申请人身份证明",)
    assert [op.type for op in desk.outbox.pending_for(f"case:{case_id}")] == ["case.open"] + ["case.material"] * 3


def test_materials_are_frozen_once_decided(desk: Hall) -> None:
    case_id = open_case(desk)
    check_all(desk, case_id)
    desk.cases.decide(case_id, None, None, False, actor="demo")
    with pytest.raises(ConflictError, match="当前为「已受理」，不能修改材料核验结果"):
        desk.cases.set_material(case_id, _row(desk, case_id, "food_layout").id, "missing", actor="demo")
