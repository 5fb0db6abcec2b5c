"""The hot folder: any scanner's own software saves into it, the counter picks the files up.

Polling with the standard library only (no file-system notification package, which behaves
differently on Windows shares): a file is handed over only once its size and modification time have
not changed for ``settle_seconds`` and it is not locked by the writer, because scanner software
often writes a multi-page PDF over several seconds. A taken file is moved into ``processed/``
(imported) or ``rejected/`` (not a usable scan) and never deleted, so the clerk can always find the
original again. Files of other types and temporary files are left alone.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hallclient.scanning.model import ScanError

PROCESSED, REJECTED = "processed", "rejected"
SCAN_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"})
#: What scanner and download software name a file while still writing it.
_TEMPORARY_SUFFIXES = (".tmp", ".part", ".crdownload", ".partial")


@dataclass(frozen=True)
class _Sighting:
    size: int
    mtime_ns: int
    since: float


class HotFolder:
    """Finds finished scans in ``folder``; call :meth:`poll` every second or so, from any one thread."""

    def __init__(self, folder: Path, *, settle_seconds: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self.settle_seconds = settle_seconds
        self._clock = clock
        self._seen: dict[Path, _Sighting] = {}
        #: Files imported or rejected that could not be moved away: never handed over a second time.
        self._stuck: dict[Path, tuple[int, int]] = {}

    def poll(self) -> list[Path]:
        """The files ready to import, oldest first (they stay in place until :meth:`taken`)."""
        try:
            entries = [entry for entry in os.scandir(self.folder) if entry.is_file() and _is_scan(entry.name)]
        except OSError as exc:
            raise ScanError("扫描热文件夹 {path} 无法访问：{reason}。请在设置中检查文件夹路径",
                            path=str(self.folder), reason=exc.strerror or str(exc)) from exc
        now = self._clock()
        ready: list[tuple[int, Path]] = []
        current: dict[Path, _Sighting] = {}
        for entry in entries:
            path = Path(entry.path)
            try:
                stat = entry.stat()
            except FileNotFoundError:  # moved away between listing and looking
                continue
            if self._stuck.get(path) == (stat.st_size, stat.st_mtime_ns):
                continue
            seen = self._seen.get(path)
            if seen is None or (seen.size, seen.mtime_ns) != (stat.st_size, stat.st_mtime_ns):
                seen = _Sighting(stat.st_size, stat.st_mtime_ns, now)
            current[path] = seen
            if now - seen.since >= self.settle_seconds and not _locked(path):
                ready.append((stat.st_mtime_ns, path))
        self._seen = current
        return [path for _, path in sorted(ready)]

    def taken(self, path: Path, *, imported: bool) -> Path:
        """Move a handed-over file to ``processed/`` (``imported``) or ``rejected/``; returns where it went."""
        target_dir = self.folder / (PROCESSED if imported else REJECTED)
        self._seen.pop(path, None)
        try:
            target_dir.mkdir(exist_ok=True)
            target = _free_name(target_dir, path.name)
            os.replace(path, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                stat = path.stat()
                self._stuck[path] = (stat.st_size, stat.st_mtime_ns)
            raise ScanError("扫描文件 {name} 已处理，但无法移入 {folder} 文件夹：{reason}。请手工移走该文件",
                            name=path.name, folder=target_dir.name, reason=exc.strerror or str(exc)) from exc
        return target


def _is_scan(name: str) -> bool:
    lower = name.lower()
    if lower.startswith((".", "~")) or lower.endswith(_TEMPORARY_SUFFIXES):
        return False
    return os.path.splitext(lower)[1] in SCAN_SUFFIXES


def _locked(path: Path) -> bool:
    """Whether the writer still holds the file: Windows refuses a second writer (sharing violation); on
    POSIX a writer that took an exclusive ``flock`` still holds it."""
    try:
        with path.open("r+b") as handle:
            if sys.platform != "win32":
                import fcntl

                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except PermissionError:
        return True
    except FileNotFoundError:
        return True  # gone already: nothing to take
    return False


def _free_name(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``stem (2).ext`` ... if a file of that name was taken before."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem} ({number}){suffix}"
    return target
