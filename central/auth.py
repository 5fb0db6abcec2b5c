"""Logging in, refreshing and checking bearer tokens (short access token, long refresh token)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.errors import ApiError
from central.models import AuthToken, User
from central.security import new_token, token_hash, verify_password
from hallclient import clock

ACCESS_LIFETIME = dt.timedelta(hours=1)
REFRESH_LIFETIME = dt.timedelta(days=30)


@dataclass(frozen=True)
class Principal:
    username: str
    display_name: str
    roles: tuple[str, ...]
    window_id: str | None
    device_id: str | None


@dataclass(frozen=True)
class Tokens:
    access: str
    refresh: str
    expires_in: int
    user: User


def _issue(session: Session, user: User, kind: str, lifetime: dt.timedelta, device_id: str | None) -> str:
    token = new_token()
    session.add(AuthToken(token_hash=token_hash(token), username=user.username, kind=kind, device_id=device_id,
                          expires_at=clock.now() + lifetime))
    return token


def _pair(session: Session, user: User, device_id: str | None) -> Tokens:
    return Tokens(
        access=_issue(session, user, "access", ACCESS_LIFETIME, device_id),
        refresh=_issue(session, user, "refresh", REFRESH_LIFETIME, device_id),
        expires_in=int(ACCESS_LIFETIME.total_seconds()),
        user=user,
    )


def login(session: Session, username: str, password: str, device_id: str | None) -> Tokens:
    user = session.get(User, username)
    if user is None or not user.active or not verify_password(password, user.password_hash):
        raise ApiError(401, "invalid_credentials", "用户名或密码错误")
    return _pair(session, user, device_id)


def _valid_token(session: Session, token: str, kind: str) -> AuthToken | None:
    row = session.get(AuthToken, token_hash(token))
    if row is None or row.kind != kind or row.revoked or row.expires_at <= clock.now():
        return None
    return row


def refresh(session: Session, refresh_token: str) -> Tokens:
    """Trade a refresh token for a new pair; the old refresh token stops working (rotation)."""
    row = _valid_token(session, refresh_token, "refresh")
    if row is None:
        raise ApiError(401, "session_expired", "登录已过期，请重新登录")
    row.revoked = True
    user = session.get(User, row.username)
    if user is None or not user.active:
        raise ApiError(401, "session_expired", "登录已过期，请重新登录")
    return _pair(session, user, row.device_id)


def principal_for(session: Session, access_token: str) -> Principal:
    row = _valid_token(session, access_token, "access")
    if row is None:
        raise ApiError(401, "token_expired", "访问令牌已过期")
    user = session.get(User, row.username)
    if user is None or not user.active:
        raise ApiError(401, "token_expired", "访问令牌已过期")
    return Principal(user.username, user.display_name, tuple(user.roles), user.window_id, row.device_id)


def purge_expired(session: Session) -> None:
    for row in session.scalars(select(AuthToken).where(AuthToken.expires_at <= clock.now())):
        session.delete(row)
