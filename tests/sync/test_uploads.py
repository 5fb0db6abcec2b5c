"""Resumable uploads: the centre's tus 1.0 server (creation + checksum) and the counter's uploader."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.engine import make_url

from central.models import Attachment, UploadSession
from central.uploads import files_dir
from hallclient import clock
from hallclient.errors import StorageError, ValidationError
from hallclient.hall import Hall
from sync.errors import Refused, Unreachable
from sync.upload import upload_file
from tests.sync.ops_helpers import central_read

TUS = {"Tus-Resumable": "1.0.0"}


def _meta(sha: str, name: str = "scan.pdf", case: str = "case-1") -> str:
    pairs = {"filename": name, "sha256": sha, "case_id": case, "material_id": "m-1"}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def _patch(client: Any, url: str, offset: int, chunk: bytes, checksum: bytes | None = None,
           content_type: str = "application/offset+octet-stream") -> Any:
    digest = base64.b64encode(checksum or hashlib.sha256(chunk).digest()).decode()
    return client.request("PATCH", url, data=chunk, headers={
        **TUS, "Upload-Offset": str(offset), "Content-Type": content_type, "Upload-Checksum": f"sha256 {digest}"})


def _create(client: Any, data: bytes, sha: str | None = None) -> str:
    response = client.request("POST", "/uploads", headers={
        **TUS, "Upload-Length": str(len(data)), "Upload-Metadata": _meta(sha or hashlib.sha256(data).hexdigest())})
    assert response.status_code == 201
    return response.headers["Location"].removeprefix("/api/v1")


def _attachments(central: Any) -> int:
    return central_read(central, lambda s: s.scalar(select(func.count()).select_from(Attachment)))


def _refused(fn: Any) -> Refused:
    with pytest.raises(Refused) as info:
        fn()
    return info.value


def test_the_server_speaks_tus_core_creation_and_checksum(central_any: Any, connect: Any,
                                                          central_files: Path) -> None:
    client = connect(central_any.url)
    options = client.request("OPTIONS", "/uploads", auth=False)
    assert options.headers["Tus-Version"] == "1.0.0" and options.headers["Tus-Extension"] == "creation,checksum"
    assert int(options.headers["Tus-Max-Size"]) == 2 * 1024**3
    no_version = _refused(lambda: client.request("POST", "/uploads", headers={"Upload-Length": "3"}))
    assert no_version.status == 412
    too_big = _refused(lambda: client.request("POST", "/uploads", headers={
        **TUS, "Upload-Length": str(5 * 1024**3), "Upload-Metadata": _meta("a" * 64)}))
    assert too_big.status == 413
    data = os.urandom(300_000)
    url = _create(client, data)
    assert _create(client, data) == url  # a retried POST for the same document: the same upload
    head = client.request("HEAD", url, headers=TUS)
    assert (head.headers["Upload-Offset"], head.headers["Upload-Length"]) == ("0", "300000")
    assert _refused(lambda: _patch(client, url, 0, data[:1000], content_type="text/plain")).status == 415
    assert _refused(lambda: _patch(client, url, 5, data[:1000])).status == 409
    damaged = _refused(lambda: _patch(client, url, 0, data[:1000], checksum=hashlib.sha256(b"x").digest()))
    assert (damaged.status, damaged.code) == (460, "checksum_mismatch")
    assert client.request("HEAD", url, headers=TUS).headers["Upload-Offset"] == "0"  # nothing of it was kept
    assert _patch(client, url, 0, data[:100_000]).headers["Upload-Offset"] == "100000"
    assert _attachments(central_any) == 0
    done = _patch(client, url, 100_000, data[100_000:])
    assert done.status_code == 204 and done.headers["Upload-Offset"] == "300000"
    sha = hashlib.sha256(data).hexdigest()
    assert (central_files / sha[:2] / sha).read_bytes() == data
    assert _attachments(central_any) == 1
    again = _create(client, data)  # the same document uploaded once more: still one copy, one attachment
    assert again != url
    _patch(client, again, 0, data)
    assert _attachments(central_any) == 1
    assert [p.name for p in central_files.rglob("*") if p.is_file()] == [sha]
    assert _refused(lambda: client.request("HEAD", "/uploads/nope", headers=TUS)).status == 404


def test_the_whole_files_sha256_is_checked_before_anything_is_attached(central_any: Any, connect: Any) -> None:
    client = connect(central_any.url)
    data = os.urandom(50_000)
    url = _create(client, data, sha=hashlib.sha256(b"another document").hexdigest())
    wrong = _refused(lambda: _patch(client, url, 0, data))
    assert (wrong.status, wrong.code) == (460, "file_checksum_mismatch")
    assert _refused(lambda: client.request("HEAD", url, headers=TUS)).status == 410
    assert _attachments(central_any) == 0


def test_an_expired_upload_is_gone(central: Any, connect: Any) -> None:
    client = connect(central.url)
    url = _create(client, b"abc")
    past = clock.now() - dt.timedelta(seconds=1)
    central.app.state.central.run_write(lambda s: s.execute(update(UploadSession).values(expires_at=past)))
    assert _refused(lambda: client.request("HEAD", url, headers=TUS)).status == 410
    assert _refused(lambda: _patch(client, url, 0, b"abc")).status == 410


def test_files_live_next_to_a_sqlite_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HALLCENTRAL_FILES")
    assert files_dir(make_url(f"sqlite:///{tmp_path}/db/central.db")) == tmp_path / "db" / "files"
    assert files_dir(make_url("postgresql+psycopg://u@h/hall")).parts[-2:] == ("central-files", "hall")


# --- the counter's uploader ------------------------------------------------------------------------


def _add(hall: Hall, data: bytes, name: str = "scan.pdf") -> Any:
    sha = hall.files.add(data, filename=name, mime="application/pdf", case_id="case-1", material_id="m-1").value
    job = hall.files.next_upload()
    assert job is not None and job.sha256 == sha
    return job


def test_files_are_stored_once_by_content_and_written_atomically(hall: Hall) -> None:
    data = os.urandom(10_000)
    first = hall.files.add(data, filename="a.pdf").value
    assert hall.files.add(data, filename="b.pdf").value == first
    assert hall.files.path(first) == hall.data_dir.files / first[:2] / first
    assert hall.files.path(first).read_bytes() == data
    assert [p.name for p in hall.data_dir.files.rglob("*") if p.is_file()] == [first]  # no temp file left
    assert hall.files.backlog() == (1, 10_000, 0)


def test_the_url_is_saved_before_the_first_byte_and_an_interrupted_upload_resumes(
        hall: Hall, central: Any, proxy: Any, connect: Any, central_files: Path) -> None:
    data = os.urandom(200_000)
    job = _add(hall, data)
    client = connect(proxy.url, hall, attempts=1)
    proxy.add("PATCH", "/api/v1/uploads/", "drop")
    with pytest.raises(Unreachable):
        upload_file(hall, client, job, chunk_size=64 * 1024)
    saved = hall.files.next_upload()
    assert saved.url is not None and saved.state == "uploading" and saved.offset == 0
    assert upload_file(hall, client, saved, chunk_size=64 * 1024)
    patches = [s for s in proxy.seen if s.method == "PATCH"]
    assert len(patches) == 1 + 4 and {s.path for s in patches} == {"/api/v1" + saved.url}
    assert hall.files.uploads()[0].state == "done" and hall.files.backlog() == (0, 0, 0)
    assert _attachments(central) == 1


def test_a_forgotten_upload_starts_anew_without_a_second_copy(hall: Hall, central: Any, connect: Any,
                                                              central_files: Path) -> None:
    data = os.urandom(150_000)
    job = _add(hall, data)
    client = connect(central.url, hall)
    with pytest.raises(Unreachable):
        upload_file(hall, client, job, chunk_size=50_000, on_progress=lambda offset: _cut_at(offset, 50_000))
    past = clock.now() - dt.timedelta(seconds=1)
    central.app.state.central.run_write(lambda s: s.execute(update(UploadSession).values(expires_at=past)))
    assert upload_file(hall, client, hall.files.next_upload(), chunk_size=50_000)
    sessions = central_read(central, lambda s: sorted(u.state for u in s.scalars(select(UploadSession))))
    assert sessions == ["complete", "open"]  # the expired one is left, the new one completed
    assert _attachments(central) == 1
    assert sorted(p.name for p in central_files.rglob("*") if p.is_file()) == [hashlib.sha256(data).hexdigest()]
    assert [line.outcome for line in hall.synclog.recent()] == ["done", "restart"]


def _cut_at(offset: int, limit: int) -> None:
    if offset >= limit:
        raise Unreachable("无法连接中心系统 {url}", url="(test)")


def test_a_file_that_vanished_before_upload_is_reported_and_can_be_retried(hall: Hall, client: Any,
                                                                           central: Any) -> None:
    data = os.urandom(1000)
    job = _add(hall, data, "身份证.jpg")
    hall.files.path(job.sha256).unlink()
    assert not upload_file(hall, client, job)
    [failed] = hall.files.uploads()
    assert (failed.state, failed.last_error) == ("failed", "本地文件 身份证.jpg 已丢失，请重新扫描")
    assert hall.files.next_upload() is None and hall.files.failed_count() == 1
    hall.files.add(data, filename="身份证.jpg")  # scanned again: the same content, the same entry
    hall.files.retry_upload(job.sha256, actor="clerk01")
    assert upload_file(hall, client, hall.files.next_upload())
    assert _attachments(central) == 1


def test_a_damaged_local_file_is_caught_by_the_centres_whole_file_check(hall: Hall, client: Any,
                                                                        central: Any) -> None:
    job = _add(hall, os.urandom(5000))
    path = hall.files.path(job.sha256)
    path.write_bytes(os.urandom(5000))  # bit rot on the counter's disk
    assert not upload_file(hall, client, job)
    assert hall.files.uploads()[0].last_error == "本地文件 scan.pdf 已损坏（校验不符），请重新扫描"
    assert _attachments(central) == 0


def test_a_5_gb_file_and_a_full_disk_are_refused_in_chinese(hall: Hall, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "big.tif"
    with huge.open("wb") as out:
        out.truncate(5 * 1024**3)  # sparse: no real disk used
    with pytest.raises(ValidationError, match=r"文件 big\.tif 过大（5\.0 GB），单个文件不能超过 2\.0 GB"):
        hall.files.add(huge, filename="big.tif")
    with pytest.raises(StorageError, match=r"文件 gone\.pdf 不存在或已被移走"):
        hall.files.add(tmp_path / "gone.pdf", filename="gone.pdf")
    monkeypatch.setattr("shutil.disk_usage", lambda _p: type("U", (), {"free": 10 * 1024**2})())
    with pytest.raises(StorageError, match=r"磁盘空间不足（剩余 10\.0 MB），文件 a\.pdf 未保存"):
        hall.files.add(b"x" * 1000, filename="a.pdf")
    assert hall.files.uploads() == [] and not any(p.is_file() for p in hall.data_dir.files.rglob("*"))
