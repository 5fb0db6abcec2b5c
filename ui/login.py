"""The login dialog: user name and password checked by the central service, never stored.

The central URL is editable here, so a freshly installed counter is set up at its first start: the
IT person types the URL once, and it is saved when a login against it succeeds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sync.client import CentralClient, UserSession
from ui import ops


class LoginDialog(QDialog):
    def __init__(self, client: CentralClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.session: UserSession | None = None
        self.setWindowTitle(self.tr("登录 · 政务服务大厅"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.central = QLineEdit(client.base_url, placeholderText="https://zwfw.example.gov.cn")
        self.central.setObjectName("centralUrl")
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("中心系统"), self.central)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        url = self.central.text().strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            self.error.setText(self.tr("请填写中心系统地址（以 http:// 或 https:// 开头）"))
            return
        if not username or not password:
            self.error.setText(self.tr("请输入用户名和密码"))
            return
        self.client.base_url = url
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("正在登录…"))
        ops.spawn(self._login(username, password), on_error=self._failed)

    async def _login(self, username: str, password: str) -> None:
        self.session = await ops.net(self.client.login, username, password)
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(ops.message_of(exc))
