"""The package layout's promises: the core never imports Qt, and the console script exists."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = ("hallclient", "sync", "printers", "central")


def test_core_packages_never_import_qt() -> None:
    """Import every module of the Qt-free packages in a fresh interpreter; PySide6 must stay out."""
    script = f"""
import importlib, pkgutil, sys
for name in {QT_FREE!r}:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync", "pyqtgraph"))
print(len([m for m in sys.modules if m.split(".")[0] in {QT_FREE!r}]))
sys.exit("Qt imported: " + ", ".join(qt) if qt else 0)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout
    assert int(result.stdout.strip()) > 20  # the walk really imported the modules


def test_console_script_answers_help() -> None:
    result = subprocess.run([sys.executable, "-m", "hallclient.cli", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert "政务服务大厅" in result.stdout
    for command in ("central", "snapshot", "doctor", "print-test"):
        assert command in result.stdout
