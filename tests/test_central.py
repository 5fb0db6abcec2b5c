"""The reference central service over SQLite and PostgreSQL: health, login, hall data, feed, OpenAPI."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from central.models import Base
from central.server import free_port

API = "/api/v1"
OPENAPI_DOC = Path(__file__).parent.parent / "docs" / "central-api.json"


def test_health_answers_ok_with_version_and_time(central_any: Any) -> None:
    body = requests.get(central_any.url + API + "/health", timeout=5).json()
    assert body["status"] == "ok"
    assert body["api_version"] == 1
    assert body["database"] in ("sqlite", "postgresql")
    assert body["feed_seq"] > 0  # the seeded hall is in the feed


def test_login_refresh_and_roles(central_any: Any) -> None:
    url = central_any.url + API
    bad = requests.post(url + "/auth/login", json={"username": "demo", "password": "wrong"}, timeout=5)
    assert bad.status_code == 401
    assert bad.json()["error"]["message"] == "用户名或密码错误"
    tokens = requests.post(url + "/auth/login", json={"username": "clerk01", "password": "clerk01"}, timeout=5).json()
    assert tokens["user"]["roles"] == ["clerk"]
    me = requests.get(url + "/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=5)
    assert me.json()["username"] == "clerk01"
    renewed = requests.post(url + "/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=5)
    assert renewed.status_code == 200
    reused = requests.post(url + "/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=5)
    assert reused.status_code == 401  # refresh tokens rotate
    assert requests.get(url + "/hall", timeout=5).status_code == 401


def test_hall_and_catalog_are_served(central_any: Any) -> None:
    url = central_any.url + API
    token = requests.post(url + "/auth/login", json={"username": "guide1", "password": "guide1"}, timeout=5).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    hall = requests.get(url + "/hall", headers=headers, timeout=5).json()
    assert [z["code"] for z in hall["zones"]] == ["A", "B", "D", "E", "F"]
    assert len(hall["windows"]) >= 12
    items = requests.get(url + "/catalog/items", headers=headers, timeout=5).json()
    assert len(items) >= 40
    assert any(i["name"] == "企业设立登记" for i in items)
    missing = requests.get(url + "/catalog/items/NOPE", headers=headers, timeout=5)
    assert missing.status_code == 404 and "不存在" in missing.json()["error"]["message"]


def test_change_feed_pages_in_order_and_long_polls(central_any: Any) -> None:
    url = central_any.url + API
    token = requests.post(url + "/auth/login", json={"username": "demo", "password": "demo"}, timeout=5).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    first = requests.get(url + "/changes", params={"after": 0, "limit": 10}, headers=headers, timeout=5).json()
    assert [c["seq"] for c in first["changes"]] == list(range(1, 11)) and first["more"]
    latest = requests.get(url + "/health", timeout=5).json()["feed_seq"]
    started = time.monotonic()
    empty = requests.get(url + "/changes", params={"after": latest, "wait": 0.5}, headers=headers, timeout=5).json()
    assert empty["changes"] == [] and empty["last_seq"] == latest
    assert time.monotonic() - started >= 0.45  # it really waited


def test_central_schema_matches_its_migrations(central_db: str) -> None:
    from central.app import prepare_database
    from central.db import create_central_engine

    prepare_database(central_db)
    engine = create_central_engine(central_db)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_committed_openapi_document_matches_the_app(tmp_path: Path) -> None:
    from central.app import create_app

    served = create_app(f"sqlite:///{tmp_path / 'c.db'}").openapi()
    committed = json.loads(OPENAPI_DOC.read_text(encoding="utf-8"))
    assert committed == served, "docs/central-api.json is stale: run `python tools/openapi.py` and commit it"


def test_cli_runs_the_service_on_the_given_port(tmp_path: Path) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'central.db'}"
    process = subprocess.Popen([sys.executable, "-m", "hallclient.cli", "central", "--db", db, "--host",
                                "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                body = requests.get(f"http://127.0.0.1:{port}{API}/health", timeout=1).json()
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("central did not start: " + process.stderr.read().decode() if process.stderr else "")
                time.sleep(0.1)
        assert body["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=10)
