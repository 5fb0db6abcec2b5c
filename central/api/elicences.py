"""``GET /api/v1/elicences``: the e-licence library (电子证照库) looked up by holder ID number or USCC."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.api.deps import CentralState, require_role, state
from central.models import ELicence
from hallclient import clock

router = APIRouter(tags=["cases"], dependencies=[Depends(require_role("clerk", "guide"))])


class ELicenceOut(BaseModel):
    holder_id: str
    holder_name: str
    type: str = Field(examples=["营业执照"])
    number: str
    issuer: str
    issued: dt.date
    valid_until: dt.date | None
    expired: bool = Field(description="valid_until lies before the hall's today: it cannot replace a material")


@router.get("/elicences", response_model=list[ELicenceOut])
async def elicences(holder_id: str = Query(min_length=15, max_length=18,
                                           description="居民身份证号码或统一社会信用代码"),
                    central: CentralState = Depends(state)) -> list[ELicenceOut]:  # noqa: B008
    """Every licence the holder has, expired ones included and flagged (the clerk sees why not)."""
    today = clock.hall_today()

    def load(session: Session) -> list[ELicenceOut]:
        rows = session.scalars(select(ELicence).where(ELicence.holder_id == holder_id.strip().upper())
                               .order_by(ELicence.type, ELicence.issued))
        return [ELicenceOut(holder_id=e.holder_id, holder_name=e.holder_name, type=e.type, number=e.number,
                            issuer=e.issuer, issued=e.issued, valid_until=e.valid_until,
                            expired=e.valid_until is not None and e.valid_until < today) for e in rows]

    return await central.read(load)
