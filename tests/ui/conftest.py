"""Helpers for the UI shell tests: real widgets (offscreen), the real central service, the qasync loop."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.conftest import UiHarness


@pytest.fixture
def loop(qloop: Any) -> UiHarness:
    """The loop helpers without a logged-in context (login dialog tests)."""
    return UiHarness(qloop, None)


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The interface in English for one test; Chinese again afterwards (the QApplication is session-wide)."""
    from ui.i18n import install_language

    install_language(qapp, "en")
    try:
        yield
    finally:
        install_language(qapp, "zh_CN")


@pytest.fixture
def main_window(ui: UiHarness, qtbot: Any) -> Callable[..., Any]:
    """``main_window(**ctx_changes)``: a shown MainWindow on ``ui.ctx`` (with the given fields replaced)."""
    from ui.main_window import MainWindow

    def make(**changes: Any) -> Any:
        ctx = dataclasses.replace(ui.ctx, **changes) if changes else ui.ctx
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        ui.settle()
        return window

    return make


@pytest.fixture
def login_as(central: Any, hall: Any) -> Iterator[Callable[[str, str], tuple[Any, Any]]]:
    """``login_as(username, password)`` → (a second CentralClient logged in as that user, its session)."""
    from sync.client import CentralClient

    clients: list[CentralClient] = []

    def login(username: str, password: str) -> tuple[Any, Any]:
        client = CentralClient(central.url, device_id=hall.device_id)
        clients.append(client)
        return client, client.login(username, password)

    yield login
    for client in clients:
        client.close()
