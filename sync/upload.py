"""Carrying stored files to the centre over tus 1.0: create once, save the URL, resume at the server's offset.

The URL is saved before the first byte is sent, so after a crash the client asks the server how far
it got (HEAD) and continues from there; at most the chunk in flight is sent again. A server that no
longer knows the URL (404/410) gets a new upload of the same file — the centre stores documents by
content, so that never makes a second copy. Each chunk carries its SHA-256 (``Upload-Checksum``)
and the centre checks the whole file's SHA-256 before it attaches it.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from hallclient.errors import HallError
from hallclient.hall import Hall
from hallclient.services.files import UploadInfo
from sync.client import API_PREFIX, CentralClient
from sync.errors import BadReply, CentralError, Refused

log = logging.getLogger(__name__)

TUS_VERSION = "1.0.0"
CHUNK = 4 * 1024**2
#: Protocol hiccups (offset moved, chunk damaged in transit, URL gone) tolerated in a row.
MAX_ROUNDS = 8

Progress = Callable[[int], None]


def _metadata(info: UploadInfo) -> str:
    pairs = {"filename": info.filename, "sha256": info.sha256, "case_id": info.case_id or "",
             "material_id": info.material_id or ""}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


def _header_int(headers: Mapping[str, str], name: str) -> int:
    try:
        return int(headers[name])
    except (KeyError, TypeError, ValueError):
        raise BadReply("中心系统的上传应答缺少 {name}", name=name) from None


def create(client: CentralClient, info: UploadInfo) -> str:
    """POST a new upload; returns its URL relative to the API (``/uploads/<id>``)."""
    response = client.request("POST", "/uploads", headers={
        "Tus-Resumable": TUS_VERSION, "Upload-Length": str(info.size), "Upload-Metadata": _metadata(info)})
    path = urlsplit(response.headers.get("Location", "")).path
    if not path.startswith(API_PREFIX + "/uploads/"):
        raise BadReply("中心系统未返回上传地址")
    return path.removeprefix(API_PREFIX)


def server_offset(client: CentralClient, url: str) -> int:
    response = client.request("HEAD", url, headers={"Tus-Resumable": TUS_VERSION})
    return _header_int(response.headers, "Upload-Offset")


def send_chunk(client: CentralClient, url: str, offset: int, chunk: bytes) -> int:
    checksum = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
    response = client.request("PATCH", url, data=chunk, headers={
        "Tus-Resumable": TUS_VERSION, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
        "Upload-Checksum": f"sha256 {checksum}"})
    return _header_int(response.headers, "Upload-Offset")


def _local_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _send_from(hall: Hall, client: CentralClient, info: UploadInfo, url: str, path: Path, chunk_size: int,
               on_progress: Progress | None) -> None:
    offset = server_offset(client, url)
    with path.open("rb") as stream:
        while offset < info.size:
            stream.seek(offset)
            chunk = stream.read(chunk_size)
            if not chunk:
                raise HallError("本地文件 {name} 比登记时短，已损坏，请重新扫描", name=info.filename)
            offset = send_chunk(client, url, offset, chunk)
            hall.files.upload_progress(info.sha256, offset)
            if on_progress is not None:
                on_progress(offset)


def upload_file(hall: Hall, client: CentralClient, info: UploadInfo, *, chunk_size: int = CHUNK,
                on_progress: Progress | None = None) -> bool:
    """Upload one stored file to the end; True when the centre has it, False when it failed for good.

    A failure for good (the local file is missing or damaged, the centre refuses the file) is
    recorded with its Chinese reason for the sync view; a failure a later attempt may fix (offline,
    busy) is counted on the upload and raised for the caller's backoff.
    """
    url = info.url
    path = hall.files.path(info.sha256)
    for _round in range(MAX_ROUNDS):
        try:
            if not path.exists():
                raise HallError("本地文件 {name} 已丢失，请重新扫描", name=info.filename)
            if url is None:
                url = create(client, info)
                hall.files.upload_started(info.sha256, url)
            _send_from(hall, client, info, url, path, chunk_size, on_progress)
        except Refused as exc:
            if exc.status in (404, 410) or exc.code == "file_checksum_mismatch":
                if exc.status == 460 and _local_sha256(path) != info.sha256:
                    hall.files.upload_failed(info.sha256, f"本地文件 {info.filename} 已损坏（校验不符），请重新扫描")
                    return False
                hall.files.upload_interrupted(info.sha256, str(exc), restart=True)
                url = None
            elif exc.status not in (409, 460):  # 409/460: the offset moved or a chunk was damaged: ask again
                hall.files.upload_failed(info.sha256, str(exc))
                return False
            continue
        except CentralError as exc:
            hall.files.upload_interrupted(info.sha256, str(exc))
            raise
        except HallError as exc:
            hall.files.upload_failed(info.sha256, str(exc))
            return False
        except OSError as exc:
            hall.files.upload_failed(info.sha256, f"本地文件 {info.filename} 无法读取：{exc.strerror or exc}")
            return False
        hall.files.upload_done(info.sha256)
        log.info("uploaded %s (%s, %d bytes)", info.sha256[:12], info.filename, info.size)
        return True
    raise BadReply("文件 {name} 上传反复出错，稍后重试", name=info.filename)
