"""Checking incoming files: what each good one holds, and a clear Chinese refusal for each bad one."""

from __future__ import annotations

import pytest
from PIL import Image

from hallclient.scanning.model import IMAGE, PDF, ScanError
from hallclient.scanning.sources import inspect
from tests.scanning.conftest import blank_pdf, image_bytes


def test_pdf_pages_are_counted(three_page_pdf: bytes) -> None:
    source = inspect(three_page_pdf, "章程.pdf")
    assert (source.kind, source.mime, source.pages) == (PDF, "application/pdf", 3)


@pytest.mark.parametrize(("format", "mime"), [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("TIFF", "image/tiff"),
                                              ("BMP", "image/bmp")])
def test_single_images_are_one_page(page: Image.Image, format: str, mime: str) -> None:
    source = inspect(image_bytes(page, format), f"scan.{format.lower()}")
    assert (source.kind, source.mime, source.pages, source.colour) == (IMAGE, mime, 1, (False,))


def test_every_frame_of_a_multi_page_tiff_is_a_page_and_only_the_sealed_one_keeps_colour(
        tiff_three_frames: bytes) -> None:
    source = inspect(tiff_three_frames, "feeder.tif")
    assert source.pages == 3
    assert source.colour == (False, True, False)


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "empty.pdf", "文件 empty.pdf 是空文件（0 字节），请重新扫描"),
    (b"this is a text file, not a scan", "photo.jpg",
     "文件 photo.jpg 不是可识别的 PDF 或图片（JPEG、PNG、TIFF），请检查文件"),
    (b"%PDF-1.7\n" + b"\x00garbage" * 64, "broken.pdf",
     "PDF 文件 broken.pdf 已损坏或不完整，无法读取，请重新扫描或重新导出"),
])
def test_unusable_files_are_refused_in_chinese(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ScanError) as refused:
        inspect(data, name)
    assert str(refused.value) == message
    assert refused.value.params["name"] == name


def test_a_truncated_jpeg_is_refused(page: Image.Image) -> None:
    jpeg = image_bytes(page, "JPEG", quality=90)
    with pytest.raises(ScanError, match=r"图片 half\.jpg 已损坏或不完整"):
        inspect(jpeg[: len(jpeg) // 2], "half.jpg")


def test_a_password_protected_pdf_is_refused(encrypted_pdf: bytes) -> None:
    with pytest.raises(ScanError, match=r"PDF 文件 secret\.pdf 有密码保护"):
        inspect(encrypted_pdf, "secret.pdf")


def test_a_500_page_pdf_is_refused_above_the_page_limit() -> None:
    with pytest.raises(ScanError) as refused:
        inspect(blank_pdf(500), "archive.pdf")
    assert refused.value.params == {"name": "archive.pdf", "pages": 500, "limit": 200}
    assert "超过每次最多 200 页的上限" in str(refused.value)
    assert inspect(blank_pdf(500), "archive.pdf", max_pages=500).pages == 500


def test_the_page_limit_counts_tiff_frames(tiff_three_frames: bytes) -> None:
    with pytest.raises(ScanError, match="共 3 页"):
        inspect(tiff_three_frames, "feeder.tif", max_pages=2)


def test_an_unsupported_image_format_is_named(page: Image.Image) -> None:
    with pytest.raises(ScanError, match=r"格式（GIF）不支持"):
        inspect(image_bytes(page.convert("P"), "GIF"), "scan.gif")


def test_a_pdf_cut_off_mid_file_is_refused_but_one_missing_only_its_trailer_is_repaired(three_page_pdf: bytes) -> None:
    with pytest.raises(ScanError, match="已损坏或不完整"):
        inspect(three_page_pdf[: len(three_page_pdf) // 2], "half.pdf")
    assert inspect(three_page_pdf[:-20], "no-trailer.pdf").pages == 3
