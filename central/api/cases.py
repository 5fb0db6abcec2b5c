"""``/api/v1/cases``, ``/api/v1/results``: reading cases and result documents; the test-only finish.

Cases are written through ``POST /api/v1/ops`` (``case.*``, see ``central.cases``); this router
only reads them, serves the back office's result documents, and — when the demo back office is
enabled — lets tests finish a case at once (``404`` otherwise, as if it did not exist).
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

import central.cases  # noqa: F401  (registers the case.* ops)
from central import backoffice
from central.api.deps import CentralState, current_user, require_role, state
from central.case_results import result_data
from central.cases import case_data
from central.errors import ApiError
from central.models import Case, CaseResult
from central.uploads import Store, files_dir
from hallclient.domain.cases import CaseStatus

router = APIRouter(tags=["cases"], dependencies=[Depends(current_user)])


class CaseOut(BaseModel):
    id: str
    data: dict[str, Any] = Field(description="the feed's ``case`` shape (ID number and phone masked)")


class ResultOut(BaseModel):
    id: str
    data: dict[str, Any] = Field(description="the feed's ``result`` shape")


class FinishRequest(BaseModel):
    outcome: Literal[11, 12, 13] = Field(description="BLZT 办结（通过）/ 办结（容缺通过）/ 办结（不通过）")


def _store(central: CentralState) -> Store:
    return Store(files_dir(central.reader_engine.url))


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise ApiError(404, "not_found", f"办件 {case_id} 不存在")
    return case


@router.get("/cases/{case_id}", response_model=CaseOut)
async def get_case(case_id: str, central: CentralState = Depends(state)) -> CaseOut:  # noqa: B008
    return await central.read(lambda session: CaseOut(id=case_id, data=case_data(session, _case(session, case_id))))


@router.get("/results/{result_id}/document", response_class=FileResponse,
            dependencies=[Depends(require_role("clerk", "manager"))])
async def result_document(result_id: str, central: CentralState = Depends(state)) -> FileResponse:  # noqa: B008
    """The result document (PDF) by the result's id; its SHA-256 is in the ``result`` feed entry."""
    row = await central.read(lambda session: session.get(CaseResult, result_id))
    if row is None or not _store(central).blob(row.document_sha256).exists():
        raise ApiError(404, "not_found", f"结果文书 {result_id} 不存在")
    return FileResponse(_store(central).blob(row.document_sha256), media_type="application/pdf",
                        filename=f"{row.case_number}.pdf")


@router.post("/test/cases/{case_id}/finish", response_model=ResultOut, include_in_schema=False)
async def finish_case(case_id: str, body: FinishRequest, request: Request,
                      central: CentralState = Depends(state)) -> ResultOut:  # noqa: B008
    """Test and demo only: finish an accepted case now with the given outcome."""
    if getattr(request.app.state, "backoffice", None) is None:
        raise ApiError(404, "not_found", "Not Found")
    store = _store(central)

    def finish(session: Session) -> ResultOut:
        result = backoffice.finish_case(session, store, _case(session, case_id), CaseStatus(body.outcome))
        return ResultOut(id=result.id, data=result_data(result))

    return await central.write(finish)
