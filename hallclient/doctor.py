"""``hallclient doctor``: check this PC before a clerk sits down, and say in Chinese how to fix it.

Each check returns a :class:`CheckResult`; any failure makes the command exit with status 1. The core
checks live here; ``sync.diagnostics`` and ``printers.diagnostics`` contribute theirs. The
Qt checks (platform plugin, CJK font) run in a child process: a Qt platform plugin that cannot
load aborts the whole process, and the doctor must survive that to report it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from hallclient.cache.engine import check_integrity
from hallclient.config import Settings
from hallclient.errors import HallError
from hallclient.paths import DataDir

MIN_FREE_BYTES = 500 * 1024 * 1024
WARN_FREE_BYTES = 2 * 1024 * 1024 * 1024


class Verdict(StrEnum):
    OK = "正常"
    WARN = "注意"
    FAIL = "失败"


@dataclass(frozen=True)
class CheckResult:
    name: str
    verdict: Verdict
    detail: str
    fix: str = ""


def _qt_checks() -> list[CheckResult]:
    try:
        done = subprocess.run([sys.executable, "-m", "ui.diagnostics"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [CheckResult("Qt 平台插件", Verdict.FAIL, f"检查进程无法运行：{exc}", "重新安装 HallClient")]
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        reason = (done.stderr.strip().splitlines() or ["无输出"])[-1][:200]
        fix = ("Linux：运行 tools/system-deps 安装 Qt 所需的系统库（libegl1、libxkbcommon-x11-0、libxcb-cursor0 等）；"
               "Windows：安装 VC++ 运行库")
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            fix = ("本机没有图形显示（未设置 DISPLAY）：请在桌面会话中运行，"
                   "无显示器的机器请设置 QT_QPA_PLATFORM=offscreen")
        return [CheckResult("Qt 平台插件", Verdict.FAIL, f"Qt 无法启动：{reason}", fix)]
    platform = CheckResult("Qt 平台插件", Verdict.OK, f"已加载 {report['platform']}")
    family = report.get("cjk_family")
    if family:
        font = CheckResult("中文字体", Verdict.OK, f"使用 {family}")
    else:
        font = CheckResult("中文字体", Verdict.FAIL, "没有能显示中文的字体，界面中文将显示为方框",
                           "Linux：apt-get install fonts-noto-cjk；Windows：确认已安装“微软雅黑”")
    return [platform, font]


def _data_dir_check(data_dir: DataDir) -> list[CheckResult]:
    try:
        data_dir.ensure()
    except HallError as exc:
        return [CheckResult("数据目录", Verdict.FAIL, str(exc), "用 --data-dir 指定一个可写的目录，或修正目录权限")]
    results = [CheckResult("数据目录", Verdict.OK, f"{data_dir.root} 可写")]
    free = data_dir.free_bytes()
    gib = free / 1024**3
    if free < MIN_FREE_BYTES:
        results.append(CheckResult("磁盘空间", Verdict.FAIL, f"仅剩 {gib:.2f} GB",
                                   "清理磁盘：扫描件与数据库需要空间，磁盘满时无法保存受理材料"))
    elif free < WARN_FREE_BYTES:
        results.append(CheckResult("磁盘空间", Verdict.WARN, f"剩余 {gib:.1f} GB", "建议保持 2 GB 以上可用空间"))
    else:
        results.append(CheckResult("磁盘空间", Verdict.OK, f"剩余 {gib:.1f} GB"))
    return results


def _database_checks(data_dir: DataDir) -> list[CheckResult]:
    path = data_dir.database
    if not path.exists():
        return [CheckResult("本地数据库", Verdict.OK, "尚未创建（首次启动时自动创建）")]
    verdict = check_integrity(path)
    if verdict != "ok":
        return [CheckResult("本地数据库", Verdict.FAIL, f"完整性检查未通过：{verdict[:120]}",
                            "启动客户端时会自动将损坏的数据库移至旁边并新建；请联系技术支持尝试恢复")]
    from hallclient import migrate
    from hallclient.cache.engine import create_sqlite_engine
    from hallclient.hall import MIGRATIONS

    engine = create_sqlite_engine(path)
    try:
        current, head = migrate.revisions(MIGRATIONS, engine)
    finally:
        engine.dispose()
    results = [CheckResult("本地数据库", Verdict.OK, "完整性检查通过")]
    if current == head:
        results.append(CheckResult("数据库版本", Verdict.OK, f"已是最新（{head}）"))
    else:
        results.append(CheckResult("数据库版本", Verdict.WARN, f"当前 {current}，最新 {head}",
                                   "启动客户端时会自动升级"))
    return results


#: A check contributed by another package (central reachable, printers, document font); it reads what
#: it needs from the settings. The CLI composes them: the core does not import ``sync`` or ``printers``.
ExtraCheck = Callable[[Settings], list[CheckResult]]


def run_checks(data_dir: DataDir, extra: Sequence[ExtraCheck] = (), *, qt: bool = True) -> list[CheckResult]:
    settings = Settings.load(data_dir.settings)
    results = _qt_checks() if qt else []
    results += _data_dir_check(data_dir)
    results += _database_checks(data_dir)
    for check in extra:
        results += check(settings)
    return results


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def print_report(results: list[CheckResult], out: Callable[[str], None] = print) -> int:
    """Print the table; return the exit status (1 when any check failed)."""
    name_w = max(_width(r.name) for r in results) + 2
    out(_pad("检查项", name_w) + "结果  说明")
    out("-" * (name_w + 40))
    for r in results:
        out(_pad(r.name, name_w) + _pad(r.verdict.value, 6) + r.detail)
        if r.fix and r.verdict is not Verdict.OK:
            out(_pad("", name_w) + "      处理：" + r.fix)
    failed = [r for r in results if r.verdict is Verdict.FAIL]
    out("")
    out(f"共 {len(results)} 项检查，{len(failed)} 项失败" if failed else f"共 {len(results)} 项检查，全部通过")
    return 1 if failed else 0
