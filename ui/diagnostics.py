"""Qt checks for ``hallclient doctor``, run as ``python -m ui.diagnostics`` in a child process.

Prints one JSON line: the platform plugin that loaded and the CJK font family found (or null). If
the platform plugin cannot load, Qt aborts this process and the doctor reports that instead.
"""

from __future__ import annotations

import json

from PySide6.QtGui import QGuiApplication

from ui.fonts import cjk_family


def main() -> None:
    app = QGuiApplication([])
    print(json.dumps({"platform": app.platformName(), "cjk_family": cjk_family()}))


if __name__ == "__main__":
    main()
