"""``GET /api/v1/changes``: the change feed, with long-polling (``wait`` up to 25 s)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool

from central import feed
from central.api.deps import CentralState, current_user, state
from central.api.schemas import ChangeOut, ChangesPage
from central.api.versioned import stamp

router = APIRouter(tags=["sync"], dependencies=[Depends(current_user), Depends(stamp)])

#: Other worker processes' commits are found by polling at this interval during a long-poll.
POLL_S = 0.05


def _read(central: CentralState, after: int, limit: int) -> ChangesPage:
    rows = central.run_read(lambda session: feed.page(session, after, limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    return ChangesPage(changes=[ChangeOut(seq=r.seq, entity=r.entity, key=r.key, data=r.data) for r in rows],
                       last_seq=rows[-1].seq if rows else after, more=more)


@router.get("/changes", response_model=ChangesPage)
async def changes(
    after: int = Query(default=0, ge=0),
    limit: int = Query(default=500, ge=1, le=5000),
    wait: float = Query(default=0, ge=0, le=25),
    central: CentralState = Depends(state),  # noqa: B008
) -> ChangesPage:
    """Entries with ``seq > after`` in order; with ``wait``, hold the request until one exists."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        generation = central.signal.generation
        page = await run_in_threadpool(_read, central, after, limit)
        remaining = deadline - loop.time()
        if page.changes or remaining <= 0 or central.signal.closed:
            return page
        await run_in_threadpool(central.signal.wait, generation, min(POLL_S, remaining))
