"""A rating pad on a serial port (RS-232 / USB-serial), via pyserial. Protocol: ``docs/evaluation-devices.md``.

Line protocol, both directions: one message per line, UTF-8, ``\\n``-terminated::

    <compact JSON object>*<checksum>\\n

``<checksum>`` is two upper-case hex digits, the XOR of every byte of the JSON text (as in NMEA),
so a flipped bit or a line cut by a reconnect is caught. Every object has ``"t"`` (its type).

PC → pad: ``{"t":"hello"}`` (every few seconds: the pad answers ``hello``); ``{"t":"prompt","id":…,
"case":…,"item":…,"window":…,"clerk":…,"clerk_id":…,"timeout":60}`` (show the rating screen;
the photo is not sent — pads keep staff photos by ``clerk_id``); ``{"t":"end","id":…,"outcome":
"rated"|"timeout"|"superseded"}`` (back to the welcome screen); ``{"t":"nak","id":…,"error":…}``
(the answer or line was refused; ``error`` is Chinese for the applicant).

Pad → PC: ``{"t":"hello","model":…}``; ``{"t":"shown","id":…}`` (the rating screen is up);
``{"t":"rate","id":…,"level":1-5,"reasons":[…],"text":…,"dims":{"overall":…,…}}``.

Any line that is not valid (no or wrong checksum, not UTF-8, not a JSON object, unknown type, longer
than :data:`MAX_LINE`) is dropped with a ``nak`` and reported to the desk; it never counts as a rating.
The pad is *connected* while valid lines keep arriving (it answers the heartbeat); when the port
fails the driver reopens it every second and, once back, shows the open prompt again with the time
left. Whether an answer counts is the desk's decision, so a repeated or late ``rate`` is refused there.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from functools import reduce
from typing import Any

import serial

from hallclient.errors import HallError, ValidationError
from hallclient.evaluator.device import Prompt, RatingDevice

log = logging.getLogger(__name__)

MAX_LINE = 4096
PROMPT_TYPES = frozenset({"hello", "shown", "rate"})


def checksum(text: bytes) -> str:
    return f"{reduce(lambda a, b: a ^ b, text, 0):02X}"


def encode_line(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return body + b"*" + checksum(body).encode("ascii") + b"\n"


def decode_line(raw: bytes) -> dict[str, Any]:
    """One received line (without or with its ``\\n``) → the message, or ValidationError saying why not."""
    line = raw.rstrip(b"\r\n")
    if len(line) > MAX_LINE:
        raise ValidationError("评价器发来的数据过长（{n} 字节），已丢弃", n=len(line))
    body, star, check = line.rpartition(b"*")
    if not star or len(check) != 2:
        raise ValidationError("评价器发来的数据缺少校验码，已丢弃")
    if checksum(body) != check.decode("ascii", "replace").upper():
        raise ValidationError("评价器发来的数据校验失败，已丢弃")
    try:
        message = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("评价器发来的数据不是有效的 JSON，已丢弃") from None
    if not isinstance(message, dict) or message.get("t") not in PROMPT_TYPES:
        raise ValidationError("评价器发来了未知类型的消息，已丢弃")
    return message


class SerialPad(RatingDevice):
    kind = "serial"

    def __init__(self, port: str, baudrate: int = 9600, *, heartbeat_s: float = 3.0, online_s: float = 8.0,
                 reopen_s: float = 1.0, opener: Callable[..., Any] = serial.serial_for_url) -> None:
        super().__init__()
        self.port, self.baudrate = port, baudrate
        self.heartbeat_s, self.online_s, self.reopen_s = heartbeat_s, online_s, reopen_s
        self._open = opener
        self._serial: Any = None
        self._write_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._current: tuple[Prompt, float] | None = None  # the prompt and its monotonic deadline
        self.bad_lines = 0

    # --- RatingDevice ------------------------------------------------------------------------------

    def start(self, events: Any) -> None:
        super().start(events)
        self._thread = threading.Thread(target=self._run, name=f"serial-pad-{self.port}", daemon=True)
        self._thread.start()

    def show(self, prompt: Prompt) -> None:
        self._current = (prompt, time.monotonic() + prompt.timeout_s)
        self._send_prompt()

    def finish(self, prompt_id: str, outcome: str, error: HallError | None = None) -> None:
        if outcome == "refused":
            self._send({"t": "nak", "id": prompt_id, "error": str(error) if error else ""})
            return
        if self._current is not None and self._current[0].prompt_id == prompt_id:
            self._current = None
        self._send({"t": "end", "id": prompt_id, "outcome": outcome})

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
        self._close_port()
        super().close()

    # --- the line ---------------------------------------------------------------------------------

    def _send_prompt(self) -> None:
        current = self._current
        if current is None:
            return
        prompt, deadline = current
        left = max(1, round(deadline - time.monotonic()))
        self._send({"t": "prompt", **prompt.wire(photo=False), "timeout": left})

    def _send(self, message: dict[str, Any]) -> bool:
        with self._write_lock:
            port = self._serial
            if port is None:
                return False
            try:
                port.write(encode_line(message))
                port.flush()
                return True
            except (serial.SerialException, OSError) as exc:
                log.warning("serial pad %s: write failed (%s)", self.port, exc)
                return False

    def _close_port(self) -> None:
        with self._write_lock:
            port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                port = self._open(self.port, baudrate=self.baudrate, timeout=0.2, write_timeout=1)
            except (serial.SerialException, OSError, ValueError) as exc:
                log.debug("serial pad %s not available: %s", self.port, exc)
                self._set_connected(False)
                self._stop.wait(self.reopen_s)
                continue
            with self._write_lock:
                self._serial = port
            try:
                self._session(port)
            except (serial.SerialException, OSError) as exc:
                log.warning("serial pad %s lost: %s", self.port, exc)
            finally:
                self._close_port()
                self._set_connected(False)
            self._stop.wait(self.reopen_s)

    def _session(self, port: Any) -> None:
        """Read lines until the port fails or the driver stops; heartbeat and liveness on the way."""
        self._send({"t": "hello"})
        self._send_prompt()
        last_rx, last_hello, buffer = 0.0, time.monotonic(), b""
        while not self._stop.is_set():
            chunk = port.read(256)
            now = time.monotonic()
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                if line.strip() and self._received(line):
                    last_rx = now
            if len(buffer) > MAX_LINE:
                buffer = b""
                self._bad(ValidationError("评价器发来的数据过长（{n} 字节），已丢弃", n=MAX_LINE))
            if now - last_hello >= self.heartbeat_s:
                self._send({"t": "hello"})
                last_hello = now
            self._set_connected(last_rx > 0 and now - last_rx < self.online_s)

    def _received(self, line: bytes) -> bool:
        """Handle one line; True if it was valid (the pad is alive)."""
        try:
            message = decode_line(line)
        except ValidationError as exc:
            self._bad(exc)
            return False
        kind, events = message["t"], self._events
        if not self.connected and kind == "hello":
            self._set_connected(True)
            self._send_prompt()  # back after a break: show the open prompt again
        if events is None:
            return True
        if kind == "shown":
            events.device_shown(str(message.get("id")))
        elif kind == "rate":
            events.device_answered(str(message.get("id")), {
                "level": message.get("level"), "reasons": message.get("reasons") or [],
                "text": message.get("text") or "", "dimensions": message.get("dims") or {}})
        return True

    def _bad(self, error: ValidationError) -> None:
        self.bad_lines += 1
        self._send({"t": "nak", "error": str(error)})
        if self._events is not None:
            self._events.device_problem(error)
