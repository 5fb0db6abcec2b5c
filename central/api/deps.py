"""Request dependencies: a database session per request and the authenticated user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from central import auth
from central.errors import ApiError
from central.feed import FeedSignal


@dataclass
class CentralState:
    """What every request needs, hung on ``app.state.central``."""

    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]  # never write; on SQLite they do not take the write lock
    signal: FeedSignal
    dialect: str


def state(request: Request) -> CentralState:
    return request.app.state.central


def db(request: Request) -> Iterator[Session]:
    """A session whose work commits when the handler returns normally."""
    with state(request).sessions.begin() as session:
        yield session


def read_db(request: Request) -> Iterator[Session]:
    """A session for handlers that only read."""
    with state(request).readers() as session:
        yield session


_bearer = HTTPBearer(auto_error=False)


def current_user(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> auth.Principal:
    """Check the bearer token in a transaction of its own.

    It must not share the handler's session: a long-poll would otherwise hold a SQLite write lock
    (or a PostgreSQL transaction) for the whole wait.
    """
    if credentials is None:
        raise ApiError(401, "not_authenticated", "请先登录")
    with state(request).readers() as session:
        return auth.principal_for(session, credentials.credentials)


def require_role(*roles: str) -> Callable[[auth.Principal], auth.Principal]:
    def check(user: auth.Principal = Depends(current_user)) -> auth.Principal:  # noqa: B008
        if not set(roles) & set(user.roles) and "admin" not in user.roles:
            raise ApiError(403, "forbidden", "当前账号无权执行此操作")
        return user

    return check
