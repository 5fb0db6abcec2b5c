"""The hall's voice: a chime, then the call spoken twice, one announcement at a time.

:class:`Announcer` takes announcements from the display in call order and plays each as a sequence
of steps — the chime (``resources/sounds/chime.wav``, a two-tone E5–C5 "ding-dong" of 1.4 s
generated for this project), then the sentence twice (DOMAIN.md §3) — starting the next step only
when the previous one has *finished*, and the next announcement only when the whole sequence has.
So two windows calling in the same second are heard one after the other, never on top of each
other. What is said comes from :mod:`hallclient.domain.announcement`; how it is said from
:mod:`ui.queue.speech`. Volume and on/off are the settings ``voice_volume`` and ``voice_enabled``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from hallclient.config import Settings
from hallclient.domain.announcement import AnnouncementQueue
from ui.queue.speech import SpeechEngine, choose_engine

log = logging.getLogger(__name__)

#: How many times the sentence is said (DOMAIN.md §3: twice).
REPEATS = 2
CHIME_MS = 1400
#: A chime that never reports its end (a sound device that vanished) is given up after this.
CHIME_GRACE_MS = 600


@dataclass(frozen=True)
class Announcement:
    """One call to announce: ``key`` identifies the call (ticket and call time), ``text`` is spoken."""

    key: object
    text: str


class Chime(QObject):
    """Plays the chime and emits :attr:`finished` when it has ended (at once without a sound device)."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.effect = QSoundEffect(self)
        self.effect.setSource(QUrl.fromLocalFile(str(resources.files("resources") / "sounds" / "chime.wav")))
        self.effect.playingChanged.connect(self._on_playing)
        self._timeout = QTimer(self, singleShot=True, interval=CHIME_MS + CHIME_GRACE_MS, timeout=self._end)
        self._playing = False

    def play(self, volume: float) -> None:
        self._playing = True
        if not QMediaDevices.audioOutputs():
            QTimer.singleShot(0, self._end)
            return
        self.effect.setVolume(volume)
        self.effect.play()
        self._timeout.start()

    def _on_playing(self) -> None:
        if not self.effect.isPlaying():
            self._end()

    def _end(self) -> None:
        if self._playing:
            self._playing = False
            self._timeout.stop()
            self.finished.emit()


class Announcer(QObject):
    """Plays announcements in order without overlap; ``engine`` None keeps the hall silent."""

    ended = Signal(object)  # the Announcement that has just been played in full

    def __init__(self, engine: SpeechEngine | None, chime: Chime | None = None, *, volume: float = 0.8,
                 repeats: int = REPEATS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue: AnnouncementQueue[Announcement] = AnnouncementQueue()
        self.volume, self.repeats = volume, repeats
        self.engine: SpeechEngine | None = None
        self.chime = chime
        if chime is not None:
            chime.setParent(self)
            chime.finished.connect(self._next_step)
        self._steps: list[Callable[[], None]] = []
        self.use(engine)

    def use(self, engine: SpeechEngine | None) -> None:
        """Speak with ``engine`` from the next step on (tests put a recording engine here)."""
        if self.engine is not None:
            self.engine.finished.disconnect(self._next_step)
        self.engine = engine
        if engine is not None:
            engine.setParent(self)
            engine.volume = self.volume
            engine.finished.connect(self._next_step)

    def announce(self, announcement: Announcement) -> None:
        if self.engine is None:
            return
        if self.queue.push(announcement) is not None:
            self._start(announcement)
        else:
            log.debug("announcement %s waits for %s", announcement.text, self.queue.current)

    def _start(self, announcement: Announcement) -> None:
        engine = self.engine
        assert engine is not None
        say = lambda: engine.say(announcement.text)  # noqa: E731
        self._steps = [*([lambda: self.chime.play(self.volume)] if self.chime else []), *([say] * self.repeats)]
        self._next_step()

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            return
        done = self.queue.current
        if done is None:
            return
        self.ended.emit(done)
        following = self.queue.finished()
        if following is not None:
            self._start(following)


def announcer_for(settings: Settings, parent: QObject | None = None) -> Announcer:
    """The display's announcer as configured: the best engine and the chime, or silent when disabled."""
    engine = choose_engine() if settings["voice_enabled"] else None
    return Announcer(engine, Chime() if engine is not None else None, volume=float(settings["voice_volume"]),
                     parent=parent)
