"""Speech engines behind one small interface: ``say(text)``, then ``finished`` when it has been said.

* :class:`QtSpeechEngine` — Qt's text-to-speech with a Chinese voice: the platform's own voices on
  Windows (``winrt``, or ``sapi`` — offline, with the Chinese language pack's 慧慧/Huihui voice),
  macOS (``darwin``) and Linux (``speechd`` when speech-dispatcher has a Chinese voice).
* :class:`EspeakEngine` — espeak-ng's ``cmn`` voice in a :class:`QProcess`: offline on any Linux
  (``fonts-noto-cjk``'s companion in ``tools/system-deps``); robotic but always understandable.
* :class:`RecordingEngine` — says nothing and remembers every text, for tests and silent displays.

Engines never block the Qt thread: Qt's engines are asynchronous, espeak-ng runs as a child process.
Each engine reports ``finished`` exactly once per ``say``, also when it failed (logged), so the
announcement queue never stalls on a broken speaker; a watchdog ends a say that never reports back.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

#: Engines that only pretend (Qt's test engine) are never used to announce.
FAKE_ENGINES = frozenset({"mock"})
#: Preference among Qt's engines: the modern voices first, SAPI (always offline on Windows) last.
ENGINE_ORDER = ("winrt", "darwin", "speechd", "android", "sapi")
ESPEAK = "espeak-ng"
#: A generous upper bound of the time one announcement takes; past it the engine is presumed stuck.
WATCHDOG_MS = 15_000


def chinese() -> QLocale:
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


class SpeechEngine(QObject):
    """Says one text at a time; emits :attr:`finished` once when that text has been said (or failed)."""

    finished = Signal()
    name = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = 0.8
        self._watchdog = QTimer(self, singleShot=True, interval=WATCHDOG_MS, timeout=self._done)
        self._busy = False

    def say(self, text: str) -> None:
        self._busy = True
        self._watchdog.start()
        self._speak(text)

    def _speak(self, text: str) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        """End the current say (once, whichever of the engine and the watchdog comes first)."""
        if self._busy:
            self._busy = False
            self._watchdog.stop()
            self.finished.emit()


class RecordingEngine(SpeechEngine):
    """Remembers what it was asked to say and finishes on the next turn of the event loop."""

    name = "recording"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spoken: list[str] = []

    def _speak(self, text: str) -> None:
        self.spoken.append(text)
        QTimer.singleShot(0, self._done)


class QtSpeechEngine(SpeechEngine):
    """One of Qt's text-to-speech engines, set to a Chinese voice."""

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = engine
        self.tts = QTextToSpeech(engine, self)
        self.tts.setLocale(chinese())
        self.tts.stateChanged.connect(self._on_state)

    @staticmethod
    def has_chinese_voice(tts: QTextToSpeech) -> bool:
        return tts.state() != QTextToSpeech.State.Error and any(
            locale.language() == QLocale.Language.Chinese for locale in tts.availableLocales())

    def _speak(self, text: str) -> None:
        self.tts.setVolume(self.volume)
        self.tts.say(text)

    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Error:
            log.warning("speech engine %s failed: %s", self.name, self.tts.errorString())
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._done()


class EspeakEngine(SpeechEngine):
    """espeak-ng with the Mandarin voice; with ``wav`` it writes the speech to that file instead."""

    name = ESPEAK
    VOICE = "cmn"
    WORDS_PER_MINUTE = 150  # a little slower than espeak's 175: the hall is large and echoes

    def __init__(self, program: str, wav: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program, self.wav = program, wav
        self.process = QProcess(self)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)

    @classmethod
    def find(cls) -> str | None:
        return shutil.which(ESPEAK)

    def _speak(self, text: str) -> None:
        amplitude = round(max(0.0, min(1.0, self.volume)) * 100)  # espeak: 0-200, 100 = normal
        args = ["-v", self.VOICE, "-a", str(amplitude), "-s", str(self.WORDS_PER_MINUTE)]
        if self.wav is not None:
            args += ["-w", str(self.wav)]
        self.process.start(self.program, [*args, text])

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if code:
            log.warning("espeak-ng exited with %s: %s", code, bytes(self.process.readAllStandardError().data()))
        self._done()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no finished() follows
            log.warning("espeak-ng could not be started: %s", self.process.errorString())
            self._done()


def choose_engine(parent: QObject | None = None) -> SpeechEngine | None:
    """The best engine here: a Qt engine with a Chinese voice, else espeak-ng, else None (silent)."""
    available = [name for name in QTextToSpeech.availableEngines() if name not in FAKE_ENGINES]
    available.sort(key=lambda name: ENGINE_ORDER.index(name) if name in ENGINE_ORDER else len(ENGINE_ORDER))
    for name in available:
        engine = QtSpeechEngine(name, parent)
        if QtSpeechEngine.has_chinese_voice(engine.tts):
            return engine
        engine.deleteLater()
    program = EspeakEngine.find()
    if program is not None:
        return EspeakEngine(program, parent=parent)
    log.warning("no Chinese text-to-speech voice and no espeak-ng: calls are shown but not spoken")
    return None
