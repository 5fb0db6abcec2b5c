"""The two core reads the window added: the decision's preview (what ``decide`` would record, written
nowhere) and the upload state of a material's PDF."""

from __future__ import annotations

from typing import Any

import pytest

from hallclient.domain.cases import Decision
from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.hall import Hall
from sync.pull import pull_all
from tests.acceptance_ui.helpers import COMPANY_SETUP, PERSON
from tests.scanning.conftest import blank_pdf

FOOD = "330602-XK-0206"


@pytest.fixture
def desk(hall: Hall, client: Any) -> Hall:
    pull_all(hall, client)
    hall.settings.update(window_id="W05")
    return hall


def _open(hall: Hall, *items: str) -> str:
    who = Applicant(ApplicantKind.PERSON, *PERSON[:2], phone=PERSON[2])
    return hall.cases.open_case(applicant=who, items=items, clerk="demo").value


def test_the_preview_is_what_decide_records_and_writes_nothing(desk: Hall) -> None:
    case_id = _open(desk, FOOD)
    for row in desk.cases.get(case_id).checklist:
        if row.required and row.state == "pending" and row.key != "food_safety_rules":
            desk.cases.set_material(case_id, row.id, "received", form="original", actor="demo")
    pending = desk.outbox.summary()
    preview = desk.cases.preview_decision(case_id)
    signed = desk.cases.preview_decision(case_id, commitment_signed=True)
    assert (preview.decision, signed.decision) == (Decision.ACCEPT_DEFERRED, Decision.ACCEPT_COMMITMENT)
    assert desk.outbox.summary() == pending and desk.cases.get(case_id).status_label == "已接件"
    assert desk.cases.decide(case_id, None, None, False, actor="demo").value == preview


def test_a_material_pdf_shows_its_upload(desk: Hall, client: Any) -> None:
    case_id = _open(desk, COMPANY_SETUP)
    row = next(r for r in desk.cases.get(case_id).checklist if r.key == "company_articles")
    assert desk.scans.uploads([row.id]) == {}
    desk.scans.add_file(row.id, blank_pdf(2), filename="articles.pdf", actor="demo")
    sha = desk.scans.finish(row.id, actor="demo").value
    [(material_id, upload)] = desk.scans.uploads([row.id]).items()
    assert (material_id, upload.sha256, upload.state, upload.sent) == (row.id, sha, "pending", 0)
    desk.files.upload_done(sha)
    assert desk.scans.uploads([row.id])[row.id].state == "done"
