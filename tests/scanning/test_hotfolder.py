"""The hot folder hands a file over only once it is complete, and moves what it took, never deleting it.

Time is a fake clock advanced by the test, and the writer thread moves one step per handshake, so
nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallclient.scanning.hotfolder import PROCESSED, REJECTED, HotFolder
from hallclient.scanning.model import ScanError


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ChunkWriter(threading.Thread):
    """Writes ``chunks`` into ``path`` one per :meth:`step`, like a scanner driver saving page after page."""

    def __init__(self, path: Path, chunks: list[bytes], *, lock: bool = False) -> None:
        super().__init__(daemon=True)
        self.path, self.chunks, self.lock = path, chunks, lock
        self._go, self._done = threading.Semaphore(0), threading.Semaphore(0)

    def run(self) -> None:
        with self.path.open("wb") as out:
            if self.lock:
                fcntl.flock(out.fileno(), fcntl.LOCK_EX)
            for chunk in self.chunks:
                self._go.acquire()
                out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
                self._done.release()
            self._go.acquire()  # the last step closes the file (and releases the lock)
        self._done.release()

    def step(self) -> None:
        self._go.release()
        assert self._done.acquire(timeout=10), "writer thread stuck"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path, clock: FakeClock) -> HotFolder:
    root = tmp_path / "hot"
    root.mkdir()
    return HotFolder(root, settle_seconds=2.0, clock=clock)


@pytest.fixture
def writer(folder: HotFolder) -> Iterator[ChunkWriter]:
    thread = ChunkWriter(folder.folder / "scan.pdf", [b"%PDF-1.7\n", b"page one\n" * 100, b"page two\n" * 100])
    thread.start()
    yield thread
    thread.join(timeout=10)


def test_a_file_still_growing_is_not_handed_over(folder: HotFolder, clock: FakeClock, writer: ChunkWriter) -> None:
    writer.step()  # first chunk
    assert folder.poll() == []  # first sighting
    clock.advance(5)
    writer.step()  # grew after being seen
    assert folder.poll() == []  # changed: the settle time starts again
    clock.advance(1)
    assert folder.poll() == []  # unchanged, but not for 2 s yet
    writer.step()  # last chunk
    clock.advance(5)
    assert folder.poll() == []  # changed again
    writer.step()  # closed
    clock.advance(2)
    ready = folder.poll()
    assert ready == [folder.folder / "scan.pdf"]
    assert ready[0].stat().st_size == len(b"%PDF-1.7\n") + 1800


def test_a_locked_file_waits_until_the_writer_lets_go(folder: HotFolder, clock: FakeClock) -> None:
    path = folder.folder / "locked.jpg"
    writer = ChunkWriter(path, [b"\xff\xd8" + b"x" * 100], lock=True)
    writer.start()
    writer.step()  # written, still open and locked
    folder.poll()
    clock.advance(10)
    assert folder.poll() == []  # size stable for long, but locked
    writer.step()  # closed: lock released
    writer.join(timeout=10)
    assert folder.poll() == [path]


def test_taken_files_move_to_processed_or_rejected_and_are_never_deleted(folder: HotFolder, clock: FakeClock) -> None:
    (folder.folder / "a.pdf").write_bytes(b"first")
    (folder.folder / "b.jpg").write_bytes(b"not a jpeg")
    folder.poll()
    clock.advance(3)
    first, second = folder.poll()
    assert folder.taken(first, imported=True) == folder.folder / PROCESSED / "a.pdf"
    assert folder.taken(second, imported=False) == folder.folder / REJECTED / "b.jpg"
    (folder.folder / "a.pdf").write_bytes(b"second scan, same name")
    folder.poll()
    clock.advance(3)
    [again] = folder.poll()
    assert folder.taken(again, imported=True) == folder.folder / PROCESSED / "a (2).pdf"
    assert (folder.folder / PROCESSED / "a.pdf").read_bytes() == b"first"
    assert (folder.folder / REJECTED / "b.jpg").read_bytes() == b"not a jpeg"
    assert folder.poll() == []


def test_temporary_hidden_and_other_files_are_left_alone(folder: HotFolder, clock: FakeClock) -> None:
    for name in ("scan.pdf.part", "~scan.pdf", ".scan.jpg", "notes.txt", "scan.tmp"):
        (folder.folder / name).write_bytes(b"data")
    (folder.folder / "PAGE.TIF").write_bytes(b"data")
    folder.poll()
    clock.advance(3)
    assert [p.name for p in folder.poll()] == ["PAGE.TIF"]


def test_an_unreachable_folder_says_so_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(ScanError, match=r"扫描热文件夹 .* 无法访问"):
        HotFolder(tmp_path / "missing").poll()


def test_a_file_that_cannot_be_moved_away_is_not_handed_over_again(folder: HotFolder, clock: FakeClock) -> None:
    (folder.folder / PROCESSED).write_text("a file where the folder should be")
    (folder.folder / "scan.pdf").write_bytes(b"pages")
    folder.poll()
    clock.advance(3)
    [path] = folder.poll()
    with pytest.raises(ScanError, match=r"scan\.pdf 已处理，但无法移入 processed 文件夹"):
        folder.taken(path, imported=True)
    clock.advance(3)
    assert folder.poll() == []  # imported once already: no duplicate pages
    (folder.folder / "scan.pdf").write_bytes(b"a new scan under the same name")
    folder.poll()
    clock.advance(3)
    assert folder.poll() == [path]
