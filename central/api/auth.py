"""``/api/v1/auth``: log in, refresh a session, who am I."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from central import auth
from central.api.deps import CentralState, current_user, state
from central.api.schemas import LoginRequest, RefreshRequest, TokenReply, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])


def _reply(tokens: auth.Tokens) -> TokenReply:
    u = tokens.user
    return TokenReply(access_token=tokens.access, refresh_token=tokens.refresh, expires_in=tokens.expires_in,
                      user=UserOut(username=u.username, display_name=u.display_name, roles=list(u.roles),
                                   window_id=u.window_id))


@router.post("/login", response_model=TokenReply)
async def login(body: LoginRequest, central: CentralState = Depends(state)) -> TokenReply:  # noqa: B008
    return _reply(await central.write(lambda s: auth.login(s, body.username, body.password, body.device_id)))


@router.post("/refresh", response_model=TokenReply)
async def refresh(body: RefreshRequest, central: CentralState = Depends(state)) -> TokenReply:  # noqa: B008
    return _reply(await central.write(lambda s: auth.refresh(s, body.refresh_token)))


@router.get("/me", response_model=UserOut)
async def me(user: auth.Principal = Depends(current_user)) -> UserOut:  # noqa: B008
    return UserOut(username=user.username, display_name=user.display_name, roles=list(user.roles),
                   window_id=user.window_id)
