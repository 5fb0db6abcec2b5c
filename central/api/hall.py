"""``/api/v1/hall`` and ``/api/v1/catalog``: the hall configuration and the service catalog."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.api.deps import CentralState, current_user, state
from central.api.schemas import HallOut, ItemOut, WindowOut, ZoneOut
from central.errors import ApiError
from central.models import HallSetting, ServiceItem, Window, Zone
from central.serialize import item_data, window_data, zone_data

router = APIRouter(tags=["hall"], dependencies=[Depends(current_user)])


def _hall(session: Session) -> HallOut:
    settings = {s.key: s.value for s in session.scalars(select(HallSetting))}
    zones = [ZoneOut(code=z.code, **zone_data(z)) for z in session.scalars(select(Zone).order_by(Zone.sort_order))]
    windows = [WindowOut(id=w.id, **window_data(w)) for w in session.scalars(select(Window).order_by(Window.number))]
    return HallOut(settings=settings, zones=zones, windows=windows)


@router.get("/hall", response_model=HallOut)
async def hall(central: CentralState = Depends(state)) -> HallOut:  # noqa: B008
    return await central.read(_hall)


@router.get("/catalog/items", response_model=list[ItemOut])
async def items(zone: str | None = Query(default=None, max_length=8),
                central: CentralState = Depends(state)) -> list[ItemOut]:  # noqa: B008
    def load(session: Session) -> list[ItemOut]:
        stmt = select(ServiceItem).order_by(ServiceItem.code)
        if zone:
            stmt = stmt.where(ServiceItem.zone_code == zone)
        return [ItemOut(code=i.code, **item_data(i)) for i in session.scalars(stmt)]

    return await central.read(load)


@router.get("/catalog/items/{code}", response_model=ItemOut)
async def item(code: str, central: CentralState = Depends(state)) -> ItemOut:  # noqa: B008
    def load(session: Session) -> ItemOut:
        row = session.get(ServiceItem, code)
        if row is None:
            raise ApiError(404, "not_found", f"事项 {code} 不存在")
        return ItemOut(code=row.code, **item_data(row))

    return await central.read(load)
