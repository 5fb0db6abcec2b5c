"""kill -9 at random moments: nothing lost, nothing applied twice, uploads resume where the server stands."""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from central.models import AppliedOp, Attachment, UploadSession
from hallclient.paths import DataDir
from tests.sync.ops_helpers import central_read, consultation_notes

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _child(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-m", "tests.sync.child", *args], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != "ready":
        process.kill()
        pytest.fail(f"child did not start: {line}{process.stderr.read() if process.stderr else ''}")
    return process


def _kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL


def _finish(process: subprocess.Popen[str]) -> None:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert out.strip().endswith("done")


def _integrity(data_dir: DataDir) -> str:
    with sqlite3.connect(data_dir.database) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _created(data_dir: DataDir) -> int:
    with sqlite3.connect(data_dir.database, timeout=10) as conn:
        return conn.execute("SELECT count(*) FROM consultations").fetchone()[0]


def test_kill_9_while_creating_and_pushing_1000_records(data_dir: DataDir, central: Any) -> None:
    """25 kill points: 22 spread over the creation of the records, 3 while the last ones are pushed;
    each a few random milliseconds past its mark, so it lands inside a transaction or a request."""
    rng = random.Random(20261122)
    args = ("push", "--data-dir", str(data_dir.root), "--url", central.url, "--count", "1000")
    marks = sorted(rng.sample(range(1, 1000), 22)) + [1000] * 3
    for mark in marks:
        process = _child(*args)
        while _created(data_dir) < mark and process.poll() is None:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.25 if mark == 1000 else 0.03))
        if process.poll() is None:
            _kill(process)
        assert _integrity(data_dir) == "ok"
    _finish(_child(*args))
    notes = consultation_notes(central)
    assert sorted(notes.values()) == sorted(f"rec-{n}" for n in range(1000))  # all of them, none twice
    assert central_read(central, lambda s: s.scalar(select(func.count()).select_from(AppliedOp))) == 1000
    assert _integrity(data_dir) == "ok"
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM consultations").fetchone()[0] == 1000


def _wait_for_offset(process: subprocess.Popen[str], target: int) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("offset") and int(line.split()[1]) >= target:
            return
    pytest.fail("the uploading child ended before the kill point")


def _patches(log: Any) -> tuple[list[int], list[int]]:
    """(bytes of every completed PATCH, bytes of every PATCH cut off by a kill) from the central log."""
    done = [int(m.group(1)) for line in log("received") if (m := re.search(r"received (\d+) bytes", line))]
    cut = [int(m.group(1)) for line in log("interrupted") if (m := re.search(r"after (\d+) bytes", line))]
    return done, cut


def test_kill_9_during_an_upload_resumes_from_the_servers_offset(data_dir: DataDir, central: Any, proxy: Any,
                                                                  central_log: Any, central_files: Path,
                                                                  tmp_path: Path) -> None:
    chunk, size = 256 * 1024, 3 * 1024 * 1024
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(size))
    proxy.add("PATCH", "/api/v1/uploads/", "throttle", rate=1024 * 1024, times=-1)  # ~0.25 s per chunk
    args = ("upload", "--data-dir", str(data_dir.root), "--url", proxy.url, "--file", str(scan), "--chunk",
            str(chunk))
    rng = random.Random(7)
    targets = (size // 5, size // 2, size * 3 // 4)
    urls: set[str] = set()
    for target in targets:
        process = _child(*args)
        _wait_for_offset(process, target)
        time.sleep(rng.uniform(0.03, 0.2))  # somewhere inside the next chunk
        _kill(process)
        with sqlite3.connect(data_dir.database) as conn:
            urls.add(conn.execute("SELECT url FROM uploads").fetchone()[0])
    _finish(_child(*args))
    done, cut = _patches(central_log)
    assert sum(done) == size  # every byte accepted exactly once, resuming at the server's offset
    assert len(cut) >= 2 and all(c < chunk for c in cut)  # what a kill cost: less than one chunk each
    assert sum(cut) < len(targets) * chunk
    assert len(urls) == 1  # one upload, resumed — never started again
    sessions = central_read(central, lambda s: [u.state for u in s.scalars(select(UploadSession))])
    assert sessions == ["complete"]
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert hashlib.sha256((central_files / sha[:2] / sha).read_bytes()).hexdigest() == sha
    assert central_read(central, lambda s: s.scalar(select(func.count()).select_from(Attachment))) == 1
    assert _integrity(data_dir) == "ok"
