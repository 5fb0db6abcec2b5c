"""A counter in a subprocess, for the kill -9 tests (``python -m tests.sync.child push|upload ...``).

``push``: create consultations ``rec-<n>`` up to ``--count`` while a thread pushes the outbox, then
push until it is empty. ``upload``: store ``--file`` (once) and upload it in ``--chunk`` byte PATCHes,
printing each new offset. Both pick up where a killed predecessor stopped and print ``ready`` once
logged in and ``done`` at the end, so the parent knows where it may kill them.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection

from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.errors import CentralError
from sync.push import push_all
from sync.upload import upload_file


def _say(text: str) -> None:
    print(text, flush=True)


def push(hall: Hall, client: CentralClient, count: int) -> None:
    stop = threading.Event()

    def pusher() -> None:
        while not stop.is_set():
            try:
                if not push_all(hall, client):
                    time.sleep(0.01)
            except CentralError:
                time.sleep(0.05)

    thread = threading.Thread(target=pusher, daemon=True)
    thread.start()
    for n in range(hall.consultations.count(), count):
        hall.consultations.create(staff="guide1", note=f"rec-{n}", item_codes=["330602-QT-0101"])
    stop.set()
    thread.join()
    while hall.outbox.summary().pending:
        push_all(hall, client)


class _SmallSendBuffer(HTTPAdapter):
    """A small, fixed send buffer (as on a slow link): when the process dies, most of the chunk in
    flight is still in its memory, not in a kernel buffer that would deliver it anyway."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["socket_options"] = [*HTTPConnection.default_socket_options,
                                    (socket.SOL_SOCKET, socket.SO_SNDBUF, 32 * 1024)]
        super().init_poolmanager(*args, **kwargs)


def upload(hall: Hall, client: CentralClient, source: Path, chunk: int) -> None:
    client._http.mount("http://", _SmallSendBuffer())
    if hall.files.next_upload() is None:
        hall.files.add(source, filename=source.name, case_id="case-kill", material_id="m-1")
    job = hall.files.next_upload()
    assert job is not None
    upload_file(hall, client, job, chunk_size=chunk, on_progress=lambda offset: _say(f"offset {offset}"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["push", "upload"])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--file")
    parser.add_argument("--chunk", type=int, default=64 * 1024)
    args = parser.parse_args()
    hall = Hall.open(DataDir(Path(args.data_dir)))
    client = CentralClient(args.url, device_id=hall.device_id)
    client.login("guide1", "guide1")
    _say("ready")
    if args.mode == "push":
        push(hall, client, args.count)
    else:
        upload(hall, client, Path(args.file), args.chunk)
    hall.close()
    _say("done")


if __name__ == "__main__":
    main()
