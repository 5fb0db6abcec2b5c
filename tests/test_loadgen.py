"""The benchmarks' load generator: back-to-back requests, or one every ``every_s`` per connection."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.loadgen import load


class _Ok(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the load generator expects

    def do_GET(self) -> None:
        status = 404 if self.path == "/missing" else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *_args: object) -> None:
        pass


def ok_request(_connection: int, _index: int) -> tuple[str, str, dict[str, str], None]:
    return "GET", "/ok", {}, None


def missing_request(_connection: int, _index: int) -> tuple[str, str, dict[str, str], None]:
    return "GET", "/missing", {}, None


@pytest.fixture
def url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_paced_connections_send_one_request_per_interval(url: str) -> None:
    result = load(url, concurrency=4, seconds=2, factory=ok_request, every_s=0.5)
    assert 14 <= result.requests <= 16  # 4 connections × 4 slots in 2 s (a slot may fall just past the end)
    assert result.errors == 0 and len(result.latencies_ms) == result.requests


def test_unpaced_connections_send_back_to_back_and_count_errors(url: str) -> None:
    result = load(url, concurrency=2, seconds=1, factory=missing_request)
    assert result.requests > 20  # paced at 0.5 s it would have been 4
    assert result.errors == result.requests
