"""``GET /api/v1/health``: liveness, version and server time (no login needed)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from central import API_VERSION, feed
from central.api.deps import CentralState, read_db, state
from central.api.schemas import Health
from hallclient import __version__, clock

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(session: Session = Depends(read_db), central: CentralState = Depends(state)) -> Health:  # noqa: B008
    return Health(status="ok", service="hallclient-central", version=__version__, api_version=API_VERSION,
                  time=clock.now().isoformat(), database=central.dialect, feed_seq=feed.latest_seq(session))
