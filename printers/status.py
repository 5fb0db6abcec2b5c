"""Reading a printer's real-time status (DLE EOT) and turning it into what the clerk must do, in Chinese.

Only connections that answer back (usb, serial, tcp) are asked. Each of the four status bytes is
read the way python-escpos's ``is_online()`` and ``paper_status()`` read theirs, but all bits are kept:
those helpers report neither an open cover nor a cutter fault.
"""

from __future__ import annotations

from enum import Enum

from escpos.constants import RT_STATUS
from escpos.escpos import Escpos

from printers.errors import PrinterError


class Condition(Enum):
    """A state the printer reports, valued by its Chinese message; only a low roll still prints."""

    OFFLINE = "打印机未连接或已关机"
    COVER_OPEN = "打印机盖未合上"
    PAPER_OUT = "打印机缺纸，请更换纸卷"
    CUTTER_ERROR = "打印机切刀故障"
    FAULT = "打印机故障，请关机后重新开启"
    RECOVERABLE = "打印机暂时故障（如打印头过热），请稍候重新打印"
    PAPER_LOW = "打印机纸将用尽"

    @property
    def blocking(self) -> bool:
        return self is not Condition.PAPER_LOW


#: (DLE EOT n, bit mask, condition), most specific cause first, as in the ESC/POS reference:
#: n=1 printer, n=2 offline cause, n=3 error cause, n=4 roll paper sensor.
_BITS = (
    (2, 0x04, Condition.COVER_OPEN),
    (2, 0x20, Condition.PAPER_OUT),  # printing stopped at paper end
    (4, 0x60, Condition.PAPER_OUT),
    (3, 0x08, Condition.CUTTER_ERROR),
    (3, 0x20, Condition.FAULT),
    (3, 0x40, Condition.RECOVERABLE),
    (1, 0x08, Condition.OFFLINE),  # offline for no reason above (e.g. the feed button is held)
    (4, 0x0C, Condition.PAPER_LOW),
)


def _status_byte(printer: Escpos, n: int) -> int | None:
    """One DLE EOT answer, or None when the printer stays silent; a status byte always has bits 1 and
    4 set and bits 0 and 7 clear, which tells it apart from anything else on the line."""
    try:
        reply = printer.query_status(RT_STATUS + bytes([n]))
    except TimeoutError:
        return None
    return next((byte for byte in reply if byte & 0x93 == 0x12), None)


def read_conditions(printer: Escpos) -> list[Condition]:
    """Every condition the printer reports, most specific first; a silent printer is OFFLINE."""
    status: dict[int, int] = {}
    for n in (1, 2, 3, 4):
        byte = _status_byte(printer, n)
        if byte is None:  # stop here: every further query would wait out the timeout again
            return [Condition.OFFLINE]
        status[n] = byte
    return list(dict.fromkeys(condition for n, mask, condition in _BITS if status[n] & mask))


def check_status(printer: Escpos) -> list[Condition]:
    """Raise :class:`PrinterError` for the first condition that stops printing; return the warnings."""
    conditions = read_conditions(printer)
    for condition in conditions:
        if condition.blocking:
            raise PrinterError(condition.value)
    return conditions
