"""Logging in, refreshing and checking bearer tokens (short access token, long refresh token)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from central.errors import ApiError
from central.models import AuthToken, User
from central.prepared import run
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


_TOKENS = AuthToken.__table__
_USERS = User.__table__
_PRINCIPAL = (
    select(_USERS.c.username, _USERS.c.display_name, _USERS.c.roles, _USERS.c.window_id, _TOKENS.c.device_id,
           _TOKENS.c.expires_at)
    .join(_USERS, _USERS.c.username == _TOKENS.c.username)
    .where(_TOKENS.c.token_hash == bindparam("hash"), _TOKENS.c.kind == "access", _TOKENS.c.revoked.is_(False),
           _USERS.c.active.is_(True))
)

def principal_for(session: Session, access_token: str) -> Principal:
    """The user behind an access token, checked on every request so that a logout, an expiry or a
    disabled account takes effect at once (one indexed Core query, no ORM objects)."""
    row = run(session.connection(), _PRINCIPAL, {"hash": token_hash(access_token)}).first()
    expires_at = None if row is None else row.expires_at.replace(tzinfo=dt.UTC)
    if row is None or expires_at is None or expires_at <= clock.now():
        raise ApiError(401, "token_expired", "访问令牌已过期")
    return Principal(row.username, row.display_name, tuple(row.roles), row.window_id, row.device_id)


def purge_expired(session: Session) -> None:
    for row in session.scalars(select(AuthToken).where(AuthToken.expires_at <= clock.now())):
        session.delete(row)
