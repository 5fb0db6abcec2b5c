"""好差评 routes: the rater look-up for the callback, and the rating-tablet relay (``central.rating_pads``).

Window PCs (role ``clerk``) put a prompt, long-poll the pad's state and finish the prompt; the tablet
(role ``evaluator``) long-polls for the prompt and posts the answer. Both long-polls answer as soon
as the relay's ``version`` differs from the one the caller saw, or after ``wait`` seconds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from central import evaluations, rating_pads  # importing evaluations registers the evaluation.* ops
from central.api.deps import CentralState, current_user, require_role, state
from central.auth import Principal
from central.rating_pads import SIGNAL
from hallclient.domain.rating_pad import PadState

router = APIRouter(tags=["evaluations"])

#: How often a long-poll looks for writes made by other worker processes.
POLL_S = 0.1
WINDOW = Path(min_length=1, max_length=16, description="the window's id, e.g. W05")


class RaterOut(BaseModel):
    evaluation_id: str
    case_number: str | None
    name: str | None = Field(description="the applicant of the case, in full (for the callback only)")
    phone: str | None
    agent_name: str | None
    agent_phone: str | None


class PadStateOut(BaseModel):
    version: int = Field(description="grows with every change; pass it back to long-poll for the next one")
    prompt_id: str | None
    prompt: dict[str, Any] | None = Field(description="what the tablet shows (case, item, window, clerk, photo)")
    shown: bool
    answer: dict[str, Any] | None = Field(description="the tablet's rating, until the window finishes the prompt")
    outcome: str | None
    pad_online: bool


class PromptIn(BaseModel):
    prompt_id: str = Field(min_length=1, max_length=36)
    prompt: dict[str, Any]


class FinishIn(BaseModel):
    prompt_id: str = Field(min_length=1, max_length=36)
    outcome: Literal["rated", "timeout", "superseded", "interrupted", "refused"]
    message: str | None = Field(default=None, max_length=200)


class AnswerIn(BaseModel):
    prompt_id: str = Field(min_length=1, max_length=36)
    answer: dict[str, Any] = Field(examples=[{"level": 4, "reasons": ["long_wait"], "text": "",
                                              "dimensions": {"overall": 4, "efficiency": 5,
                                                             "competence": 3, "attitude": 3}}])


def _out(s: PadState) -> PadStateOut:
    return PadStateOut(version=s.version, prompt_id=s.prompt_id, prompt=s.prompt, shown=s.shown, answer=s.answer,
                       outcome=s.outcome, pad_online=s.pad_online)


async def _write(central: CentralState, fn: Callable[[Session], PadState]) -> PadStateOut:
    result = await central.write(fn)
    SIGNAL.notify()
    return _out(result)


async def _wait(central: CentralState, window_id: str, version: int, wait: float) -> PadState:
    """The pad's state once its version differs from ``version`` (or after ``wait`` seconds)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        generation = SIGNAL.generation
        current = await central.read(lambda session: rating_pads.read(session, window_id))
        remaining = deadline - loop.time()
        if current.version != version or remaining <= 0 or central.signal.closed:
            return current
        await run_in_threadpool(SIGNAL.wait, generation, min(POLL_S, remaining))


@router.get("/evaluations/{evaluation_id}/rater", response_model=RaterOut)
async def rater(evaluation_id: str = Path(max_length=36), user: Principal = Depends(current_user),  # noqa: B008
                central: CentralState = Depends(state)) -> RaterOut:  # noqa: B008
    """Who rated (for the 差评 callback): managers only; every look-up is audited."""
    found = await central.write(lambda session: evaluations.rater_contact(session, evaluation_id, user))
    return RaterOut(**found)


@router.put("/rating-pads/{window_id}/prompt", response_model=PadStateOut,
            dependencies=[Depends(require_role("clerk"))])
async def put_prompt(body: PromptIn, window_id: str = WINDOW,
                     central: CentralState = Depends(state)) -> PadStateOut:  # noqa: B008
    """The window PC prompts its tablet (replacing any earlier prompt of the window)."""
    return await _write(central, lambda s: rating_pads.put_prompt(s, window_id, body.prompt_id, body.prompt))


@router.post("/rating-pads/{window_id}/finish", response_model=PadStateOut,
             dependencies=[Depends(require_role("clerk"))])
async def finish(body: FinishIn, window_id: str = WINDOW,
                 central: CentralState = Depends(state)) -> PadStateOut:  # noqa: B008
    """The window PC recorded the evaluation (or refused the answer with ``message``)."""
    return await _write(central, lambda s: rating_pads.finish(s, window_id, body.prompt_id, body.outcome,
                                                              body.message))


@router.get("/rating-pads/{window_id}/status", response_model=PadStateOut,
            dependencies=[Depends(require_role("clerk"))])
async def status(window_id: str = WINDOW, version: int = Query(default=-1),
                 wait: float = Query(default=0, ge=0, le=25),
                 central: CentralState = Depends(state)) -> PadStateOut:  # noqa: B008
    """The window PC's long-poll: the tablet's answer and whether the tablet is connected."""
    return _out(await _wait(central, window_id, version, wait))


@router.get("/rating-pads/{window_id}/next", response_model=PadStateOut,
            dependencies=[Depends(require_role("evaluator"))])
async def next_prompt(window_id: str = WINDOW, version: int = Query(default=-1),
                      wait: float = Query(default=0, ge=0, le=25),
                      central: CentralState = Depends(state)) -> PadStateOut:  # noqa: B008
    """The tablet's long-poll for its window's prompt; asking marks the tablet connected."""
    seen = await central.write(lambda s: rating_pads.pad_poll(s, window_id))
    if seen.version != version:
        SIGNAL.notify()
        return _out(seen)
    current = await _wait(central, window_id, seen.version, wait)
    if current.prompt is not None and not current.shown:
        return await _write(central, lambda s: rating_pads.pad_poll(s, window_id))
    return _out(current)


@router.post("/rating-pads/{window_id}/answer", response_model=PadStateOut,
             dependencies=[Depends(require_role("evaluator"))])
async def answer(body: AnswerIn, window_id: str = WINDOW,
                 central: CentralState = Depends(state)) -> PadStateOut:  # noqa: B008
    """The tablet's rating for the prompt it shows (409 when that prompt is over or already answered)."""
    return await _write(central, lambda s: rating_pads.pad_answer(s, window_id, body.prompt_id, body.answer))
