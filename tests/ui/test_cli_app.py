"""The real command in a child process: ``hallclient --demo`` starts and paints; ``snapshot`` renders."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainterPath

ROOT = Path(__file__).resolve().parents[2]
WORKSPACES = ("guide", "clerk", "manager", "display", "evaluator")
#: In the order written: the workspaces as loaded, then the staged scenes (ui.snapshot.STAGED and the
#: demos): a busy day, a case mid-check and a 一次性补正告知书, a hand-out, the rating screen.
WRITTEN = ("guide", "clerk", "display", "manager", "acceptance", "notice", "handout", "evaluator",
           "evaluator-reasons")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "HALLCLIENT_EXIT_AFTER_PAINT"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg"),
            **extra}


def test_demo_starts_paints_and_quits(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "hallclient.cli", "--demo"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env=_env(tmp_path, HALLCLIENT_EXIT_AFTER_PAINT="1"))
    assert result.returncode == 0, result.stderr
    match = re.search(r"^first paint after (\d+\.\d{3}) s$", result.stdout, re.MULTILINE)
    assert match, f"stdout: {result.stdout!r}\nstderr: {result.stderr[-2000:]}"
    assert 0 < float(match.group(1)) < 60
    assert "Traceback" not in result.stderr, result.stderr


def _colours(image: QImage, rect: QRect, step: int) -> set[int]:
    return {image.pixel(x, y) for x in range(rect.left(), rect.right(), step)
            for y in range(rect.top(), rect.bottom(), step)}


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("snapshots")
    home = tmp_path_factory.mktemp("home")
    result = subprocess.run([sys.executable, "-m", "hallclient.cli", "snapshot", "--out", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=180, env=_env(home))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(out / f"{name}.png") for name in WRITTEN]
    return out


def test_notice_snapshot_is_an_a4_page(snapshots: Path, qapp: Any) -> None:
    image = QImage(str(snapshots / "notice.png"))
    assert not image.isNull() and abs(image.height() / image.width() - 297 / 210) < 0.01
    assert len(_colours(image, image.rect(), step=5)) > 20


@pytest.mark.parametrize("name", (*WORKSPACES, "acceptance", "handout", "evaluator-reasons"))
def test_snapshot_is_full_hd_and_not_blank(snapshots: Path, name: str, qapp: Any) -> None:
    image = QImage(str(snapshots / f"{name}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1920, 1080)
    assert len(_colours(image, image.rect(), step=7)) > 20  # text, panels, rail: far more than a flat fill


def test_guide_snapshot_draws_chinese_in_the_nav_rail(snapshots: Path, qapp: Any) -> None:
    from ui.fonts import cjk_family

    family = cjk_family()
    assert family is not None, "no CJK font: install fonts-noto-cjk (tools/system-deps)"
    font = QFont(family)
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "导服台综合窗口大厅管理叫号屏评价器")
    path = QPainterPath()
    path.addText(0, 0, font, "导服台")
    assert not path.isEmpty() and path.boundingRect().width() > 0

    image = QImage(str(snapshots / "guide.png"))
    background = QColor(image.pixel(3, 1000))  # the rail below its buttons
    assert background.lightness() < 100  # a dark rail with light text
    # rows of the rail (below the menu bar) that hold light text pixels, grouped into bands: one per button
    rows = [y for y in range(30, 450) if any(QColor(image.pixel(x, y)).lightness() > 200 for x in range(12, 125))]
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][1] + 1:
            bands[-1][1] = y
        else:
            bands.append([y, y])
    glyph_rows = [band for band in bands if 8 <= band[1] - band[0] <= 40]
    assert len(glyph_rows) == 5, f"expected the five nav labels, found text rows {bands}"
