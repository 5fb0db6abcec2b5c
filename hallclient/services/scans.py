"""``hall.scans``: the scanned pages of each case material, and the material's one PDF for upload.

A page added here is first checked (:mod:`hallclient.scanning.sources`), then its source file is
kept in the content-addressed file store (``hall.files``), then its row is written: a bad file is
refused before anything changes, and a good one can never be lost by a later edit, because rotate,
move and delete only change rows. :meth:`ScanService.finish` makes the material's PDF, stores it
through ``hall.files.add`` (which queues its background upload) and records it on the case with
``hall.cases.attach_scan``.

Threads: decoding, compressing and hashing take tens of milliseconds a page, so the methods that do
them (``add_file``, ``add_image``, ``page_pdf``, ``material_pdf``, ``finish``) run on the calling
thread (from the UI: ``ops.net``) and use the database worker only for their short reads and writes.
Page edits are local working state: the centre learns the result through the material's PDF.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import Case, CaseMaterial, HallSetting, ScanPage, StoredFile, Upload
from hallclient.changes import Changes, OpResult
from hallclient.errors import NotFoundError, StorageError, ValidationError
from hallclient.hall import Service, mutation, query
from hallclient.logs import mask_personal_data
from hallclient.scanning.model import DEFAULT_MAX_PAGES, PageSpec, ScanError
from hallclient.services.files import put_blob

if TYPE_CHECKING:
    from PIL import Image

    from hallclient.scanning.sources import SourceFile

HOT_FOLDER, IMPORT, SANE, CAMERA = "hot_folder", "import", "sane", "camera"
SOURCES = (HOT_FOLDER, IMPORT, SANE, CAMERA)
#: Hall setting: the most pages one file may bring (why a longer file is refused: ``hallclient.scanning.sources``).
MAX_PAGES = "scans.max_pages"
#: A camera frame is kept as a high-quality JPEG (its sensor output is lossy anyway; PNG would be 5× larger).
CAMERA_JPEG_QUALITY = 92


@dataclass(frozen=True)
class PageInfo:
    """A page as the scanning panel shows it; ``number`` counts from 1 in the material's order."""

    id: str
    material_id: str
    number: int
    kind: str
    source: str
    rotation: int
    colour: bool
    filename: str
    frame: int
    source_sha256: str


@dataclass(frozen=True)
class MaterialUpload:
    """How far a material's finished PDF is on its way to the centre (``hallclient.services.files`` states)."""

    sha256: str
    state: str
    sent: int
    size: int


@dataclass(frozen=True)
class _Material:
    case_id: str
    case_number: str
    name: str
    pages: tuple[PageSpec, ...]


def _info(row: ScanPage, number: int) -> PageInfo:
    return PageInfo(row.id, row.case_material_id, number, row.kind, row.source, row.rotation, row.colour, row.filename,
                    row.frame, row.source_sha256)


def _rows(session: Session, material_id: str) -> list[ScanPage]:
    return list(session.scalars(select(ScanPage).where(ScanPage.case_material_id == material_id)
                                .order_by(ScanPage.position, ScanPage.created_at)))


def _spec(row: ScanPage) -> PageSpec:
    return PageSpec(row.source_sha256, row.kind, row.frame, row.rotation, row.colour)


