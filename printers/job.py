"""Printing laid-out blocks on the printer at a URL, with its status checked before and after the job.

:func:`probe` opens the printer the same way without printing, for ``hallclient doctor``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress

from escpos.exceptions import Error as EscposError

from printers.blocks import Block
from printers.errors import PrinterError
from printers.escpos_render import render_bytes
from printers.status import Condition, check_status
from printers.urls import Connection, connect

log = logging.getLogger(__name__)


def print_blocks(url: str, blocks: Sequence[Block], timeout: float = 5.0) -> list[Condition]:
    """Print ``blocks`` on the printer at ``url`` or raise :class:`PrinterError` with the reason.

    Printing is a pure side effect: the caller's ticket or case is not touched, so after a failure the
    clerk fixes the printer and the same blocks are printed again (reprint). The whole job is rendered
    before the printer is opened and sent in one write, so a layout error never leaves half a slip.
    Returns the conditions that did not stop printing (a roll about to run out) for the UI to show.
    """
    data = render_bytes(blocks)
    with _opened(url, timeout) as connection:
        printer = connection.printer
        warnings = check_status(printer) if connection.reports_status else []
        printer._raw(data)
        if connection.reports_status:  # paper or cover trouble during the job: the slip may be incomplete
            warnings = check_status(printer)
        printer.close()  # a print queue (cups, win32) submits the job here
    return warnings


def probe(url: str, timeout: float = 3.0) -> str:
    """Open the printer and read its status without printing; a Chinese one-line verdict or PrinterError."""
    with _opened(url, timeout) as connection:
        if not connection.reports_status:
            return "地址有效（此类连接不回报打印机状态）"
        warnings = check_status(connection.printer)
    return "；".join(w.value for w in warnings) or "在线，纸张正常"


@contextmanager
def _opened(url: str, timeout: float) -> Iterator[Connection]:
    """The driver for ``url``, opened; driver failures become one Chinese :class:`PrinterError`."""
    connection = connect(url, timeout)
    errors = _driver_errors()
    try:
        connection.printer.open()
        yield connection
    except errors as exc:
        log.warning("printer %s failed: %r", url, exc)
        raise PrinterError("无法连接打印机（{url}），请检查电源和连线后重新打印", url=url) from exc
    finally:
        with suppress(*errors):
            connection.printer.close()


def _driver_errors() -> tuple[type[BaseException], ...]:
    """What the drivers raise: sockets, pyserial and pyusb raise OSError, python-escpos its own errors
    and RuntimeError for a missing library; pycups, pywin32 and pyusb without libusb have their own
    types, looked up only if the driver already imported them."""
    errors: list[type[BaseException]] = [OSError, EscposError, RuntimeError]
    for module, name in (("cups", "IPPError"), ("pywintypes", "error"), ("usb.core", "NoBackendError")):
        if module in sys.modules:
            errors.append(getattr(sys.modules[module], name))
    return tuple(errors)
