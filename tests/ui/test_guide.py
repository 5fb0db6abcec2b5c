"""The guide desk: search-as-you-type over the pulled catalog and the item's materials."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QListWidgetItem

from ui import ops
from ui.workspaces.guide import GuideWorkspace


@pytest.fixture
def guide(ui: Any, qtbot: Any) -> GuideWorkspace:
    workspace = GuideWorkspace(ui.ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 800)
    workspace.show()  # the first show loads the whole catalog
    ui.settle()
    return workspace


def _rows(workspace: GuideWorkspace) -> list[str]:
    return [workspace.results.item(i).text() for i in range(workspace.results.count())]


def test_empty_search_lists_the_catalog(guide: GuideWorkspace, ui: Any) -> None:
    items = ui.run(ops.db(lambda: ui.ctx.hall.catalog.search("")))
    assert len(items) > 10
    assert _rows(guide) == [f"{item.name}    {item.code}" for item in items]


def test_pinyin_initials_find_the_item_and_show_its_materials(guide: GuideWorkspace, ui: Any) -> None:
    guide.search.setText("qysl")
    ui.wait_until(lambda: any(row.startswith("企业设立登记") for row in _rows(guide)), timeout=5)
    ui.settle()
    assert all("企业设立登记" not in row or row == "企业设立登记    330602-XK-0201" for row in _rows(guide))
    assert len(_rows(guide)) < 10  # a filter, not the whole catalog
    row = next(i for i in range(guide.results.count()) if guide.results.item(i).text().startswith("企业设立登记"))
    item: QListWidgetItem = guide.results.item(row)
    code = item.data(256)
    detail = ui.run(ops.db(lambda: ui.ctx.hall.catalog.item(code)))
    assert detail is not None and len(detail.materials) >= 3
    guide.results.setCurrentRow(row)
    ui.wait_until(lambda: detail.name in guide.detail.toPlainText(), timeout=5)
    text = guide.detail.toPlainText()
    for number, material in enumerate(detail.materials, 1):
        assert material.name in text
        assert f"{number}\n{material.name}\n{'必需' if material.required else '可选'}" in text
    assert f"承诺时限 {detail.promised_limit_days} 个工作日" in text
    assert f"法定时限 {detail.legal_limit_days} 个工作日" in text


def test_search_with_no_match_empties_the_list(guide: GuideWorkspace, ui: Any) -> None:
    assert guide.results.count() > 0
    guide.search.setText("没有这个事项zzzz")
    ui.wait_until(lambda: guide.results.count() == 0, timeout=5)


def test_detail_in_english(ui: Any, qtbot: Any, english: None) -> None:
    workspace = GuideWorkspace(ui.ctx)
    qtbot.addWidget(workspace)
    workspace.show()
    ui.settle()
    assert workspace.search.placeholderText() == "Item name, pinyin initials or code, e.g. qysl"
    workspace.search.setText("qysl")
    ui.wait_until(lambda: workspace.results.count() > 0 and workspace.results.item(0).text().startswith("企业设立登记"),
                  timeout=5)  # the search's answer, not the whole catalog listed before it
    workspace.results.setCurrentRow(0)
    ui.wait_until(lambda: "working days" in workspace.detail.toPlainText(), timeout=5)
    assert "Promised time limit" in workspace.detail.toPlainText()
    assert "Required" in workspace.detail.toPlainText()
