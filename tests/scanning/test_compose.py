"""A material's one PDF: PDF pages copied losslessly and turned by /Rotate, image pages as 200 dpi JPEG."""

from __future__ import annotations

import io

import pikepdf
import pypdf
import pytest
from PIL import Image

from bench.scanning import document_page
from hallclient.scanning.compose import compose
from hallclient.scanning.model import IMAGE, PDF, PageSpec
from tests.scanning.conftest import image_bytes

A4_POINTS = (595.3, 841.9)


def _composed(sources: dict[str, bytes], *pages: PageSpec) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(compose(pages, sources.__getitem__)))


def _image(pdf: pikepdf.Pdf, index: int) -> pikepdf.Object:
    return pdf.pages[index].Resources.XObject.Im0


def test_pdf_pages_are_copied_unchanged_in_the_order_given(three_page_pdf: bytes) -> None:
    out = _composed({"p": three_page_pdf}, PageSpec("p", PDF, 2), PageSpec("p", PDF, 0))
    source = pikepdf.open(io.BytesIO(three_page_pdf))
    assert len(out.pages) == 2
    for copied, original in zip(out.pages, (source.pages[2], source.pages[0]), strict=True):
        assert copied.Contents.read_bytes() == original.Contents.read_bytes()  # lossless: same drawing operators
    text = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(compose(
        [PageSpec("p", PDF, 2), PageSpec("p", PDF, 0)], {"p": three_page_pdf}.__getitem__))).pages]
    assert [t.strip() for t in text] == ["公司章程 第 3 页", "公司章程 第 1 页"]


@pytest.mark.parametrize(("frame", "turn", "expected"), [(0, 90, 90), (1, 90, 180), (1, 270, 0), (0, 0, 0)])
def test_rotation_adds_to_the_pages_own(three_page_pdf: bytes, frame: int, turn: int, expected: int) -> None:
    out = _composed({"p": three_page_pdf}, PageSpec("p", PDF, frame, rotation=turn))
    assert int(out.pages[0].obj.get("/Rotate", 0)) == expected


def test_an_a4_scan_becomes_a_grey_jpeg_page_of_a4_size_under_400_kb() -> None:
    scan = document_page(200)
    pdf = compose([PageSpec("s", IMAGE)], {"s": image_bytes(scan, "JPEG", quality=90, dpi=(200, 200))}.__getitem__)
    out = pikepdf.open(io.BytesIO(pdf))
    image = _image(out, 0)
    assert (image.Filter, image.ColorSpace) == (pikepdf.Name.DCTDecode, pikepdf.Name.DeviceGray)
    assert (int(image.Width), int(image.Height)) == scan.size
    assert [float(v) for v in out.pages[0].MediaBox[2:]] == pytest.approx(A4_POINTS, abs=1)
    assert len(pdf) < 400 * 1024


def test_a_300_dpi_scan_is_brought_down_to_200_dpi() -> None:
    scan = document_page(300)
    out = _composed({"s": image_bytes(scan, "JPEG", dpi=(300, 300))}, PageSpec("s", IMAGE))
    image = _image(out, 0)
    assert (int(image.Width), int(image.Height)) == (round(scan.width * 2 / 3), round(scan.height * 2 / 3))
    assert [float(v) for v in out.pages[0].MediaBox[2:]] == pytest.approx(A4_POINTS, abs=1)


def test_a_camera_frame_without_resolution_is_one_a4_page_tall(page: Image.Image) -> None:
    out = _composed({"c": image_bytes(page, "JPEG")}, PageSpec("c", IMAGE))
    width, height = (float(v) for v in out.pages[0].MediaBox[2:])
    assert height == pytest.approx(A4_POINTS[1], abs=1)
    assert width / height == pytest.approx(page.width / page.height, rel=0.01)


def test_colour_pages_keep_colour_and_rotation_turns_the_pixels(sealed_page: Image.Image) -> None:
    out = _composed({"s": image_bytes(sealed_page, "PNG")}, PageSpec("s", IMAGE, rotation=90, colour=True))
    image = _image(out, 0)
    assert image.ColorSpace == pikepdf.Name.DeviceRGB
    assert (int(image.Width), int(image.Height)) == (sealed_page.height, sealed_page.width)
    decoded = Image.open(io.BytesIO(image.read_raw_bytes()))
    assert decoded.mode == "RGB"


def test_exif_orientation_is_honoured(page: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was held turned: display rotated 90° clockwise
    out = _composed({"c": image_bytes(page, "JPEG", exif=exif)}, PageSpec("c", IMAGE))
    image = _image(out, 0)
    assert (int(image.Width), int(image.Height)) == (page.height, page.width)


def test_frames_of_a_tiff_and_transparent_pngs(tiff_three_frames: bytes, page: Image.Image) -> None:
    clear = page.convert("RGBA")
    clear.putalpha(0)  # fully transparent: must come out as white paper, not black
    out = _composed({"t": tiff_three_frames, "a": image_bytes(clear, "PNG")},
                    PageSpec("t", IMAGE, 2), PageSpec("t", IMAGE, 1, colour=True), PageSpec("a", IMAGE))
    assert len(out.pages) == 3
    assert _image(out, 1).ColorSpace == pikepdf.Name.DeviceRGB
    white = Image.open(io.BytesIO(_image(out, 2).read_raw_bytes()))
    assert white.getextrema() >= (250, 255)


def test_mixed_pdf_and_image_pages_and_the_same_pages_give_the_same_bytes(three_page_pdf: bytes,
                                                                          page: Image.Image) -> None:
    sources = {"p": three_page_pdf, "i": image_bytes(page, "PNG")}
    pages = [PageSpec("i", IMAGE), PageSpec("p", PDF, 1, rotation=90), PageSpec("i", IMAGE, rotation=180)]
    first = compose(pages, sources.__getitem__)
    assert compose(pages, sources.__getitem__) == first
    assert len(pikepdf.open(io.BytesIO(first)).pages) == 3
