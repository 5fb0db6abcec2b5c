"""``hallclient doctor`` against real parts: the CLI, a real central service, a fake network printer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from central.server import free_port
from hallclient.doctor import Verdict, print_report, run_checks
from hallclient.paths import DataDir
from printers.diagnostics import document_font_check, printer_checks
from sync.diagnostics import central_check
from tests.printers.fake_printer import PAPER_OUT, FakeTcpPrinter


def _configure(data_dir: DataDir, **values: Any) -> None:
    data_dir.ensure()
    data_dir.settings.write_text(json.dumps(values), encoding="utf-8")


def _verdicts(results: list) -> dict[str, Verdict]:
    return {r.name: r.verdict for r in results}


def test_all_green_with_central_and_printer(tmp_path: Path, central: Any) -> None:
    printer = FakeTcpPrinter().start()
    try:
        data = DataDir(tmp_path / "data")
        _configure(data, central_url=central.url, ticket_printer=printer.url)
        results = run_checks(data, [central_check, printer_checks, document_font_check])
        lines: list[str] = []
        status = print_report(results, lines.append)
    finally:
        printer.stop()
    assert _verdicts(results) == {"Qt 平台插件": Verdict.OK, "中文字体": Verdict.OK, "数据目录": Verdict.OK,
                                  "磁盘空间": Verdict.OK, "本地数据库": Verdict.OK, "中心系统": Verdict.OK,
                                  "小票打印机": Verdict.OK, "文书字体": Verdict.OK}
    assert status == 0 and "全部通过" in lines[-1]


def test_failures_are_named_with_a_fix_and_exit_1(tmp_path: Path) -> None:
    printer = FakeTcpPrinter().start()
    printer.status = PAPER_OUT
    try:
        data = DataDir(tmp_path / "data")
        _configure(data, central_url=f"http://127.0.0.1:{free_port()}", ticket_printer=printer.url)
        data.database.write_bytes(b"garbage" * 1000)
        results = run_checks(data, [central_check, printer_checks], qt=False)
    finally:
        printer.stop()
    by_name = {r.name: r for r in results}
    assert by_name["中心系统"].verdict is Verdict.FAIL and "无法连接中心系统" in by_name["中心系统"].detail
    assert by_name["本地数据库"].verdict is Verdict.FAIL and by_name["本地数据库"].fix
    assert by_name["小票打印机"].verdict is Verdict.FAIL and by_name["小票打印机"].detail == "打印机缺纸，请更换纸卷"
    lines: list[str] = []
    assert print_report(results, lines.append) == 1
    assert any("处理：" in line for line in lines)


def test_cli_prints_the_table(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "hallclient.cli", "--data-dir", str(tmp_path / "d"), "doctor",
                           "--central-url", f"http://127.0.0.1:{free_port()}"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert "检查项" in done.stdout and "中心系统" in done.stdout and "项失败" in done.stdout
