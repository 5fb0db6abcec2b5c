"""The content-addressed file store (scans, PDFs) and the bookkeeping of their resumable uploads.

A file is stored once, under its SHA-256 (``files/ab/abcdef…``), written to a temporary name,
fsynced and renamed, so a crash leaves either the whole file or none. Registering it queues its
upload in the same transaction (the :class:`~hallclient.cache.models.Upload` row is the outbox of
files); :mod:`sync.upload` carries it to the centre and reports progress back here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import StoredFile, Upload
from hallclient.changes import Changes, OpResult
from hallclient.errors import ConflictError, NotFoundError, StorageError, ValidationError
from hallclient.hall import Service, mutation, query
from hallclient.services import synclog

#: The largest file a counter accepts (a scanned case file is a few MB; 2 GB means a mistake).
MAX_FILE_BYTES = 2 * 1024**3
#: Space that must stay free after storing a file, so the database can still grow.
RESERVE_BYTES = 64 * 1024**2
_COPY_CHUNK = 1024**2

PENDING, UPLOADING, DONE, FAILED = "pending", "uploading", "done", "failed"
ACTIVE = (PENDING, UPLOADING)


@dataclass(frozen=True)
class UploadInfo:
    sha256: str
    filename: str
    size: int
    offset: int
    state: str
    url: str | None
    case_id: str | None
    material_id: str | None
    attempts: int
    last_error: str | None
    updated_at: dt.datetime


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def _size_text(size: int) -> str:
    return f"{size / 1024**3:.1f} GB" if size >= 1024**3 else f"{size / 1024**2:.1f} MB"


def _chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        yield source
        return
    with source.open("rb") as stream:
        while chunk := stream.read(_COPY_CHUNK):
            yield chunk


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def put_blob(root: Path, source: Path | bytes, name: str) -> tuple[str, int]:
    """Copy ``source`` into the store under its SHA-256; returns (sha256, size). Raises in Chinese."""
    try:
        size = len(source) if isinstance(source, bytes) else source.stat().st_size
    except FileNotFoundError:
        raise StorageError("文件 {name} 不存在或已被移走，请重新扫描", name=name) from None
    if size > MAX_FILE_BYTES:
        raise ValidationError("文件 {name} 过大（{size}），单个文件不能超过 {limit}", name=name,
                              size=_size_text(size), limit=_size_text(MAX_FILE_BYTES))
    root.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(root).free
    if free < size + RESERVE_BYTES:
        raise StorageError("磁盘空间不足（剩余 {free}），文件 {name} 未保存", free=_size_text(free), name=name)
    temp = root / f".incoming-{uuid.uuid4().hex}"
    digest = hashlib.sha256()
    try:
        with temp.open("wb") as out:
            for chunk in _chunks(source):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = blob_path(root, sha)
        final.parent.mkdir(exist_ok=True)
        os.replace(temp, final)
        _fsync_dir(final.parent)
    except FileNotFoundError:
        raise StorageError("文件 {name} 在保存时被移走，请重新扫描", name=name) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageError("磁盘空间不足，文件 {name} 未保存", name=name) from exc
        raise StorageError("文件 {name} 无法保存：{reason}", name=name, reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return sha, size


def _info(upload: Upload, size: int) -> UploadInfo:
    return UploadInfo(upload.sha256, upload.filename, size, upload.offset, upload.state, upload.url, upload.case_id,
                      upload.material_id, upload.attempts, upload.last_error, upload.updated_at)


class FileService(Service):
    def path(self, sha256: str) -> Path:
        return blob_path(self.hall.data_dir.files, sha256)

    def add(self, source: Path | bytes, *, filename: str, mime: str = "application/octet-stream",
            case_id: str | None = None, material_id: str | None = None) -> OpResult[str]:
        """Store a file and queue its upload; returns its SHA-256.

        The copy runs on the calling thread (never the database worker, and from the UI through
        ``ops.net``): hashing a large scan must not hold up every other database call.
        """
        sha, size = put_blob(self.hall.data_dir.files, source, filename)
        return self._register(sha, size, mime, filename, case_id, material_id)

    @mutation
    def _register(self, session: Session, sha: str, size: int, mime: str, filename: str, case_id: str | None,
                  material_id: str | None) -> OpResult[str]:
        now = clock.now()
        if session.get(StoredFile, sha) is None:
            session.add(StoredFile(sha256=sha, size=size, mime=mime, created_at=now))
        if session.get(Upload, sha) is None:
            session.add(Upload(sha256=sha, filename=filename[:200], case_id=case_id, material_id=material_id,
                               updated_at=now))
        return OpResult(sha, Changes(sync=True))

    @query
    def next_upload(self, session: Session) -> UploadInfo | None:
        """The oldest upload still to do (an interrupted one first: it has a URL and an offset)."""
        row = session.execute(select(Upload, StoredFile.size).join(StoredFile).where(Upload.state.in_(ACTIVE))
                              .order_by((Upload.state == UPLOADING).desc(), Upload.updated_at).limit(1)).first()
        return None if row is None else _info(*row)

    @query
    def uploads(self, session: Session, limit: int = 50) -> list[UploadInfo]:
        """For the sync view: unfinished uploads first, then the most recent ones."""
        unfinished = Upload.state != DONE
        rows = session.execute(select(Upload, StoredFile.size).join(StoredFile)
                               .order_by(unfinished.desc(), Upload.updated_at.desc()).limit(limit))
        return [_info(upload, size) for upload, size in rows]

    @query
    def backlog(self, session: Session) -> tuple[int, int, int]:
        """(uploads to do, their bytes, bytes of them already at the centre) for the status bar."""
        count, total, sent = session.execute(
            select(func.count(), func.coalesce(func.sum(StoredFile.size), 0), func.coalesce(func.sum(Upload.offset), 0))
            .select_from(Upload).join(StoredFile).where(Upload.state.in_(ACTIVE))).one()
        return count, total, sent

    @query
    def failed_count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(Upload).where(Upload.state == FAILED)) or 0

    def _upload(self, session: Session, sha: str) -> Upload:
        row = session.get(Upload, sha)
        if row is None:
            raise NotFoundError("上传任务 {sha} 不存在", sha=sha[:12])
        row.updated_at = clock.now()
        return row

    @mutation
    def upload_started(self, session: Session, sha: str, url: str) -> OpResult[None]:
        """The centre made an upload URL: saved before the first byte is sent, so a crash can resume it."""
        row = self._upload(session, sha)
        row.url, row.offset, row.state = url, 0, UPLOADING
        return OpResult(None, Changes(sync=True))

    @mutation
    def upload_progress(self, session: Session, sha: str, offset: int) -> OpResult[None]:
        self._upload(session, sha).offset = offset
        return OpResult(None, Changes(sync=True))

    @mutation
    def upload_done(self, session: Session, sha: str) -> OpResult[None]:
        row = self._upload(session, sha)
        row.state, row.last_error = DONE, None
        row.offset = session.get(StoredFile, sha).size  # type: ignore[union-attr]
        synclog.write(session, [synclog.line(synclog.UPLOAD, row.filename, DONE)])
        return OpResult(None, Changes(sync=True))

    @mutation
    def upload_interrupted(self, session: Session, sha: str, message: str, *, restart: bool = False) -> OpResult[None]:
        """Count a failed attempt; ``restart`` forgets the URL (the centre no longer knows it: 404/410)."""
        row = self._upload(session, sha)
        row.attempts += 1
        row.last_error = message
        if restart:
            row.url, row.offset, row.state = None, 0, PENDING
            synclog.write(session, [synclog.line(synclog.UPLOAD, row.filename, "restart", message)])
        return OpResult(None, Changes(sync=True))

    @mutation
    def upload_failed(self, session: Session, sha: str, message: str) -> OpResult[None]:
        """Give up until the user retries (the local file is missing or damaged, the centre refuses it)."""
        row = self._upload(session, sha)
        row.state, row.last_error = FAILED, message
        row.attempts += 1
        synclog.write(session, [synclog.line(synclog.UPLOAD, row.filename, FAILED, message)])
        return OpResult(None, Changes(sync=True))

    @mutation
    def retry_upload(self, session: Session, sha: str, actor: str) -> OpResult[None]:
        row = self._upload(session, sha)
        if row.state != FAILED:
            raise ConflictError("该文件未上传失败，无需重试")
        row.state = UPLOADING if row.url else PENDING
        self.hall.record_audit(session, actor, "sync.retry_upload", f"file:{sha[:12]}", filename=row.filename)
        return OpResult(None, Changes(sync=True))
