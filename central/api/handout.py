"""``/api/v1/results``: the look-ups of the hand-out that need the centre's full personal data.

Finding a case's waiting results by ID number or phone (the guide desk issues a 取件号 for them) and
checking the ID presented at a window against the acceptance record both need the full numbers,
which only the centre keeps; the answers carry them masked. Personal data travels in the POST body,
never in a URL (URLs end up in access logs). The hand-out itself is written through ``POST /ops``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from central import handout
from central.api.deps import CentralState, require_role, state
from central.case_results import result_data
from hallclient.domain.handout import IdSource, Presented

router = APIRouter(prefix="/results", tags=["hand-out"])


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=40, description="case number, ID number or phone")


class ResultRef(BaseModel):
    id: str
    data: dict[str, Any] = Field(description="the feed's ``result`` shape")


class SearchReply(BaseModel):
    results: list[ResultRef]


class VerifyRequest(BaseModel):
    id_number: str = Field(min_length=1, max_length=32)
    name: str | None = Field(default=None, max_length=64, description="from the ID-card reader")
    source: IdSource = IdSource.TYPED


class Mismatch(BaseModel):
    template: str
    params: dict[str, Any]
    message: str


class VerifyReply(BaseModel):
    mismatches: list[Mismatch] = Field(description="empty: the result may be handed over")


@router.post("/search", response_model=SearchReply, dependencies=[Depends(require_role("guide", "clerk"))])
async def search(body: SearchRequest, central: CentralState = Depends(state)) -> SearchReply:  # noqa: B008
    """The waiting results of the cases that a case number, an ID number or a phone number names."""

    def run(session: Session) -> SearchReply:
        found = handout.search(session, body.query)
        return SearchReply(results=[ResultRef(id=r.id, data=result_data(r)) for r in found])

    return await central.read(run)


@router.post("/{result_id}/verify", response_model=VerifyReply, dependencies=[Depends(require_role("clerk"))])
async def verify(result_id: str, body: VerifyRequest, central: CentralState = Depends(state)) -> VerifyReply:  # noqa: B008
    """Every mismatch between the result, its acceptance record and the ID presented at the window."""
    presented = Presented(body.id_number, body.name, body.source)

    def run(session: Session) -> VerifyReply:
        return VerifyReply(mismatches=[Mismatch(template=e.template, params=e.params, message=str(e))
                                       for e in handout.verify(session, result_id, presented)])

    return await central.read(run)
