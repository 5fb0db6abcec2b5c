"""A small keep-alive HTTP load generator (asyncio streams), run in its own process.

Generic enough for every throughput figure: N concurrent connections each send requests built by a
function of (connection index, request index) for a fixed time, and latencies are recorded. Each
connection sends its next request as soon as the last is answered, or, with ``every_s``, once every
that many seconds (from a random start, so the connections do not all fire at once). Keeping the
client in a separate process stops it from competing with the server for the GIL.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import get_context
from urllib.parse import urlsplit

RequestFactory = Callable[[int, int], tuple[str, str, dict[str, str], bytes | None]]


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] if ordered else float("nan")

    @property
    def median(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), 0)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _connection(host: str, port: int, index: int, factory: RequestFactory, stop_at: float,
                      every_s: float | None, latencies: list[float], errors: list[int]) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    done = 0
    next_at = time.perf_counter() + random.uniform(0, every_s or 0)
    while True:
        if every_s is not None:
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
            next_at += every_s
        if time.perf_counter() >= stop_at:
            break
        method, path, headers, body = factory(index, done)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if body is not None:
            lines.append(f"Content-Length: {len(body)}")
        started = time.perf_counter()
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b""))
        status, _reply = await _read_response(reader)
        latencies.append((time.perf_counter() - started) * 1000)
        if status >= 400:
            errors.append(status)
        done += 1
    writer.close()
    return done


async def _drive(url: str, concurrency: int, seconds: float, factory: RequestFactory,
                 every_s: float | None) -> LoadResult:
    parts = urlsplit(url)
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    counts = await asyncio.gather(*(
        _connection(parts.hostname or "127.0.0.1", parts.port or 80, i, factory, started + seconds, every_s,
                    latencies, errors)
        for i in range(concurrency)
    ))
    return LoadResult(sum(counts), len(errors), time.perf_counter() - started, latencies)


def _child(url: str, concurrency: int, seconds: float, factory: RequestFactory, every_s: float | None,
           out: object) -> None:
    result = asyncio.run(_drive(url, concurrency, seconds, factory, every_s))
    out.send(json.dumps(result.__dict__))  # type: ignore[attr-defined]


def load(url: str, *, concurrency: int, seconds: float, factory: RequestFactory,
         every_s: float | None = None) -> LoadResult:
    """Run the load from a child process (``factory`` must be a module-level function)."""
    ctx = get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_child, args=(url, concurrency, seconds, factory, every_s, child))
    process.start()
    data = json.loads(parent.recv())
    process.join()
    return LoadResult(**data)
