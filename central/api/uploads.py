"""``/api/v1/uploads``: resumable uploads of scanned documents over tus 1.0 (creation + checksum).

Every reply carries ``Tus-Resumable``; errors keep the API's JSON error body. A PATCH body is read
whole (at most :data:`~central.uploads.MAX_CHUNK`) before anything is written: a body cut off by a
lost connection is dropped, so the offset only ever advances by verified, complete chunks.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from central import uploads
from central.api.deps import CentralState, current_user, state
from central.api.versioned import stamp
from central.auth import Principal
from central.errors import ApiError, error_body

log = logging.getLogger(__name__)

router = APIRouter(prefix="/uploads", tags=["uploads"], dependencies=[Depends(stamp)])

OFFSET_STREAM = "application/offset+octet-stream"
_TUS = {"Tus-Resumable": uploads.TUS_VERSION}


def _store(central: CentralState) -> uploads.Store:
    return uploads.Store(uploads.files_dir(central.reader_engine.url))


def _failure(exc: ApiError, request: Request) -> Response:
    headers = {**_TUS, "Tus-Version": uploads.TUS_VERSION} if exc.status == 412 else _TUS
    if request.method == "HEAD":
        return Response(status_code=exc.status, headers=headers)
    return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status, headers=headers)


def _require_tus(request: Request) -> None:
    if request.headers.get("Tus-Resumable") != uploads.TUS_VERSION:
        raise ApiError(412, "tus_version", "仅支持 tus 1.0.0 协议")


def _int_header(request: Request, name: str) -> int:
    try:
        value = int(request.headers[name])
    except (KeyError, ValueError):
        value = -1
    if value < 0:
        raise ApiError(400, "bad_header", "上传请求的头部缺失或有误")
    return value


def _offset_reply(status: uploads.Status, status_code: int = 204, **headers: str) -> Response:
    return Response(status_code=status_code, headers={**_TUS, "Upload-Offset": str(status.offset),
                                                      "Upload-Length": str(status.length),
                                                      "Cache-Control": "no-store", **headers})


@router.options("", status_code=204)
async def options() -> Response:
    """What this server speaks (no login needed, as tus expects)."""
    return Response(status_code=204, headers={
        **_TUS, "Tus-Version": uploads.TUS_VERSION, "Tus-Extension": "creation,checksum",
        "Tus-Max-Size": str(uploads.MAX_SIZE), "Tus-Checksum-Algorithm": "sha256"})


@router.post("", status_code=201)
async def create(request: Request, user: Principal = Depends(current_user),  # noqa: B008
                 central: CentralState = Depends(state)) -> Response:  # noqa: B008
    """Start an upload: ``Upload-Length`` and ``Upload-Metadata`` (filename, sha256, case_id, material_id)."""
    try:
        _require_tus(request)
        length = _int_header(request, "Upload-Length")
        metadata = uploads.parse_metadata(request.headers.get("Upload-Metadata", ""))
        store = _store(central)
        status = await central.write(lambda s: uploads.create(s, store, length, metadata, user))
    except ApiError as exc:
        return _failure(exc, request)
    return _offset_reply(status, 201, Location=f"{request.url.path}/{status.id}")


async def _finish(central: CentralState, store: uploads.Store, status: uploads.Status) -> uploads.Status:
    """All bytes are here: hash the file outside any transaction, then complete (or fail) the upload."""
    if status.state != uploads.OPEN or status.offset != status.length:
        return status
    try:
        actual = await run_in_threadpool(uploads.file_sha256, store.partial(status.id), status.length)
    except FileNotFoundError:  # another request finished it meanwhile
        return await central.read(lambda s: uploads.status(s, store, status.id))
    return await central.write(lambda s: uploads.finish(s, store, status.id, actual))


def _verified(status: uploads.Status) -> uploads.Status:
    if status.state == uploads.FAILED:
        raise ApiError(460, "file_checksum_mismatch", "整个文件的 SHA-256 与声明的不符，文件未保存")
    return status


@router.head("/{upload_id}", dependencies=[Depends(current_user)])
async def offset(upload_id: str, request: Request, central: CentralState = Depends(state)) -> Response:  # noqa: B008
    """Where to resume. Also completes an upload whose last PATCH landed just before a crash."""
    try:
        _require_tus(request)
        store = _store(central)
        status = await central.read(lambda s: uploads.status(s, store, upload_id))
        status = _verified(await _finish(central, store, status))
    except ApiError as exc:
        return _failure(exc, request)
    return _offset_reply(status, 200)


async def _body(request: Request, upload_id: str, offset: int) -> bytes | None:
    """The whole PATCH body, or None when the client went away mid-body (then nothing is written)."""
    received = bytearray()
    try:
        async for chunk in request.stream():
            received += chunk
            if len(received) > uploads.MAX_CHUNK:
                raise ApiError(413, "too_large", "单次上传的数据不能超过 16 MB")
    except ClientDisconnect:
        log.info("upload %s: PATCH at %d interrupted after %d bytes", upload_id, offset, len(received))
        return None
    return bytes(received)


@router.patch("/{upload_id}", status_code=204, dependencies=[Depends(current_user)])
async def patch(upload_id: str, request: Request, central: CentralState = Depends(state)) -> Response:  # noqa: B008
    """Append one verified chunk at ``Upload-Offset`` (409 if it is not the server's; 460 on a bad checksum)."""
    try:
        _require_tus(request)
        if request.headers.get("Content-Type") != OFFSET_STREAM:
            raise ApiError(415, "bad_content_type", "上传数据的类型应为 application/offset+octet-stream")
        at = _int_header(request, "Upload-Offset")
        body = await _body(request, upload_id, at)
        if body is None:
            return Response(status_code=400, headers=_TUS)
        checksum = request.headers.get("Upload-Checksum")
        store = _store(central)

        def store_chunk() -> uploads.Status:
            uploads.check_chunk(body, checksum)  # before the transaction: no lock held while hashing
            return central.run_write(lambda s: uploads.write(s, store, upload_id, at, body))

        status = await run_in_threadpool(store_chunk)
        log.info("upload %s: PATCH at %d received %d bytes", upload_id, at, len(body))
        status = _verified(await _finish(central, store, status))
    except ApiError as exc:
        return _failure(exc, request)
    return _offset_reply(status)
