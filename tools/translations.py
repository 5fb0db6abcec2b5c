"""Update the English translation (``make translations``).

Chinese is the source language, so it is complete by construction; English comes from two
translation sources compiled into one ``resources/translations/hallclient_en.qm``:

``hallclient_en.ts``
    The interface strings of ``ui/`` (``self.tr``, ``QCoreApplication.translate``,
    ``QT_TRANSLATE_NOOP``), extracted by ``pyside6-lupdate``; the context is the class name.
``hallclient_core_en.ts``
    The strings the core hands to the interface, extracted here with :mod:`ast` (lupdate does not
    know them), in context ``"core"`` unless noted:

    * the Chinese template of every error raised in ``hallclient/``, ``sync/``, ``printers/``,
      ``central/`` and ``ui/``: the first Chinese string argument of a call to a class whose name
      ends in ``Error`` or that derives from one (``Unreachable``, ``BadReply``, ...);
      ``ui.ops.message_of`` translates the template (and string parameters that are translatable);
    * the values of Enum members that are Chinese messages (``printers.status.Condition``);
    * module-level UPPER_CASE Chinese constants of ``hallclient/domain`` and ``hallclient/dashboard``
      (the dashboard's alert templates and report labels) and the values of their ``*_LABELS`` dicts;
    * the titles of the settings registry (``hallclient/config.py`` ``OPTIONS``), context ``"config"``.

Existing translations are kept; strings that vanished from the code are dropped; messages are
sorted, so running the tool twice changes nothing. A new string appears as ``type="unfinished"``
and ``tests/ui/test_i18n.py`` fails until it is translated (edit the .ts files, or use
``pyside6-linguist``), then run the tool again to compile the .qm.

    python tools/translations.py              # update both .ts files and compile the .qm
    python tools/translations.py --out DIR    # write to DIR instead (starts from the committed files)
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = Path("resources") / "translations"
UI_TS = "hallclient_en.ts"
CORE_TS = "hallclient_core_en.ts"
QM = "hallclient_en.qm"
LANGUAGE, SOURCE_LANGUAGE = "en", "zh_CN"

#: Packages whose errors can reach the interface.
ERROR_PACKAGES = ("hallclient", "sync", "printers", "central", "ui")
#: Packages whose module-level UPPER_CASE Chinese constants and ``*_LABELS`` values are messages.
CONSTANT_PACKAGES = (Path("hallclient") / "domain", Path("hallclient") / "dashboard")
CONFIG = Path("hallclient") / "config.py"
SKIP_DIRS = {"migrations", "__pycache__"}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

Message = tuple[str, str]  # (context, source)


# --- finding the source files -----------------------------------------------------------------------


def python_files(root: Path, package: str | Path) -> list[Path]:
    base = root / package
    return sorted(p for p in base.rglob("*.py") if not SKIP_DIRS & set(p.relative_to(root).parts))


def _tool(name: str) -> str:
    """A PySide6 tool from the interpreter's environment (the venv), else from PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


# --- ui/: pyside6-lupdate ---------------------------------------------------------------------------


def update_ui_ts(root: Path, ts: Path) -> None:
    """Merge the strings of ``ui/`` into ``ts`` (created if missing); translations are kept."""
    sources = [str(p.relative_to(root)) for p in python_files(root, "ui")]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-sort-messages",
         "-source-language", SOURCE_LANGUAGE, "-target-language", LANGUAGE, *sources, "-ts", str(ts)],
        cwd=root, check=True,
    )


# --- the core: ast ----------------------------------------------------------------------------------


def _chinese(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CJK.search(node.value):
        return node.value
    return None


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Names ending in ``Error`` plus every class deriving (transitively) from one of them."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(n for n in map(_name, node.bases) if n)
    errors = {name for name in bases if name.endswith("Error")}
    while True:
        more = {name for name, parents in bases.items() if name not in errors and parents & errors}
        if not more:
            return errors
        errors |= more


def _error_templates(tree: ast.Module, errors: set[str]) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (_name(node.func) in errors or (_name(node.func) or "").endswith("Error")):
            template = next((text for text in map(_chinese, node.args) if text), None)
            if template is not None:
                yield template


def _enum_messages(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any((_name(b) or "").endswith("Enum") for b in node.bases):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and (text := _chinese(statement.value)):
                    yield text


def _domain_constants(tree: ast.Module) -> Iterator[str]:
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
            if not names or statement.value is None:
                continue
            if text := _chinese(statement.value):
                yield text
            elif isinstance(statement.value, ast.Dict) and any(n.endswith("_LABELS") for n in names):
                yield from (text for text in map(_chinese, statement.value.values) if text)


def _option_titles(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "Option":
            title = node.args[2] if len(node.args) > 2 else next(
                (k.value for k in node.keywords if k.arg == "title"), None)
            if text := _chinese(title):
                yield text


def extract_core(root: Path) -> set[Message]:
    """Every (context, source) the core hands to the interface (see the module docstring)."""
    files = sorted({p for package in ERROR_PACKAGES for p in python_files(root, package)})
    trees = {path: _parse(path) for path in files}
    errors = error_classes(trees.values())
    messages: set[Message] = set()
    for path, tree in trees.items():
        messages.update(("core", text) for text in _error_templates(tree, errors))
        if path.relative_to(root).parts[0] != "ui":
            messages.update(("core", text) for text in _enum_messages(tree))
        if any(path.is_relative_to(root / package) for package in CONSTANT_PACKAGES):
            messages.update(("core", text) for text in _domain_constants(tree))
        if path == root / CONFIG:
            messages.update(("config", text) for text in _option_titles(tree))
    return messages


# --- .ts files --------------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[Message, str | None]:
    """(context, source) → translation, or None when unfinished or empty."""
    if not path.exists():
        return {}
    result: dict[Message, str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                text = translation.text or None
            result[(name, message.findtext("source", ""))] = text
    return result


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, messages: Iterable[Message], existing: dict[Message, str | None]) -> None:
    """Write ``messages`` sorted by context and source, with the translations in ``existing``."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">']
    by_context: dict[str, list[str]] = {}
    for context, source in sorted(set(messages)):
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        for source in sources:
            translation = existing.get((context, source))
            lines += ["    <message>", f"        <source>{_xml(source)}</source>",
                      f"        <translation>{_xml(translation)}</translation>" if translation
                      else '        <translation type="unfinished"></translation>',
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def release(ts_files: list[Path], qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", *map(str, ts_files), "-qm", str(qm)],
                   check=True)


def update(root: Path = ROOT, out: Path | None = None, *, compile_qm: bool = True) -> list[Path]:
    """Update both .ts files (in ``out``, seeded from the committed ones, or in place) and the .qm."""
    committed = root / TRANSLATIONS
    out = out or committed
    out.mkdir(parents=True, exist_ok=True)
    ui_ts, core_ts = out / UI_TS, out / CORE_TS
    if out.resolve() != committed.resolve():
        for name in (UI_TS, CORE_TS):
            if (committed / name).exists():
                shutil.copyfile(committed / name, out / name)
    update_ui_ts(root, ui_ts)
    write_ts(core_ts, extract_core(root), read_ts(core_ts))
    written = [ui_ts, core_ts]
    if compile_qm:
        release(written, out / QM)
        written.append(out / QM)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write here instead of resources/translations")
    parser.add_argument("--no-qm", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)
    written = update(ROOT, args.out, compile_qm=not args.no_qm)
    missing = sum(1 for path in written[:2] for text in read_ts(path).values() if text is None)
    for path in written:
        print(path)
    if missing:
        print(f"{missing} message(s) still need an English translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
