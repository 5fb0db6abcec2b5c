"""Resumable uploads on the centre (tus 1.0: core, creation, checksum): bytes on disk, state in the database.

The bytes of an unfinished upload sit in ``<files>/partial/<id>``; each PATCH is verified against its
``Upload-Checksum``, written at its offset and fsynced before the new offset is committed, so the
database never claims a byte the disk does not hold. When the last byte arrives the whole file's
SHA-256 is compared with the one declared at creation, outside any transaction, and only then is the
file moved into the content-addressed store (``<files>/ab/abcdef…``) and attached — once per
document, however many times it was uploaded.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import logging
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from central.auth import Principal
from central.errors import ApiError
from central.models import Attachment, UploadSession
from hallclient import clock
from hallclient.paths import default_data_dir

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
MAX_SIZE = 2 * 1024**3
#: The largest PATCH body accepted (the client sends 4 MiB).
MAX_CHUNK = 16 * 1024**2
LIFETIME = dt.timedelta(hours=24)
#: Where the centre keeps files when its database is not a SQLite file (or to override that).
FILES_ENV = "HALLCENTRAL_FILES"

OPEN, COMPLETE, FAILED = "open", "complete", "failed"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_HASH_CHUNK = 4 * 1024**2


def files_dir(url: URL) -> Path:
    """Next to a SQLite database; for PostgreSQL under the data dir, one folder per database."""
    if os.environ.get(FILES_ENV):
        return Path(os.environ[FILES_ENV])
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).resolve().parent / "files"
    return default_data_dir() / "central-files" / (url.database or "central")


@dataclass(frozen=True)
class Store:
    root: Path

    def partial(self, upload_id: str) -> Path:
        return self.root / "partial" / upload_id

    def blob(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256


@dataclass(frozen=True)
class Status:
    """What a reply needs to say about an upload."""

    id: str
    length: int
    offset: int
    state: str


def _status(row: UploadSession) -> Status:
    return Status(row.id, row.length, row.offset, row.state)


def parse_metadata(header: str) -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64value`` pairs."""
    values: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            values[key] = base64.b64decode(encoded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise ApiError(400, "bad_metadata", "上传元数据编码错误") from None
    return values


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create(session: Session, store: Store, length: int, metadata: dict[str, str], user: Principal) -> Status:
    """A new upload (or the unfinished one for the same document, so a retried POST makes no orphan)."""
    if length > MAX_SIZE:
        raise ApiError(413, "too_large", "文件过大，单个文件不能超过 2 GB")
    sha = metadata.get("sha256", "").lower()
    if not _SHA256.match(sha):
        raise ApiError(400, "bad_metadata", "上传元数据缺少文件的 SHA-256")
    case_id, material_id = metadata.get("case_id", "")[:64], metadata.get("material_id", "")[:64]
    now = clock.now()
    same = session.scalars(select(UploadSession).where(
        UploadSession.sha256 == sha, UploadSession.case_id == case_id, UploadSession.material_id == material_id,
        UploadSession.length == length, UploadSession.state == OPEN, UploadSession.expires_at > now)).first()
    if same is not None:
        return _status(same)
    row = UploadSession(id=uuid.uuid4().hex, length=length, offset=0, sha256=sha,
                        filename=metadata.get("filename", "")[:200], case_id=case_id, material_id=material_id,
                        username=user.username, device_id=user.device_id, state=OPEN, created_at=now,
                        expires_at=now + LIFETIME)
    session.add(row)
    partial = store.partial(row.id)
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.touch()
    log.info("upload %s created: %s, %d bytes", row.id, sha[:12], length)
    return _status(row)


def _live(session: Session, store: Store, upload_id: str, *, lock: bool = False) -> UploadSession:
    row = session.get(UploadSession, upload_id, with_for_update=lock)
    if row is None:
        raise ApiError(404, "not_found", "上传任务不存在")
    expired = row.state == OPEN and row.expires_at <= clock.now()
    if expired:
        store.partial(row.id).unlink(missing_ok=True)
    if expired or row.state == FAILED:
        raise ApiError(410, "gone", "上传任务已过期或已作废，请重新上传")
    return row


def status(session: Session, store: Store, upload_id: str) -> Status:
    return _status(_live(session, store, upload_id))


def check_chunk(body: bytes, checksum: str | None) -> None:
    """``Upload-Checksum: sha256 <base64>`` (checksum extension); 460 when the bytes do not match."""
    if checksum is None:
        return
    algorithm, _, encoded = checksum.partition(" ")
    if algorithm != "sha256":
        raise ApiError(400, "bad_checksum", "仅支持 sha256 校验")
    try:
        expected = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise ApiError(400, "bad_checksum", "校验值编码错误") from None
    if hashlib.sha256(body).digest() != expected:
        raise ApiError(460, "checksum_mismatch", "数据块校验失败，请重新发送")


def write(session: Session, store: Store, upload_id: str, offset: int, body: bytes) -> Status:
    """Append a verified PATCH body at ``offset``: bytes fsynced first, then the new offset committed."""
    row = _live(session, store, upload_id, lock=True)
    if offset != row.offset or row.state != OPEN:
        raise ApiError(409, "offset_mismatch", "上传偏移量与服务器不符，请重新查询后继续")
    if offset + len(body) > row.length:
        raise ApiError(413, "too_large", "上传的数据超过声明的文件长度")
    with store.partial(row.id).open("r+b") as out:
        out.seek(offset)
        out.write(body)
        out.flush()
        os.fsync(out.fileno())
    row.offset = offset + len(body)
    row.expires_at = clock.now() + LIFETIME
    return _status(row)


def file_sha256(path: Path, length: int) -> str:
    """The SHA-256 of the first ``length`` bytes (bytes beyond it are left-overs of an unfinished write)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        remaining = length
        while remaining and (chunk := stream.read(min(_HASH_CHUNK, remaining))):
            digest.update(chunk)
            remaining -= len(chunk)
    return digest.hexdigest()


def finish(session: Session, store: Store, upload_id: str, actual_sha: str) -> Status:
    """Complete an upload whose bytes are all here: attach it if ``actual_sha`` is the declared one.

    Idempotent: a second call (a retried PATCH, a HEAD after a crash) finds it complete already.
    """
    row = _live(session, store, upload_id, lock=True)
    if row.state == COMPLETE:
        return _status(row)
    partial = store.partial(row.id)
    if actual_sha != row.sha256:
        row.state = FAILED
        partial.unlink(missing_ok=True)
        log.warning("upload %s failed verification: declared %s, received %s", row.id, row.sha256[:12],
                    actual_sha[:12])
        return _status(row)
    blob = store.blob(row.sha256)
    if blob.exists():
        partial.unlink()
    else:
        blob.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("r+b") as stream:
            stream.truncate(row.length)
        os.replace(partial, blob)
        _fsync_dir(blob.parent)
    if session.scalars(select(Attachment.id).where(
            Attachment.sha256 == row.sha256, Attachment.case_id == row.case_id,
            Attachment.material_id == row.material_id)).first() is None:
        session.add(Attachment(sha256=row.sha256, size=row.length, filename=row.filename, case_id=row.case_id,
                               material_id=row.material_id, uploaded_by=row.username, created_at=clock.now()))
    row.state, row.completed_at = COMPLETE, clock.now()
    log.info("upload %s complete and verified: %s attached to case %r", row.id, row.sha256[:12], row.case_id)
    return _status(row)
