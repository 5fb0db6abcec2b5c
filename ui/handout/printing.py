"""Printing the pickup and mailing slips on the window's receipt printer, off the Qt thread.

The hand-over is recorded before the slip prints, so a printer problem never undoes it: the
message says what went wrong in Chinese, and the hand-out stands.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from printers.errors import PrinterError
from printers.job import print_blocks
from printers.slips import ReceiptSlip, receipt_layout
from ui import ops
from ui.context import AppContext

#: The slips' titles (``printers.handout_slips``), for the messages on screen.
TITLES = (QT_TRANSLATE_NOOP("handout", "取件凭条"), QT_TRANSLATE_NOOP("handout", "邮寄凭条"))


async def print_slip(ctx: AppContext, slip: ReceiptSlip) -> str:
    """Print ``slip``; returns what to tell the clerk (printed, not set up, or why it failed)."""
    url, paper_mm = ctx.hall.settings["ticket_printer"], int(ctx.hall.settings["ticket_paper_mm"])
    title = QCoreApplication.translate("handout", slip.title)
    if not url:
        return QCoreApplication.translate("handout", "未设置小票打印机，{title}未打印").format(title=title)
    try:
        await ops.net(lambda: print_blocks(url, receipt_layout(slip, paper_mm)))
    except PrinterError as exc:
        return QCoreApplication.translate("handout", "{title}未打印：{reason}").format(
            title=title, reason=ops.message_of(exc))
    return QCoreApplication.translate("handout", "{title}已打印").format(title=title)
