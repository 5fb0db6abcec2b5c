"""Error replies of the central API: one JSON shape, a machine code and a Chinese message.

``{"error": {"code": "invalid_credentials", "message": "用户名或密码错误"}}`` — the client shows the
message and decides on retrying from the HTTP status and the code.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from hallclient.errors import ConflictError, HallError, NotFoundError


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(HallError)
    async def _hall_error(_request: Request, exc: HallError) -> JSONResponse:
        status, code = 422, "invalid"
        if isinstance(exc, NotFoundError):
            status, code = 404, "not_found"
        elif isinstance(exc, ConflictError):
            status, code = 409, "conflict"
        return JSONResponse(error_body(code, str(exc)), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        where = "; ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors()[:5])
        return JSONResponse(error_body("bad_request", f"请求格式不正确：{where}"), status_code=422)
