"""Running core and sync calls off the Qt thread, and getting their results back on it.

Anki's ``CollectionOp`` and FeelUOwn's ``run_fn`` in one small helper: database work goes to the
hall's single worker thread (so it is serialised), network work to a small pool; the coroutine
resumes on the Qt thread (qasync), where it may touch widgets. Nothing else in ``ui`` starts threads.

    result = await db(lambda: hall.queue.call_next(window))
    reply = await net(client.health)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hallclient.errors import HallError

if TYPE_CHECKING:
    from hallclient.hall import Hall

log = logging.getLogger(__name__)
T = TypeVar("T")

_network_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="hall-net")
_hall: Hall | None = None
_tasks: set[asyncio.Task[Any]] = set()
_keyed: dict[object, asyncio.Task[Any]] = {}


def bind(hall: Hall) -> None:
    """Route :func:`db` calls to ``hall``'s worker and forbid blocking database calls from this thread."""
    global _hall
    _hall = hall
    hall.worker.forbid_blocking()


async def db(fn: Callable[[], T]) -> T:
    """Run ``fn`` on the database worker and await its result on the Qt thread."""
    assert _hall is not None, "ui.ops.bind(hall) was not called"
    return await asyncio.wrap_future(_hall.worker.submit(fn))


async def net(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking network (or other slow) call on the network pool."""
    return await asyncio.wrap_future(_network_pool.submit(fn, *args, **kwargs))


def _translated_param(value: Any) -> Any:
    """A parameter that is itself a translatable core string (a label, an option title, the central
    service's fixed message behind ``Refused("{message}")``) is translated too; anything else as is."""
    if not isinstance(value, str) or not value:
        return value
    for context in ("core", "config"):
        translated = QCoreApplication.translate(context, value)
        if translated != value:
            return translated
    return value


def message_of(exc: BaseException) -> str:
    """The translated, formatted message of a core error; a generic one for anything else."""
    if isinstance(exc, HallError):
        params = {key: _translated_param(value) for key, value in exc.params.items()}
        return QCoreApplication.translate("core", exc.template).format(**params)
    return QCoreApplication.translate("core", "操作失败：{error}").format(error=type(exc).__name__)


def spawn(coro: Coroutine[Any, Any, Any], *, parent: QWidget | None = None,
          on_error: Callable[[BaseException], None] | None = None, key: object | None = None) -> asyncio.Task[Any]:
    """Start ``coro`` as a task; an error is logged and shown (in ``on_error`` or a message box).

    With ``key`` the task is *preemptive* (FeelUOwn's idea): starting another task with the same key
    cancels this one, so a search-as-you-type or a live refresh never lets an older, slower answer
    overwrite a newer one.
    """
    if key is not None and (previous := _keyed.get(key)) is not None:
        previous.cancel()
    task = asyncio.ensure_future(coro)
    _tasks.add(task)
    if key is not None:
        _keyed[key] = task

    def done(t: asyncio.Task[Any]) -> None:
        _tasks.discard(t)
        if key is not None and _keyed.get(key) is t:
            del _keyed[key]
        if t.cancelled() or t.exception() is None:
            return
        exc = t.exception()
        assert exc is not None
        if isinstance(exc, HallError):
            log.warning("operation failed: %s", exc)
        else:
            log.error("operation failed", exc_info=exc)
        if on_error is not None:
            on_error(exc)
        elif parent is not None:
            QMessageBox.warning(parent, QCoreApplication.translate("ops", "操作未完成"), message_of(exc))

    task.add_done_callback(done)
    return task


async def idle() -> None:
    """Wait until every task started with :func:`spawn` has finished (snapshots, tests)."""
    while _tasks:
        await asyncio.wait(list(_tasks))
