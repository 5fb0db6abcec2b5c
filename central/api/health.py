"""``GET /api/v1/health``: liveness, version and server time (no login needed)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from central import API_VERSION, feed
from central.api.deps import CentralState, state
from central.api.schemas import Health
from hallclient import __version__, clock

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
async def health(central: CentralState = Depends(state)) -> Health:  # noqa: B008
    seq = await run_in_threadpool(central.run_read_core, feed.latest_seq)
    return Health(status="ok", service="hallclient-central", version=__version__, api_version=API_VERSION,
                  time=clock.now().isoformat(), database=central.dialect, feed_seq=seq)
