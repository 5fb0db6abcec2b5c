"""``hall.scans`` on a real cache and file store: pages added, edited and persisted; the material's PDF
stored, queued for upload and attached to the case; bad files refused with nothing changed."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from sqlalchemy import func, select

from hallclient.cache.models import AuditEvent, ScanPage, StoredFile, Upload
from hallclient.domain.cases import MaterialState
from hallclient.errors import NotFoundError, ValidationError
from hallclient.hall import Hall
from hallclient.paths import DataDir
from hallclient.scanning.hotfolder import PROCESSED, REJECTED, HotFolder
from hallclient.scanning.model import IMAGE, PDF, ScanError
from hallclient.services.case_views import ChecklistRow
from hallclient.services.replica import FeedEntry
from hallclient.services.scans import CAMERA, HOT_FOLDER, MAX_PAGES
from tests.scanning.conftest import blank_pdf, image_bytes


def _count(hall: Hall, model: type) -> int:
    return hall.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def _checklist_row(hall: Hall, case_id: str, material_id: str) -> ChecklistRow:
    return next(m for m in hall.cases.get(case_id).checklist if m.id == material_id)


def test_pages_of_a_pdf_and_an_image_are_added_in_order(desk: Hall, material: tuple[str, str], three_page_pdf: bytes,
                                                        page: Image.Image) -> None:
    _case, material_id = material
    added = desk.scans.add_file(material_id, three_page_pdf, filename="章程.pdf", actor="demo").value
    desk.scans.add_file(material_id, image_bytes(page, "JPEG"), filename="签字页.jpg", actor="demo")
    pages = desk.scans.pages(material_id)
    assert [(p.number, p.kind, p.frame, p.filename) for p in pages] == [
        (1, PDF, 0, "章程.pdf"), (2, PDF, 1, "章程.pdf"), (3, PDF, 2, "章程.pdf"), (4, IMAGE, 0, "签字页.jpg")]
    assert [p.id for p in added] == [p.id for p in pages[:3]]
    stored = desk.files.path(pages[0].source_sha256)
    assert stored.read_bytes() == three_page_pdf
    assert pages[0].source_sha256 == hashlib.sha256(three_page_pdf).hexdigest()
    assert _count(desk, Upload) == 0  # sources stay local: only the material's PDF travels


def test_rotate_move_and_delete_are_committed_to_disk(desk: Hall, material: tuple[str, str],
                                                          three_page_pdf: bytes, data_dir: DataDir) -> None:
    _case, material_id = material
    first, second, third = desk.scans.add_file(material_id, three_page_pdf, filename="a.pdf", actor="demo").value
    desk.scans.rotate(second.id, actor="demo")
    desk.scans.rotate(second.id, 180, actor="demo")
    desk.scans.rotate(first.id, -90, actor="demo")
    desk.scans.move(third.id, 1, actor="demo")
    desk.scans.delete(first.id, actor="demo")
    reopened = Hall.open(data_dir)  # a second process's view: only what was committed to disk
    try:
        pages = reopened.scans.pages(material_id)
        assert [(p.id, p.number, p.rotation) for p in pages] == [(third.id, 1, 0), (second.id, 2, 270)]
        actions = reopened.run(lambda s: list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("scan.%")).order_by(AuditEvent.id))))
        assert actions == ["scan.add", "scan.rotate", "scan.rotate", "scan.rotate", "scan.move", "scan.delete"]
    finally:
        reopened.close()


def test_move_beyond_the_end_puts_the_page_last(desk: Hall, material: tuple[str, str], three_page_pdf: bytes) -> None:
    _case, material_id = material
    first, second, third = desk.scans.add_file(material_id, three_page_pdf, actor="demo").value
    desk.scans.move(first.id, 99, actor="demo")
    assert [p.id for p in desk.scans.pages(material_id)] == [second.id, third.id, first.id]
    with pytest.raises(ValidationError, match="只能按 90 度旋转"):
        desk.scans.rotate(first.id, 45, actor="demo")


def test_finish_stores_the_pdf_queues_its_upload_and_marks_the_material_scanned(
        desk: Hall, material: tuple[str, str], three_page_pdf: bytes, sealed_page: Image.Image) -> None:
    case_id, material_id = material
    pdf_pages = desk.scans.add_file(material_id, three_page_pdf, filename="a.pdf", actor="demo").value
    [photo] = desk.scans.add_file(material_id, image_bytes(sealed_page, "PNG"), filename="seal.png",
                                  actor="demo").value
    assert photo.colour  # the red seal keeps the page in colour
    desk.scans.rotate(pdf_pages[0].id, actor="demo")
    desk.scans.delete(pdf_pages[2].id, actor="demo")

    sha = desk.scans.finish(material_id, actor="demo").value

    pdf_bytes = desk.files.path(sha).read_bytes()
    assert hashlib.sha256(pdf_bytes).hexdigest() == sha
    document = pikepdf.open(io.BytesIO(pdf_bytes))
    assert len(document.pages) == 3
    assert int(document.pages[0].obj.get("/Rotate", 0)) == 90
    assert document.pages[2].Resources.XObject.Im0.ColorSpace == pikepdf.Name.DeviceRGB
    upload = desk.run(lambda s: s.get(Upload, sha))
    assert (upload.case_id, upload.material_id, upload.state) == (case_id, material_id, "pending")
    assert upload.filename.endswith("公司章程.pdf")
    assert desk.run(lambda s: s.get(StoredFile, sha).mime) == "application/pdf"
    row = _checklist_row(desk, case_id, material_id)
    assert (row.state, row.pages, row.file_sha256) == (MaterialState.SCANNED, 3, sha)


def test_page_and_material_previews_match_the_final_pdf(desk: Hall, material: tuple[str, str],
                                                        three_page_pdf: bytes) -> None:
    _case, material_id = material
    pages = desk.scans.add_file(material_id, three_page_pdf, actor="demo").value
    desk.scans.rotate(pages[1].id, 90, actor="demo")
    preview = pikepdf.open(io.BytesIO(desk.scans.page_pdf(pages[1].id)))
    assert len(preview.pages) == 1 and int(preview.pages[0].obj.Rotate) == 180  # the page had /Rotate 90 already
    assert len(pikepdf.open(io.BytesIO(desk.scans.material_pdf(material_id))).pages) == 3


def test_finish_without_pages_is_refused(desk: Hall, material: tuple[str, str]) -> None:
    with pytest.raises(ValidationError, match="还没有扫描页"):
        desk.scans.finish(material[1], actor="demo")


@pytest.mark.parametrize("bad", ["empty", "text", "truncated", "encrypted", "long"])
def test_bad_files_change_nothing_and_the_case_stays_editable(desk: Hall, material: tuple[str, str], page: Image.Image,
                                                              encrypted_pdf: bytes, bad: str) -> None:
    case_id, material_id = material
    jpeg = image_bytes(page, "JPEG")
    data = {"empty": b"", "text": b"hello", "truncated": jpeg[: len(jpeg) // 3], "encrypted": encrypted_pdf,
            "long": blank_pdf(500)}[bad]
    files_before = sorted(p.name for p in desk.data_dir.files.rglob("*") if p.is_file())
    with pytest.raises(ScanError):
        desk.scans.add_file(material_id, data, filename=f"{bad}.pdf", actor="demo")
    assert desk.scans.pages(material_id) == []
    assert _count(desk, StoredFile) == 0 and _count(desk, ScanPage) == 0
    assert sorted(p.name for p in desk.data_dir.files.rglob("*") if p.is_file()) == files_before
    desk.cases.set_material(case_id, material_id, "received", form="original", pages=3, actor="demo")
    assert _checklist_row(desk, case_id, material_id).state == MaterialState.RECEIVED


def test_the_hall_can_lower_the_page_limit(desk: Hall, material: tuple[str, str], three_page_pdf: bytes) -> None:
    desk.replica.apply_page([FeedEntry(500, "hall_setting", MAX_PAGES, {"value": 2})], 500)
    with pytest.raises(ScanError, match="超过每次最多 2 页的上限"):
        desk.scans.add_file(material[1], three_page_pdf, actor="demo")


def test_a_camera_picture_becomes_one_page(desk: Hall, material: tuple[str, str], page: Image.Image) -> None:
    [added] = desk.scans.add_image(material[1], page.convert("RGBA"), actor="demo").value
    assert (added.kind, added.source, added.number) == (IMAGE, CAMERA, 1)
    assert added.filename.startswith("camera-") and added.filename.endswith(".jpg")


def test_unknown_material_is_reported_before_anything_is_stored(desk: Hall, three_page_pdf: bytes) -> None:
    with pytest.raises(NotFoundError, match="材料 nope 不存在"):
        desk.scans.add_file("nope", three_page_pdf, actor="demo")
    assert not [p for p in desk.data_dir.files.rglob("*") if p.is_file()]


def test_hot_folder_files_are_imported_or_rejected_never_lost(desk: Hall, material: tuple[str, str], tmp_path: Path,
                                                             three_page_pdf: bytes) -> None:
    _case, material_id = material
    now = [0.0]
    folder = HotFolder(tmp_path / "hot", settle_seconds=1, clock=lambda: now[0])
    folder.folder.mkdir()
    (folder.folder / "scan001.pdf").write_bytes(three_page_pdf)
    (folder.folder / "scan002.jpg").write_bytes(b"")  # the scanner software crashed
    folder.poll()
    now[0] = 5
    for path in folder.poll():
        try:
            desk.scans.add_file(material_id, path, source_kind=HOT_FOLDER, actor="demo")
        except ScanError:
            folder.taken(path, imported=False)
        else:
            folder.taken(path, imported=True)
    assert [p.source for p in desk.scans.pages(material_id)] == [HOT_FOLDER] * 3
    assert (folder.folder / PROCESSED / "scan001.pdf").read_bytes() == three_page_pdf
    assert (folder.folder / REJECTED / "scan002.jpg").exists()
