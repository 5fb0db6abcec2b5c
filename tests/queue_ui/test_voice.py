"""The hall's voice: what is said for a call, which calls are new, and one announcement at a time."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from hallclient.domain.announcement import AnnouncementQueue, CallTracker, chinese_number, spoken_call, spoken_ticket
from ui.queue.speech import EspeakEngine, RecordingEngine, SpeechEngine
from ui.queue.voice import Announcement, Announcer, Chime


def test_numbers_are_spoken_digit_by_digit_and_windows_as_numbers() -> None:
    assert spoken_ticket("B023") == "B 零 二 三"
    assert spoken_ticket(" q100 ") == "Q 一 零 零"
    assert [chinese_number(n) for n in (0, 5, 10, 12, 20, 25, 100, 105, 110, 1005, 1050)] == [
        "零", "五", "十", "十二", "二十", "二十五", "一百", "一百零五", "一百一十", "一千零五", "一千零五十"]
    assert spoken_call("B023", 5) == "请 B 零 二 三 号，到 五 号窗口 办理"
    assert spoken_call("D108", 12) == "请 D 一 零 八 号，到 十二 号窗口 办理"
    with pytest.raises(ValueError):
        chinese_number(10_000)


@dataclass(frozen=True)
class Call:
    ticket_id: str
    called_at: dt.datetime


T0 = dt.datetime(2025, 3, 14, 2, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_call_tracker_announces_new_calls_and_recalls_in_order() -> None:
    tracker: CallTracker[Call] = CallTracker()
    assert tracker.new_calls([Call("a", at(1)), Call("b", at(2))]) == []  # switched on mid-morning: silence
    board = [Call("d", at(4)), Call("c", at(3)), Call("b", at(2))]  # newest first, like the board
    assert tracker.new_calls(board) == [Call("c", at(3)), Call("d", at(4))]
    assert tracker.new_calls(board) == []  # a refresh without news
    assert tracker.new_calls([Call("c", at(5)), *board]) == [Call("c", at(5))]  # 重呼 is a new call
    assert tracker.new_calls([Call("e", at(5)), Call("c", at(5))]) == [Call("e", at(5))]  # same second, other window
    assert tracker.new_calls([Call("late", at(4)), Call("e", at(5))]) == []  # an offline window's call synced late


def test_announcement_queue_starts_the_next_only_after_the_current() -> None:
    queue: AnnouncementQueue[str] = AnnouncementQueue(max_backlog=2)
    assert queue.push("a") == "a"
    assert queue.push("b") is None and queue.push("c") is None and queue.push("d") is None
    assert queue.waiting == ("c", "d")  # the oldest waiting is dropped past the backlog
    assert queue.finished() == "c"
    assert queue.finished() == "d"
    assert queue.finished() is None and queue.current is None
    assert queue.push("e") == "e"


class SlowEngine(SpeechEngine):
    """Takes 30 ms per text and fails the test if asked to speak while speaking."""

    name = "slow"

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log, self.speaking = log, False

    def _speak(self, text: str) -> None:
        assert not self.speaking, "announcements overlap"
        self.speaking = True
        self.log.append(text)
        QTimer.singleShot(30, self._end)

    def _end(self) -> None:
        self.speaking = False
        self._done()


def test_announcer_chimes_then_speaks_twice_one_announcement_at_a_time(ui: Any) -> None:
    log: list[str] = []
    chime = Chime()
    chime.finished.connect(lambda: log.append("chime"))
    announcer = Announcer(SlowEngine(log), chime)
    ended: list[Announcement] = []
    announcer.ended.connect(ended.append)
    calls = [Announcement(i, spoken_call(number, window)) for i, (number, window) in
             enumerate((("B023", 5), ("C004", 16), ("D108", 12)))]
    for call in calls:  # three windows call within the same moment
        announcer.announce(call)
    ui.wait_until(lambda: len(ended) == 3)
    assert ended == calls
    assert log == [step for call in calls for step in ("chime", call.text, call.text)]


def test_a_silent_announcer_ignores_calls(ui: Any) -> None:
    announcer = Announcer(None)
    announcer.announce(Announcement(1, "请 B 零 零 一 号，到 五 号窗口 办理"))
    assert announcer.queue.current is None


def test_recording_engine_records(ui: Any) -> None:
    engine = RecordingEngine()
    done: list[bool] = []
    engine.finished.connect(lambda: done.append(True))
    engine.say("请 B 零 二 三 号，到 五 号窗口 办理")
    ui.wait_until(lambda: done == [True])
    assert engine.spoken == ["请 B 零 二 三 号，到 五 号窗口 办理"]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (tools/system-deps)")
def test_espeak_ng_really_speaks_mandarin(ui: Any, tmp_path: Path) -> None:
    wav = tmp_path / "call.wav"
    program = EspeakEngine.find()
    assert program is not None
    engine = EspeakEngine(program, wav=wav)
    done: list[bool] = []
    engine.finished.connect(lambda: done.append(True))
    engine.say(spoken_call("B023", 5))
    ui.wait_until(lambda: done == [True], timeout=30)
    data = wav.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert len(data) > 20_000  # about two seconds of speech, not an empty file
