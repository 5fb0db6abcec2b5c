"""One PDF per case material from its pages, in the clerk's order and rotation.

Pages that came from a PDF are copied as they are (lossless: text, vectors and the original images
stay untouched) and turned with the page's ``/Rotate``; image pages become 200 dpi JPEGs
(:mod:`hallclient.scanning.images`). The PDF is written with a content-derived ``/ID``, so the same
pages always give the same bytes and the same SHA-256 in the file store.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import pikepdf
from pikepdf import Dictionary, Name

from hallclient.scanning.images import JpegPage, open_frame, page_jpeg
from hallclient.scanning.model import PDF, PageSpec

#: Reads a stored source file by its SHA-256.
Reader = Callable[[str], bytes]


def compose(pages: Sequence[PageSpec], read: Reader) -> bytes:
    """The material's PDF bytes (``read`` gives a stored source's bytes)."""
    out = pikepdf.new()
    sources: dict[str, pikepdf.Pdf] = {}
    data: dict[str, bytes] = {}
    try:
        for spec in pages:
            if spec.source_sha256 not in data:
                data[spec.source_sha256] = read(spec.source_sha256)
            if spec.kind == PDF:
                if spec.source_sha256 not in sources:
                    sources[spec.source_sha256] = pikepdf.open(io.BytesIO(data[spec.source_sha256]))
                out.pages.append(sources[spec.source_sha256].pages[spec.frame])
                out.pages[-1].rotate(spec.rotation, relative=True)
            else:
                frame = open_frame(data[spec.source_sha256], spec.frame, grey=not spec.colour)
                _append_image(out, page_jpeg(frame, rotation=spec.rotation, colour=spec.colour))
        buffer = io.BytesIO()
        out.save(buffer, deterministic_id=True)
        return buffer.getvalue()
    finally:
        for source in sources.values():
            source.close()
        out.close()


def _append_image(pdf: pikepdf.Pdf, page: JpegPage) -> None:
    """A page exactly the size of the image, showing the JPEG as is (no re-encoding by the PDF writer)."""
    width, height = page.size_points
    image = pikepdf.Stream(pdf, page.data)
    image.Type, image.Subtype = Name.XObject, Name.Image
    image.Width, image.Height, image.BitsPerComponent = page.width, page.height, 8
    image.ColorSpace = Name.DeviceGray if page.grey else Name.DeviceRGB
    image.Filter = Name.DCTDecode
    content = pikepdf.Stream(pdf, f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im0 Do Q".encode("ascii"))
    pdf.pages.append(pikepdf.Page(Dictionary(
        Type=Name.Page,
        MediaBox=[0, 0, round(width, 2), round(height, 2)],
        Resources=Dictionary(XObject=Dictionary(Im0=image)),
        Contents=content,
    )))
