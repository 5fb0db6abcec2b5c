"""The login dialog against the real central service (and against nothing at all)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sync.client import CentralClient
from ui.login import LoginDialog


@pytest.fixture
def dialog_for(qtbot: Any) -> Iterator[Any]:
    clients: list[CentralClient] = []

    def make(url: str) -> LoginDialog:
        client = CentralClient(url, connect_timeout=2.0, read_timeout=5.0)
        clients.append(client)
        dialog = LoginDialog(client)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make
    for client in clients:
        client.close()


def _submit(dialog: LoginDialog, loop: Any, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "正在登录…"
    assert not dialog.buttons.isEnabled()  # no second submit while the first is under way
    loop.settle()


def test_wrong_password_shows_the_reason_and_stays_open(central: Any, loop: Any, dialog_for: Any) -> None:
    dialog = dialog_for(central.url)
    assert dialog.central.text() == central.url
    _submit(dialog, loop, "demo", "wrong")
    assert dialog.error.text() == "用户名或密码错误"
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.session is None
    assert dialog.buttons.isEnabled()
    assert dialog.password.text() == "wrong"  # kept for correcting a typo


def test_unreachable_central_says_so(loop: Any, dialog_for: Any) -> None:
    from central.server import free_port

    url = f"http://127.0.0.1:{free_port()}"
    dialog = dialog_for(url)
    _submit(dialog, loop, "demo", "demo")
    assert dialog.error.text() == f"无法连接中心系统 {url}"
    assert dialog.isVisible()
    assert dialog.session is None


def test_empty_fields_are_refused_locally(loop: Any, dialog_for: Any) -> None:
    dialog = dialog_for("http://127.0.0.1:9")
    dialog.username.setText("demo")
    dialog.submit()
    assert dialog.error.text() == "请输入用户名和密码"
    assert dialog.buttons.isEnabled()


def test_right_password_accepts(central: Any, loop: Any, dialog_for: Any) -> None:
    dialog = dialog_for(central.url)
    _submit(dialog, loop, "clerk01", "clerk01")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.session is not None
    assert dialog.session.username == "clerk01"
    assert dialog.session.display_name == "陈思颖"
    assert dialog.session.roles == ("clerk",)
    assert dialog.password.text() == ""  # not kept in memory longer than needed


def test_wrong_password_in_english(central: Any, loop: Any, dialog_for: Any, english: None) -> None:
    dialog = dialog_for(central.url)
    assert dialog.windowTitle() == "Log in · Government Service Hall"
    _submit_en(dialog, loop)
    assert dialog.error.text() == "Wrong user name or password"


def _submit_en(dialog: LoginDialog, loop: Any) -> None:
    dialog.username.setText("demo")
    dialog.password.setText("wrong")
    dialog.submit()
    assert dialog.error.text() == "Logging in…"
    loop.settle()
