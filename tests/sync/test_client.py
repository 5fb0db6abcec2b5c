"""The HTTP client: what is retried and how long it waits, timeouts, token refresh, TLS, the server's clock."""

from __future__ import annotations

import datetime as dt
import email.utils
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import select, update

from central.models import AuthToken
from central.server import free_port
from hallclient import clock
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.errors import AuthExpired, Refused, ServerBusy, Unreachable
from sync.push import push_once
from sync.retry import MAX_WAIT_S
from tests.sync.stub import StubServer, json_reply

HEALTH = {"status": "ok", "api_version": 1}


def _stub_client(replies: list[Any], **options: Any) -> tuple[StubServer, CentralClient, list[float]]:
    sleeps: list[float] = []
    stub = StubServer(replies)
    return stub, CentralClient(stub.url, sleep=sleeps.append, **options), sleeps


def test_busy_replies_are_retried_with_backoff_that_honours_retry_after() -> None:
    in_an_hour = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), usegmt=True)
    stub, client, sleeps = _stub_client([
        json_reply({}, 503, **{"Retry-After": "7"}), json_reply({}, 429, **{"Retry-After": "2"}),
        json_reply({}, 502), json_reply({}, 503, **{"Retry-After": in_an_hour}), json_reply(HEALTH)], attempts=5)
    try:
        assert client.health()["status"] == "ok"
    finally:
        stub.close()
    assert len(stub.requests) == 5
    assert sleeps[:2] == [7.0, 2.0]  # at least what the server asked for
    assert 2.0 <= sleeps[2] <= 2.5  # exponential (0.5 · 2²) plus up to 0.5 s of jitter
    assert sleeps[3] == MAX_WAIT_S  # "in an hour" is capped


def test_busy_to_the_end_reports_in_chinese_with_the_servers_hint() -> None:
    stub, client, sleeps = _stub_client([json_reply({}, 503, **{"Retry-After": "3"})], attempts=2)
    try:
        with pytest.raises(ServerBusy, match="中心系统繁忙（HTTP 503）") as info:
            client.health()
    finally:
        stub.close()
    assert info.value.retry_after == 3.0 and len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422])
def test_refusals_are_classified_not_retried(status: int) -> None:
    stub, client, sleeps = _stub_client([json_reply({"error": {"code": "x", "message": "中心系统说不行"}}, status)])
    try:
        with pytest.raises(Refused, match="中心系统说不行") as info:
            client.json("POST", "/ops", json={"ops": []})
    finally:
        stub.close()
    assert (info.value.status, len(stub.requests), sleeps) == (status, 1, [])


def test_timeouts_and_refused_connections_are_retried_then_reported(central: Any, proxy: Any) -> None:
    sleeps: list[float] = []
    client = CentralClient(proxy.url, read_timeout=0.3, attempts=2, sleep=sleeps.append)
    proxy.add("GET", "/api/v1/health", "delay", seconds=2, times=-1)
    with pytest.raises(Unreachable, match="中心系统响应超时"):
        client.health()
    assert [s.path for s in proxy.seen] == ["/api/v1/health"] * 2 and len(sleeps) == 1
    proxy.refuse()
    with pytest.raises(Unreachable, match="无法连接中心系统"):
        client.health()
    assert len(sleeps) == 2
    client.close()


def _expire(central: Any, kind: str) -> None:
    past = clock.now() - dt.timedelta(minutes=1)
    central.app.state.central.run_write(
        lambda s: s.execute(update(AuthToken).where(AuthToken.kind == kind).values(expires_at=past)))


def test_an_expired_access_token_is_refreshed_once_for_concurrent_requests(central: Any, connect: Any) -> None:
    client = connect(central.url)
    _expire(central, "access")
    start = threading.Barrier(4)
    names: list[str] = []

    def ask() -> None:
        start.wait()
        names.append(client.json("GET", "/auth/me")["username"])

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert names == ["demo"] * 4
    refresh = central.app.state.central.run_read(lambda s: [t.revoked for t in s.scalars(
        select(AuthToken).where(AuthToken.kind == "refresh"))])
    assert sorted(refresh) == [False, True]  # rotated exactly once, the session still alive


def test_an_expired_session_asks_for_a_new_login_and_keeps_the_outbox(hall: Hall, central: Any,
                                                                      connect: Any) -> None:
    client = connect(central.url, hall)
    hall.consultations.create(staff="guide1", note="会话过期时登记的")
    _expire(central, "access")
    _expire(central, "refresh")
    with pytest.raises(AuthExpired, match="登录已过期，请重新登录"):
        push_once(hall, client)
    assert hall.outbox.summary().pending == 1
    client.login("demo", "demo")
    assert push_once(hall, client) == (1, 1)


def test_the_servers_clock_is_read_from_every_reply() -> None:
    stub, client, _sleeps = _stub_client([json_reply(HEALTH)])
    stub.date = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(hours=2), usegmt=True)
    try:
        client.health()
    finally:
        stub.close()
    assert client.clock_offset_s == pytest.approx(7200, abs=5)


@pytest.fixture
def tls_central(central: Any, tmp_path: Path) -> Any:
    """The central app served over HTTPS with a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(central.app, host="127.0.0.1", port=port, log_level="warning",
                                           ssl_keyfile=str(key), ssl_certfile=str(cert)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", cert
    server.should_exit = True
    thread.join(timeout=5)


def test_tls_is_verified_and_a_custom_ca_bundle_is_honoured(tls_central: Any) -> None:
    url, cert = tls_central
    untrusting = CentralClient(url, attempts=1)
    with pytest.raises(Unreachable, match="安全连接失败（证书无效）"):
        untrusting.health()
    trusting = CentralClient(url, ca_bundle=str(cert), attempts=1)
    assert trusting.health()["status"] == "ok"
    untrusting.close()
    trusting.close()
