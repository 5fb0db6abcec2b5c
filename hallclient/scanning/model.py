"""The light vocabulary of scanning (no imaging libraries): page kinds, the page spec and the error.

Kept apart so that ``hall.scans`` can be created at start-up without loading Pillow and pikepdf
(~75 ms); they are imported when the first page is added or composed.
"""

from __future__ import annotations

from dataclasses import dataclass

from hallclient.errors import ValidationError

PDF, IMAGE = "pdf", "image"
#: The most pages one file may bring unless the hall sets ``scans.max_pages`` (why: ``sources``).
DEFAULT_MAX_PAGES = 200


class ScanError(ValidationError):
    """A page source that cannot be used (empty, damaged, protected, too long, no scanner)."""


@dataclass(frozen=True)
class PageSpec:
    """A page to put in the PDF: page ``frame`` of the stored source, turned ``rotation`` degrees clockwise."""

    source_sha256: str
    kind: str
    frame: int = 0
    rotation: int = 0
    colour: bool = False
