"""Logging to a rotating file in the data dir, with personal data masked before it is written.

DOMAIN.md §9: never log full ID or phone numbers. The filter below masks anything that looks like
an 18-character ID number or an 11-digit mobile number, whichever module wrote the line.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from hallclient.domain.masking import mask_id_number, mask_phone

_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_personal_data(text: str) -> str:
    text = _ID.sub(lambda m: mask_id_number(m.group()), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group()), text)


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal_data(record.getMessage())
        record.args = None
        return True


_FORMAT = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")


def _attach(handler: logging.Handler) -> None:
    handler.setFormatter(_FORMAT)
    handler.addFilter(MaskingFilter())
    logging.getLogger().addHandler(handler)


def setup_console(level: int = logging.WARNING) -> None:
    """Console logging for the command line (warnings and errors unless ``--verbose``)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    handler = logging.StreamHandler()
    handler.setLevel(level)
    _attach(handler)


def add_file_log(log_dir: Path, level: int = logging.INFO) -> logging.Handler:
    """A rotating file log in the data dir (10 files of 5 MB), for the app and the services."""
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_dir / "hallclient.log", maxBytes=5_000_000,
                                                   backupCount=10, encoding="utf-8")
    handler.setLevel(level)
    _attach(handler)
    return handler
