"""The one error type of the printers package, so every printing failure reaches the clerk in Chinese."""

from __future__ import annotations

from hallclient.errors import HallError


class PrinterError(HallError):
    """A slip could not be printed (bad address, missing driver, printer offline or out of paper).

    The ticket or case behind the slip is untouched, so the clerk fixes the printer and prints again.
    """
