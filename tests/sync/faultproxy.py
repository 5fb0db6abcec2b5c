"""A small fault-injecting HTTP/1.1 proxy between a client and the real central service.

It understands just enough HTTP (request and response heads, ``Content-Length`` bodies) to act on
one request at a time, so a test can say "swallow the reply of the next ``POST /api/v1/ops``" while
everything else passes. Faults:

* ``swallow``: forward the request, let the server answer, then cut the client off (the server
  applied it; the client never hears);
* ``cut``: forward only the first ``keep`` bytes of the reply, then close (a truncated body);
* ``drop``: read the request and close without forwarding (the server never sees it);
* ``delay``: wait ``seconds`` before forwarding;
* ``throttle``: forward the request body at ``rate`` bytes per second (so a kill lands mid-body);
* :meth:`FaultProxy.refuse` / :meth:`FaultProxy.accept`: stop and resume listening (connection refused).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Rule:
    method: str
    path: str  # prefix
    action: str
    times: int = 1  # how many matching requests it applies to (-1: all)
    keep: int = 0
    seconds: float = 0.0
    rate: int = 0
    hits: int = 0


@dataclass
class Seen:
    """A request that went through (or was faulted), for assertions."""

    method: str
    path: str
    body_bytes: int
    action: str = "pass"
    extra: dict[str, str] = field(default_factory=dict)


def _read_head(sock: socket.socket, buffer: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buffer:
        data = sock.recv(65536)
        if not data:
            return None
        buffer += data
    end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:end])
    del buffer[:end]
    return head


def _length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _relay_body(src: socket.socket, sink: Callable[[bytes], object] | None, buffer: bytearray, length: int,
                rate: int = 0) -> None:
    """Move ``length`` body bytes from ``src`` (starting with what ``buffer`` holds) to ``sink``."""
    moved = 0
    step = max(1, rate // 50) if rate else 65536  # throttled: small pieces, 50 a second
    while moved < length:
        if not buffer:
            data = src.recv(step)
            if not data:
                raise ConnectionError("peer closed mid-body")
            buffer += data
        piece = bytes(buffer[:min(len(buffer), length - moved, step)])
        del buffer[:len(piece)]
        if sink is not None:
            sink(piece)
        moved += len(piece)
        if rate:
            time.sleep(len(piece) / rate)


class FaultProxy:
    def __init__(self, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.host, self.upstream_port = host, upstream_port
        self.rules: list[Rule] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._stopped = threading.Event()
        self._sockets: set[socket.socket] = set()
        probe = socket.socket()
        probe.bind((host, 0))
        self.port = probe.getsockname()[1]
        probe.close()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FaultProxy:
        self.accept()
        return self

    def accept(self) -> None:
        """(Re)open the listening socket."""
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # a small receive window: a throttled client really is mid-send, not done into kernel buffers
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)
        listener.bind((self.host, self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept_loop, args=(listener,), daemon=True).start()

    def refuse(self) -> None:
        """Close the listening socket and every open connection: new connections are refused."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            listener.close()
        self._close_all()

    def stop(self) -> None:
        self._stopped.set()
        self.refuse()

    def add(self, method: str, path: str, action: str, **options: float) -> Rule:
        rule = Rule(method, path, action, **options)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def _close_all(self) -> None:
        with self._lock:
            sockets, self._sockets = list(self._sockets), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _rule_for(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if rule.method == method and path.startswith(rule.path) and rule.times != 0:
                    rule.times -= 1
                    rule.hits += 1
                    return rule
        return None

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection((self.host, self.upstream_port))
        with self._lock:
            self._sockets.update((client, upstream))
        inbound, outbound = bytearray(), bytearray()
        try:
            while True:
                head = _read_head(client, inbound)
                if head is None:
                    return
                method, path = head.split(b" ", 2)[:2]
                seen = Seen(method.decode(), path.decode(), _length(head))
                self.seen.append(seen)
                rule = self._rule_for(seen.method, seen.path)
                seen.action = rule.action if rule else "pass"
                if rule is not None and rule.action == "drop":
                    _relay_body(client, None, inbound, seen.body_bytes)
                    return
                if rule is not None and rule.action == "delay":
                    time.sleep(rule.seconds)
                upstream.sendall(head)
                _relay_body(client, upstream.sendall, inbound, seen.body_bytes, int(rule.rate) if rule else 0)
                reply = _read_head(upstream, outbound)
                if reply is None:
                    return
                length = 0 if method == b"HEAD" or reply.split(b" ", 2)[1] in (b"204", b"304") else _length(reply)
                body = bytearray()
                _relay_body(upstream, body.extend, outbound, length)
                if rule is not None and rule.action == "swallow":
                    return
                whole = reply + bytes(body)
                client.sendall(whole[:int(rule.keep)] if rule is not None and rule.action == "cut" else whole)
                if rule is not None and rule.action == "cut":
                    return
        except (ConnectionError, OSError):
            return
        finally:
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
                with self._lock:
                    self._sockets.discard(sock)
