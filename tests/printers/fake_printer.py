"""A network thermal printer on 127.0.0.1 that records every job and answers DLE EOT like a real one.

It exercises python-escpos's real ``Network`` driver, sockets and timeouts included, instead of a mock.
"""

from __future__ import annotations

import socketserver
import threading

DLE_EOT = b"\x10\x04"

#: DLE EOT 1..4 answers per the ESC/POS reference (fixed bits 0x12 plus the condition's bits).
READY = {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12}
PAPER_LOW = {**READY, 4: 0x1E}
PAPER_OUT = {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72}
COVER_OPEN = {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12}
CUTTER_JAMMED = {1: 0x1A, 2: 0x52, 3: 0x1A, 4: 0x12}
FEED_BUTTON = {1: 0x5A, 2: 0x1A, 3: 0x12, 4: 0x12}  # offline while paper is fed by the button


class FakeTcpPrinter:
    """Set ``status`` (None: stay silent) between jobs; ``status_after_cut`` simulates trouble mid-job."""

    def __init__(self) -> None:
        self.status: dict[int, int] | None = dict(READY)
        self.status_after_cut: dict[int, int] | None = None
        self._jobs: list[bytes] = []
        self._job_ended = threading.Condition()
        self._server = socketserver.TCPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"tcp://{host}:{port}"

    def job(self, number: int, timeout: float = 5.0) -> bytes:
        """Everything received on the ``number``-th connection (from 0), once the client has closed it."""
        with self._job_ended:
            assert self._job_ended.wait_for(lambda: len(self._jobs) > number, timeout), "no such print job"
            return self._jobs[number]

    def start(self) -> FakeTcpPrinter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[socketserver.BaseRequestHandler]:
        fake = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                job = bytearray()
                scanned = 0
                while chunk := self.request.recv(65536):
                    job += chunk
                    if b"\x1dV" in chunk and fake.status_after_cut is not None:
                        fake.status = fake.status_after_cut
                    # answer each complete DLE EOT n once, even when it arrives split over two reads
                    while (i := job.find(DLE_EOT, scanned)) != -1 and i + 2 < len(job):
                        scanned = i + 3
                        if fake.status is not None:
                            self.request.sendall(bytes([fake.status[job[i + 2]]]))
                with fake._job_ended:
                    fake._jobs.append(bytes(job))
                    fake._job_ended.notify_all()

        return Handler
