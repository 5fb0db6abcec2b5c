"""The serial pad driver against a pseudo-terminal pair: the test plays the pad on the master side,
speaking the line protocol of ``hallclient.evaluator.serial_pad`` — with garbage in between."""

from __future__ import annotations

import json
import os
import pty
import select
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from hallclient.domain.rating import RATED, UNRATED
from hallclient.errors import ValidationError
from hallclient.evaluator.desk import EvaluationDesk, Phase
from hallclient.evaluator.serial_pad import SerialPad, decode_line, encode_line
from hallclient.evaluator.setting import parse_device, parse_url
from hallclient.hall import Hall
from tests.evaluation.conftest import BAD, end_of, wait_for


class PtyPad:
    """The pad's end of the line: reads what the PC sends, answers hello, writes what the test says."""

    def __init__(self) -> None:
        self.master, self.slave = pty.openpty()
        self.path = os.ttyname(self.slave)  # the driver opens the slave by name
        self.received: list[dict[str, Any]] = []
        self.raw_errors = 0
        self.answer_hello = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 1024)
            except OSError:  # nobody has the slave open for a moment
                continue
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                message = json.loads(line.rpartition(b"*")[0])
                self.received.append(message)
                if message["t"] == "hello" and self.answer_hello:
                    self.write_raw(encode_line({"t": "hello", "model": "pty-pad"}))

    def write_raw(self, data: bytes) -> None:
        os.write(self.master, data)

    def send(self, message: dict[str, Any]) -> None:
        self.write_raw(encode_line(message))

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.received if m["t"] == kind]

    def unplug(self) -> None:
        self._stop.set()
        self._thread.join()
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def pad() -> Iterator[PtyPad]:
    p = PtyPad()
    yield p
    if not p._stop.is_set():
        p.unplug()


def _desk(hall: Hall, pad: PtyPad, timeout_s: float = 30) -> EvaluationDesk:
    device = SerialPad(pad.path, 9600, heartbeat_s=0.2, online_s=1.0, reopen_s=0.1)
    return EvaluationDesk(hall, device, timeout_s=timeout_s).start()


def test_line_format_round_trips_and_garbage_is_named() -> None:
    line = encode_line({"t": "rate", "id": "x", "level": 2, "text": "很好"})
    assert decode_line(line) == {"t": "rate", "id": "x", "level": 2, "text": "很好"}
    for garbage, why in ((b"\x00\xff\xfe", "校验码"), (b'{"t":"rate"}*00', "校验失败"),
                         (b"[1,2]*" + b"%02X" % (ord("[") ^ ord("1") ^ ord(",") ^ ord("2") ^ ord("]")), "未知类型"),
                         (b"x" * 5000, "过长")):
        with pytest.raises(ValidationError, match=why):
            decode_line(garbage)
    assert parse_url("serial:///dev/ttyUSB0?baudrate=19200") == ("/dev/ttyUSB0", 19200)
    assert parse_url("serial://COM3") == ("COM3", 9600)
    with pytest.raises(ValidationError):
        parse_url("tcp://1.2.3.4")
    assert parse_device("serial:///dev/ttyS1?baudrate=4800").port == "/dev/ttyS1"
    assert parse_device("").kind == "builtin" and parse_device("tablet").kind == "tablet"
    with pytest.raises(ValidationError, match="评价器设置"):
        parse_device("bluetooth")


def test_pad_rates_through_the_serial_line_despite_garbage(hall: Hall, pad: PtyPad) -> None:
    desk = _desk(hall, pad)
    try:
        wait_for(lambda: desk.status.connected)
        info = desk.prompt(end_of("serial-1"))
        prompt = wait_for(lambda: pad.of_type("prompt"))[-1]
        assert prompt["id"] == info.id and prompt["item"] == "企业设立登记" and prompt["window"] == "5 号窗口"
        assert prompt["clerk"] == "周晓梅" and "photo" not in prompt
        pad.send({"t": "shown", "id": info.id})
        wait_for(lambda: desk.status.shown)
        # garbage: noise, a cut line, a wrong checksum, an unknown type — none of it counts
        pad.write_raw(b"\xff\xfe\x00noise\n")
        pad.write_raw(b'{"t":"rate","id":"' + info.id.encode() + b'","level":1}*00\n')
        pad.write_raw(encode_line({"t": "format-c:"}))
        wait_for(lambda: len(pad.of_type("nak")) >= 3)
        assert hall.evaluations.get(info.id).status == "prompted"
        assert desk.status.problem is not None
        rate = {"t": "rate", "id": info.id, "level": BAD["level"], "reasons": BAD["reasons"], "text": BAD["text"],
                "dims": BAD["dimensions"]}
        pad.send(rate)
        pad.send(rate)  # sent twice (the pad did not see our answer): stored once
        wait_for(lambda: pad.of_type("end"))
        wait_for(lambda: any(m.get("id") == info.id and "已结束" in m.get("error", "") for m in pad.of_type("nak")))
        stored = hall.evaluations.get(info.id)
        assert stored.status == RATED and stored.level == 5 and stored.device == "serial" and stored.has_followup
        assert pad.of_type("end")[-1] == {"t": "end", "id": info.id, "outcome": "rated"}
        assert len([op for op in hall.outbox.next_batch() if op.type == "evaluation.record"]) == 1
        assert desk.device.bad_lines >= 3
    finally:
        desk.close()


def test_pad_unplugged_mid_rating_ends_unrated_at_the_timeout(hall: Hall, pad: PtyPad) -> None:
    desk = _desk(hall, pad, timeout_s=1.5)
    try:
        wait_for(lambda: desk.status.connected)
        info = desk.prompt(end_of("serial-2"))
        wait_for(lambda: pad.of_type("prompt"))
        pad.unplug()
        wait_for(lambda: not desk.status.connected)
        assert desk.status.phase == Phase.WAITING  # the prompt stays open for the pad to come back
        wait_for(lambda: desk.status.phase == Phase.TIMED_OUT, timeout=5)
        stored = hall.evaluations.get(info.id)
        assert stored.status == UNRATED and stored.level is None
    finally:
        desk.close()


def test_a_silent_pad_is_not_connected(hall: Hall, pad: PtyPad) -> None:
    pad.answer_hello = False
    desk = _desk(hall, pad)
    try:
        wait_for(lambda: len(pad.of_type("hello")) >= 3)
        assert not desk.status.connected
    finally:
        desk.close()
