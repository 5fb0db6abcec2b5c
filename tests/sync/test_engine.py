"""The background loops and their state: offline with a count, syncing with progress, online, logged out."""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from typing import Any

import pytest
from sqlalchemy import update

from central.models import AuthToken
from central.server import BackgroundCentral, free_port
from hallclient import clock
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.engine import Connection, SyncEngine
from tests.sync.conftest import wait_for_state
from tests.sync.ops_helpers import feed_notes
from tests.sync.stub import StubServer, json_reply

FAST = {"long_poll_s": 0.5, "retry_s": 0.05, "max_wait_s": 0.5}


@pytest.fixture
def engines() -> Any:
    started: list[SyncEngine] = []

    def make(hall: Hall, client: CentralClient) -> SyncEngine:
        engine = SyncEngine(hall, client, **FAST)
        started.append(engine)
        return engine

    yield make
    for engine in started:
        engine.stop()


def test_central_down_all_along_then_up_drains_the_outbox_in_each_records_order(
        hall: Hall, central_db_factory: Any, engines: Any) -> None:
    db_url, port = central_db_factory("sqlite"), free_port()
    first = BackgroundCentral(db_url, port=port).start()
    client = CentralClient(first.url, device_id=hall.device_id, attempts=1)
    client.login("guide1", "guide1")
    first.stop()  # down before the counter starts syncing, for the whole working session
    engine = engines(hall, client)
    engine.start()
    ids = []
    for i in range(12):
        cid = hall.consultations.create(staff="guide1", note=f"{i}-v1").value
        ids.append(cid)
        for version in (2, 3):
            hall.consultations.update(cid, actor="guide1", note=f"{i}-v{version}")
        state = wait_for_state(engine, lambda s, n=3 * (i + 1): s.pending == n)
        assert state.connection == Connection.OFFLINE and "无法连接中心系统" in state.message
    second = BackgroundCentral(db_url, port=port).start()
    try:
        engine.sync_now()
        state = wait_for_state(engine, lambda s: s.connection == Connection.ONLINE and s.pending == 0)
        assert state.last_push is not None and hall.outbox.summary().pending == 0
        for i, cid in enumerate(ids):
            assert feed_notes(second, cid) == [f"{i}-v1", f"{i}-v2", f"{i}-v3"]
    finally:
        engine.stop()
        second.stop()


def test_offline_then_syncing_with_progress_then_online(hall: Hall, central: Any, proxy: Any, connect: Any,
                                                        engines: Any) -> None:
    client = connect(proxy.url, hall, attempts=1)
    for i in range(3):
        hall.consultations.create(staff="guide1", note=f"{i}")
    proxy.refuse()
    states: list[Any] = []
    engine = engines(hall, client)
    engine.add_listener(states.append)
    engine.start()
    offline = wait_for_state(engine, lambda s: s.connection == Connection.OFFLINE and s.pending == 3)
    assert "无法连接中心系统" in offline.message
    proxy.add("POST", "/api/v1/ops", "delay", seconds=0.3)  # slow enough to be seen syncing
    proxy.accept()
    engine.sync_now()
    wait_for_state(engine, lambda s: s.connection == Connection.ONLINE and s.pending == 0)
    syncing = [s for s in states if s.connection == Connection.SYNCING]
    assert syncing and all(0 <= s.progress < 1 for s in syncing)


def test_an_expired_session_parks_sync_until_the_user_logs_in_again(hall: Hall, central: Any, connect: Any,
                                                                   engines: Any) -> None:
    client = connect(central.url, hall)
    engine = engines(hall, client)
    engine.start()
    wait_for_state(engine, lambda s: s.connection == Connection.ONLINE)
    past = clock.now() - dt.timedelta(minutes=1)
    central.app.state.central.run_write(lambda s: s.execute(update(AuthToken).values(expires_at=past)))
    hall.consultations.create(staff="guide1", note="过期后登记")
    state = wait_for_state(engine, lambda s: s.connection == Connection.LOGGED_OUT)
    assert state.message == "登录已过期，请重新登录" and hall.outbox.summary().pending == 1
    client.login("demo", "demo")
    engine.resume()
    wait_for_state(engine, lambda s: s.connection == Connection.ONLINE and s.pending == 0)


def test_another_api_version_and_a_far_off_clock_are_reported_and_logged(
        hall: Hall, engines: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sync")
    stub = StubServer([json_reply({"changes": [], "last_seq": 0, "more": False}, **{"Hall-Api-Version": "2"})])
    stub.date = email.utils.format_datetime(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=45), usegmt=True)
    engine = engines(hall, CentralClient(stub.url, attempts=1))
    try:
        engine.start()
        state = wait_for_state(engine, lambda s: s.connection == Connection.OFFLINE and s.message != "")
    finally:
        engine.stop()
        stub.close()
    assert state.message == "中心系统接口版本 2 与本客户端（1）不兼容，请升级"
    assert state.warning == "本机时间与中心系统相差 45 分钟，请校准系统时间"
    assert any("接口版本 2" in r.getMessage() for r in caplog.records)
    assert hall.replica.cursor() == 0
