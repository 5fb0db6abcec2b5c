"""Starting the real central service as a separate process for benchmarks."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import requests

from central.server import free_port


@contextmanager
def running_central(db_url: str, *, workers: int = 1, seed_demo: bool = False) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "hallclient.cli", "central", "--db", db_url, "--port", str(port),
               "--workers", str(workers)]
    if seed_demo:
        command.append("--seed-demo")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(url + "/api/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("central did not start: " + process.stderr.read().decode()) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)