class ScanService(Service):
    # --- adding pages (heavy work on the calling thread) ------------------------------------------

    def add_file(self, material_id: str, source: Path | bytes, *, filename: str | None = None,
                 source_kind: str = IMPORT, actor: str) -> OpResult[list[PageInfo]]:
        """Add every page of a PDF or image file (bytes, or a path: hot folder, import, SANE) to a material.

        Raises :class:`~hallclient.scanning.sources.ScanError` (Chinese) for an empty, damaged,
        protected, unsupported or too long file, before anything is stored.
        """
        if source_kind not in SOURCES:
            raise ValueError(f"unknown page source {source_kind!r}")
        from hallclient.scanning.sources import inspect  # Pillow and pikepdf load on first use

        name = filename or (source.name if isinstance(source, Path) else "scan")
        data = _read(source, name)
        checked = inspect(data, name, max_pages=self._page_limit(material_id))
        sha, size = put_blob(self.hall.data_dir.files, data, name)
        return self._add_pages(material_id, sha, size, checked, name, source_kind, actor)

    def add_image(self, material_id: str, image: Image.Image, *, actor: str, source_kind: str = CAMERA,
                  filename: str | None = None) -> OpResult[list[PageInfo]]:
        """Add one captured picture (the UI converts the camera's QImage to a PIL image)."""
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG", quality=CAMERA_JPEG_QUALITY)
        stamp = clock.to_hall(clock.now()).strftime("%Y%m%d-%H%M%S")
        return self.add_file(material_id, buffer.getvalue(), filename=filename or f"camera-{stamp}.jpg",
                             source_kind=source_kind, actor=actor)

    @query
    def _page_limit(self, session: Session, material_id: str) -> int:
        """The hall's page limit, once the material is known to exist (so nothing is stored for nothing)."""
        self._material(session, material_id)
        row = session.get(HallSetting, MAX_PAGES)
        return int(row.value) if row is not None and row.value else DEFAULT_MAX_PAGES

    @mutation
    def _add_pages(self, session: Session, material_id: str, sha: str, size: int, checked: SourceFile, name: str,
                   source_kind: str, actor: str) -> OpResult[list[PageInfo]]:
        material = self._material(session, material_id)
        if session.get(StoredFile, sha) is None:
            session.add(StoredFile(sha256=sha, size=size, mime=checked.mime, pages=checked.pages,
                                   created_at=clock.now()))
        start = session.scalar(select(func.count()).where(ScanPage.case_material_id == material_id)) or 0
        rows = [ScanPage(id=str(uuid.uuid4()), case_material_id=material_id, position=start + frame,
                         source_sha256=sha, frame=frame, kind=checked.kind, source=source_kind, rotation=0,
                         colour=checked.colour[frame], filename=name[:200], created_at=clock.now())
                for frame in range(checked.pages)]
        session.add_all(rows)
        changes = self._audit(session, material, actor, "scan.add", pages=checked.pages, source=source_kind,
                              file=mask_personal_data(name))
        return OpResult([_info(row, start + n + 1) for n, row in enumerate(rows)], changes)

    # --- the page list ---------------------------------------------------------------------------

    @query
    def pages(self, session: Session, material_id: str) -> list[PageInfo]:
        """The material's pages in order."""
        return [_info(row, n) for n, row in enumerate(_rows(session, material_id), 1)]

    @query
    def page_counts(self, session: Session, material_ids: Sequence[str]) -> dict[str, int]:
        """Pages per material, for the checklist at a glance (materials without pages are left out)."""
        rows = session.execute(select(ScanPage.case_material_id, func.count())
                               .where(ScanPage.case_material_id.in_(material_ids))
                               .group_by(ScanPage.case_material_id))
        return {material_id: count for material_id, count in rows}

    @query
    def uploads(self, session: Session, material_ids: Sequence[str]) -> dict[str, MaterialUpload]:
        """The upload of each material's current PDF, for the clerk's "已保存，等待上传 / 已上传" (materials
        without a finished PDF are left out); the sync engine moves it on in the background."""
        rows = session.execute(select(CaseMaterial.id, Upload.sha256, Upload.state, Upload.offset, StoredFile.size)
                               .join(Upload, Upload.sha256 == CaseMaterial.file_sha256)
                               .join(StoredFile, StoredFile.sha256 == Upload.sha256)
                               .where(CaseMaterial.id.in_(material_ids)))
        return {material_id: MaterialUpload(sha, state, sent, size) for material_id, sha, state, sent, size in rows}

    @mutation
    def rotate(self, session: Session, page_id: str, degrees: int = 90, *, actor: str) -> OpResult[None]:
        """Turn a page clockwise by ``degrees`` (a multiple of 90; negative turns anticlockwise)."""
        if degrees % 90:
            raise ValidationError("页面只能按 90 度旋转")
        row = self._page(session, page_id)
        row.rotation = (row.rotation + degrees) % 360
        return OpResult(None, self._audit(session, self._material(session, row.case_material_id), actor,
                                          "scan.rotate", page=page_id, rotation=row.rotation))

    @mutation
    def move(self, session: Session, page_id: str, number: int, *, actor: str) -> OpResult[None]:
        """Put a page at position ``number`` (1 = first; beyond the end = last), the others closing up."""
        row = self._page(session, page_id)
        rows = [r for r in _rows(session, row.case_material_id) if r.id != page_id]
        rows.insert(max(0, min(number - 1, len(rows))), row)
        for position, each in enumerate(rows):
            each.position = position
        return OpResult(None, self._audit(session, self._material(session, row.case_material_id), actor,
                                          "scan.move", page=page_id, number=rows.index(row) + 1))

    @mutation
    def delete(self, session: Session, page_id: str, *, actor: str) -> OpResult[None]:
        """Take a page out of the material (its source file stays in the file store)."""
        row = self._page(session, page_id)
        material = self._material(session, row.case_material_id)
        session.delete(row)
        session.flush()
        for position, each in enumerate(_rows(session, material.id)):
            each.position = position
        return OpResult(None, self._audit(session, material, actor, "scan.delete", page=page_id))

    @mutation
    def set_colour(self, session: Session, page_id: str, colour: bool, *, actor: str) -> OpResult[None]:
        """Keep a page in colour (seal, photo) or make it grey (smaller); PDF-sourced pages keep their own."""
        row = self._page(session, page_id)
        row.colour = colour
        return OpResult(None, self._audit(session, self._material(session, row.case_material_id), actor,
                                          "scan.colour", page=page_id, colour=colour))

    # --- the material's PDF (heavy work on the calling thread) -----------------------------------

    def page_pdf(self, page_id: str) -> bytes:
        """One page exactly as it will be in the material's PDF, for the preview (QtPdf renders it)."""
        return self._compose([self._page_spec(page_id)])

    def material_pdf(self, material_id: str) -> bytes:
        """The material's PDF as it stands, for the preview."""
        return self._compose(self._for_pdf(material_id).pages)

    def finish(self, material_id: str, *, actor: str) -> OpResult[str]:
        """Make the material's one PDF, store it, queue its upload and mark the material scanned.

        Returns the PDF's SHA-256. The upload runs in the background (the sync engine); the clerk
        can decide the case at once. Calling it again after editing pages replaces the PDF.
        """
        material = self._for_pdf(material_id)
        pdf = self._compose(material.pages)
        stored = self.hall.files.add(pdf, filename=f"{material.case_number}-{material.name}.pdf"[:200],
                                     mime="application/pdf", case_id=material.case_id, material_id=material_id)
        attached = self.hall.cases.attach_scan(material.case_id, material_id, stored.value, len(material.pages),
                                               actor=actor)
        return OpResult(stored.value, stored.changes | attached.changes)

    @query
    def _page_spec(self, session: Session, page_id: str) -> PageSpec:
        return _spec(self._page(session, page_id))

    @query
    def _for_pdf(self, session: Session, material_id: str) -> _Material:
        material = self._material(session, material_id)
        rows = _rows(session, material_id)
        if not rows:
            raise ValidationError("材料「{name}」还没有扫描页", name=material.name)
        case = session.get(Case, material.case_id)
        assert case is not None  # the foreign key guarantees it
        return _Material(case.id, case.number, material.name, tuple(_spec(row) for row in rows))

    def _compose(self, pages: Sequence[PageSpec]) -> bytes:
        from hallclient.scanning.compose import compose  # Pillow and pikepdf load on first use

        return compose(pages, self._read_stored)

    def _read_stored(self, sha256: str) -> bytes:
        try:
            return self.hall.files.path(sha256).read_bytes()
        except FileNotFoundError:
            raise StorageError("扫描页的原始文件 {sha} 不在本机文件库中，请重新扫描该页", sha=sha256[:12]) from None

    # --- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _material(session: Session, material_id: str) -> CaseMaterial:
        material = session.get(CaseMaterial, material_id)
        if material is None:
            raise NotFoundError("材料 {id} 不存在（办件可能已被删除）", id=material_id)
        return material

    @staticmethod
    def _page(session: Session, page_id: str) -> ScanPage:
        row = session.get(ScanPage, page_id)
        if row is None:
            raise NotFoundError("扫描页 {id} 不存在", id=page_id)
        return row

    def _audit(self, session: Session, material: CaseMaterial, actor: str, action: str, **detail: object) -> Changes:
        self.hall.record_audit(session, actor, action, f"case:{material.case_id}", material=material.key, **detail)
        return Changes(cases=True, keys=frozenset({f"case:{material.case_id}"}))


def _read(source: Path | bytes, name: str) -> bytes:
    if isinstance(source, bytes):
        return source
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise ScanError("文件 {name} 不存在或已被移走", name=name) from None
    except OSError as exc:
        raise ScanError("无法读取文件 {name}：{reason}", name=name, reason=exc.strerror or str(exc)) from exc
