"""Group commit: writes share a transaction, yet each succeeds or fails on its own, and nobody hears
"done" for a write that was not committed."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from central.app import prepare_database
from central.db import create_central_engine, session_factory
from central.feed import record
from central.group_commit import GroupCommitter
from central.models import Change


class Refused(Exception):
    pass


def _run(main):  # type: ignore[no-untyped-def]
    """Run ``main()`` on a loop of its own: ``asyncio.run`` would unset the Qt tests' current loop."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main())
    finally:
        loop.close()


def _writer(key: str, fail: bool = False):  # type: ignore[no-untyped-def]
    def write(session: Session) -> str:
        record(session, "test", key, {})
        session.flush()
        if fail:
            raise Refused(key)
        return key

    return write


def _keys(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [row.key for row in conn.execute(select(Change.key).where(Change.entity == "test").order_by(Change.seq))]


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_database(db_url)
    engine = create_central_engine(db_url)
    yield engine
    engine.dispose()


def _holding_the_write_lock(factory, held: threading.Event, release: threading.Event,  # type: ignore[no-untyped-def]
                            released: list[bool]) -> threading.Thread:
    """Another writer (another worker process, say) holds the write lock until ``release`` is set
    (``released`` tells whether it was, or whether it gave up waiting)."""

    def hold() -> None:
        with factory.begin() as session:
            session.connection()
            held.set()
            released.append(release.wait(10))

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(10)
    return thread


def test_a_failing_write_loses_only_itself_and_the_rest_share_one_commit(engine) -> None:  # type: ignore[no-untyped-def]
    commits: list[int] = []
    event.listen(engine, "commit", lambda _conn: commits.append(1))
    factory = session_factory(engine)
    committer = GroupCommitter(factory)
    held, release, released = threading.Event(), threading.Event(), []
    holder = _holding_the_write_lock(factory, held, release, released)
    ticks = 0

    async def main() -> list[object]:
        nonlocal ticks
        jobs = [asyncio.ensure_future(committer.write(_writer(f"k{i}", fail=i == 3))) for i in range(8)]
        for _ in range(10):  # the loop goes on serving while the writes wait for the lock
            await asyncio.sleep(0.01)
            ticks += 1
        release.set()
        return await asyncio.gather(*jobs, return_exceptions=True)

    outcomes = _run(main)
    holder.join()
    assert ticks == 10 and released == [True]  # waiting for the lock never blocked the loop
    assert [type(o).__name__ if isinstance(o, Exception) else o for o in outcomes] == [
        "k0", "k1", "k2", "Refused", "k4", "k5", "k6", "k7"]
    assert _keys(engine) == ["k0", "k1", "k2", "k4", "k5", "k6", "k7"]
    assert len(commits) == 2  # the holder's, and one for all eight writes that waited behind it


def test_writes_commits_and_unlocking_run_on_the_event_loop_thread_and_batches_are_bounded(  # type: ignore[no-untyped-def]
        engine) -> None:
    factory = session_factory(engine)
    committer = GroupCommitter(factory, max_batch=3)
    threads: set[int] = set()
    commits: list[int] = []
    event.listen(engine, "commit", lambda _conn: (commits.append(1), threads.add(threading.get_ident())))
    event.listen(engine, "checkin", lambda *_: threads.add(threading.get_ident()))  # gives the write lock back

    def write(session: Session) -> None:
        threads.add(threading.get_ident())
        record(session, "test", "k", {})

    async def main() -> int:
        await asyncio.gather(*(committer.write(write) for _ in range(7)))
        return threading.get_ident()

    loop_thread = _run(main)
    assert threads == {loop_thread}
    assert len(commits) == 3  # 3 + 3 + 1
    with pytest.raises(RuntimeError, match="event loop"):
        _run(lambda: committer.write(write))


def test_a_failed_commit_fails_every_write_of_the_group(engine) -> None:  # type: ignore[no-untyped-def]
    factory = session_factory(engine)

    def refuse_commit(_session: Session) -> None:
        raise OSError("磁盘已满")

    event.listen(factory, "before_commit", refuse_commit)
    committer = GroupCommitter(factory)

    async def main() -> list[object]:
        return await asyncio.gather(*(committer.write(_writer(f"k{i}")) for i in range(4)), return_exceptions=True)

    outcomes = _run(main)
    assert all(isinstance(o, OSError) for o in outcomes)  # nobody was told their write happened
    assert _keys(engine) == []
