"""The package layout's promises: dependencies point inward, the core never imports Qt, the CLI exists."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: package → packages it must never import (ui → sync/printers → hallclient ← central; the CLI is exempt).
FORBIDDEN = {
    "hallclient": {"sync", "printers", "ui", "central"},
    "sync": {"printers", "ui", "central"},
    "printers": {"sync", "ui", "central"},
    "central": {"sync", "printers", "ui"},
}

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


def _imported_packages(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_dependencies_point_inward() -> None:
    """Even lazy imports count: only hallclient/cli.py may reach every package."""
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package, forbidden in FORBIDDEN.items()
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != ROOT / "hallclient" / "cli.py"
        for name in sorted(_imported_packages(path) & forbidden)
    ]
    assert not wrong, wrong
    assert sum(1 for _ in (ROOT / "hallclient").rglob("*.py")) > 20  # the walk found the modules
