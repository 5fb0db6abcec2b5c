"""The HTTP client of the central API: timeouts, TLS, tokens and error classification.

Every request has a connect and a read timeout; TLS verification is always on (a hall may point
``ca_bundle`` at its own CA). Failures become the typed errors of :mod:`sync.errors` with a Chinese
message; those a later attempt can fix are retried a few times (:mod:`sync.retry`) before the caller
sees them. An expired access token is refreshed once, transparently; if that fails the caller gets
:class:`~sync.errors.AuthExpired` and must ask the user to log in again. Every reply also tells the
client how far its clock is from the server's (``Date``) and, on the sync routes, which API version
answered (``Hall-Api-Version``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
from tenacity import stop_after_attempt

from hallclient import API_VERSION
from sync.errors import AuthExpired, BadReply, Refused, ServerBusy, Unreachable
from sync.retry import policy

T = TypeVar("T")

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
#: Sent by the sync routes of the central service with its API major version.
API_VERSION_HEADER = "Hall-Api-Version"


@dataclass(frozen=True)
class UserSession:
    username: str
    display_name: str
    roles: tuple[str, ...]
    window_id: str | None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            when = dt.datetime.strptime(value, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=dt.UTC)
        except ValueError:
            return None
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _server_clock_offset(response: requests.Response) -> float | None:
    """Seconds the server's clock is ahead of ours, from the reply's ``Date`` header (1 s resolution)."""
    try:
        server = email.utils.parsedate_to_datetime(response.headers["Date"])
    except (KeyError, TypeError, ValueError):
        return None
    return (server - dt.datetime.now(dt.UTC)).total_seconds()


def incompatible_version(theirs: object) -> BadReply:
    return BadReply("中心系统接口版本 {theirs} 与本客户端（{ours}）不兼容，请升级", theirs=theirs, ours=API_VERSION)


def _error_message(response: requests.Response) -> tuple[str, str]:
    try:
        body = response.json()
        return body["error"]["code"], body["error"]["message"]
    except (ValueError, KeyError, TypeError):
        return "", response.reason or ""


class CentralClient:
    """One counter's connection to the central service (thread-safe; one pooled session)."""

    def __init__(self, base_url: str, *, device_id: str | None = None, ca_bundle: str = "",
                 connect_timeout: float = 3.05, read_timeout: float = 30.0, attempts: int = 3,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.timeout = (connect_timeout, read_timeout)
        self.attempts, self._sleep = attempts, sleep
        #: Seconds the central clock was ahead of ours at the last reply (None before the first one).
        self.clock_offset_s: float | None = None
        self._http = requests.Session()
        # passed with every request: a session-wide setting loses to REQUESTS_CA_BUNDLE in the environment
        self._verify: str | bool = ca_bundle or True
        self._http.headers["User-Agent"] = "HallClient/" + API_PREFIX
        self._lock = threading.Lock()
        self._access: str | None = None
        self._refresh: str | None = None
        self.user: UserSession | None = None

    # --- transport -------------------------------------------------------------------------------

    def request(self, method: str, path: str, *, auth: bool = True, timeout: tuple[float, float] | None = None,
                headers: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        """Send a request, retrying what may pass next time; the last failure is raised, classified."""
        return self._retrying(lambda: self._once(method, path, auth=auth, timeout=timeout, headers=headers,
                                                 **kwargs))

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """Like :meth:`request`, decoding the JSON body (an unusable body is retried like a lost reply)."""

        def once() -> Any:
            response = self._once(method, path, **kwargs)
            try:
                return response.json()
            except ValueError as exc:
                raise BadReply("中心系统返回的数据不完整或格式错误") from exc

        return self._retrying(once)

    def _retrying(self, fn: Callable[[], T]) -> T:
        return policy(stop=stop_after_attempt(self.attempts), sleep=self._sleep)(fn)

    def _once(self, method: str, path: str, *, auth: bool = True, timeout: tuple[float, float] | None = None,
              headers: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        """One attempt: refreshes the token once on 401, then classifies the outcome."""
        used = self._access
        response = self._send(method, path, auth=auth, timeout=timeout, headers=headers, **kwargs)
        if response.status_code == 401 and auth and self._refresh:
            self._refresh_tokens(used)
            response = self._send(method, path, auth=auth, timeout=timeout, headers=headers, **kwargs)
        self._note_server(response)
        self._raise_for(response)
        return response

    def _note_server(self, response: requests.Response) -> None:
        """Remember the server's clock offset; refuse a reply stamped with another API version."""
        offset = _server_clock_offset(response)
        if offset is not None:
            self.clock_offset_s = offset
        theirs = response.headers.get(API_VERSION_HEADER)
        if theirs is not None and theirs != str(API_VERSION):
            raise incompatible_version(theirs)

    def _send(self, method: str, path: str, *, auth: bool, timeout: tuple[float, float] | None,
              headers: dict[str, str] | None, **kwargs: Any) -> requests.Response:
        all_headers = dict(headers or {})
        if auth and self._access:
            all_headers["Authorization"] = f"Bearer {self._access}"
        url = self.base_url + API_PREFIX + path
        try:
            return self._http.request(method, url, timeout=timeout or self.timeout, headers=all_headers,
                                      verify=self._verify, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise Unreachable("与中心系统的安全连接失败（证书无效）：{reason}", reason=str(exc)[:200]) from exc
        except requests.exceptions.Timeout as exc:
            raise Unreachable("中心系统响应超时") from exc
        except requests.exceptions.ConnectionError as exc:
            raise Unreachable("无法连接中心系统 {url}", url=self.base_url) from exc
        except requests.exceptions.RequestException as exc:
            raise BadReply("与中心系统通信出错：{reason}", reason=str(exc)[:200]) from exc

    def _raise_for(self, response: requests.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        code, message = _error_message(response)
        if status == 401 and code == "invalid_credentials":
            raise Refused("{message}", status=status, code=code, message=message)
        if status == 401:
            raise AuthExpired("登录已过期，请重新登录")
        if status == 429 or status >= 500:
            raise ServerBusy("中心系统繁忙（HTTP {status}），稍后自动重试", status=status,
                             retry_after=_retry_after(response.headers.get("Retry-After")))
        raise Refused("{message}", status=status, code=code, message=message or f"HTTP {status}")

    # --- session ---------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``/health``; raises :class:`BadReply` when the centre speaks another API version."""
        body = self.json("GET", "/health", auth=False)
        if not isinstance(body, dict) or body.get("status") != "ok":
            raise BadReply("中心系统状态异常")
        if body.get("api_version") != API_VERSION:
            raise incompatible_version(body.get("api_version"))
        return body

    def login(self, username: str, password: str) -> UserSession:
        body = self.json("POST", "/auth/login", auth=False,
                         json={"username": username, "password": password, "device_id": self.device_id})
        return self._take_tokens(body)

    def _refresh_tokens(self, stale: str | None) -> None:
        """Trade the refresh token for a new pair, unless another thread already replaced ``stale``
        (refresh tokens rotate: refreshing twice with the same one would end the session)."""
        with self._lock:
            if self._access != stale:
                return
            refresh = self._refresh
            if refresh is None:
                raise AuthExpired("登录已过期，请重新登录")
            try:
                body = self.json("POST", "/auth/refresh", auth=False, json={"refresh_token": refresh})
            except (AuthExpired, Refused) as exc:
                self._access = self._refresh = None
                raise AuthExpired("登录已过期，请重新登录") from exc
            self._take_tokens(body)

    def _take_tokens(self, body: Any) -> UserSession:
        try:
            user = body["user"]
            self._access, self._refresh = body["access_token"], body["refresh_token"]
            self.user = UserSession(user["username"], user["display_name"], tuple(user["roles"]),
                                    user.get("window_id"))
        except (KeyError, TypeError) as exc:
            raise BadReply("中心系统返回的登录信息不完整") from exc
        return self.user

    def logout(self) -> None:
        self._access = self._refresh = None
        self.user = None

    def close(self) -> None:
        self._http.close()
