"""The ``hallclient`` command: the one place that reaches every package, each imported lazily.

``hallclient`` opens the app; ``--demo`` runs it against an embedded central service with demo data.
Sub-commands: ``central`` (run the reference central service), ``snapshot`` (render every workspace
to PNG), ``doctor`` (check this PC), ``print-test`` (print a sample slip).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from hallclient.errors import HallError

log = logging.getLogger("hallclient")

#: ``time.perf_counter()`` at the start of :func:`main`: start-up timings ("first paint after") count from here.
STARTED_AT: float | None = None


def _data_dir(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from hallclient.paths import DataDir, default_data_dir

    return DataDir(Path(args.data_dir) if args.data_dir else default_data_dir())


def _default_central_db(args: argparse.Namespace) -> str:
    return f"sqlite:///{_data_dir(args).root / 'central' / 'central.db'}"


def _end_of_qt(code: int) -> NoReturn:
    """End a Qt command once its work is closed and saved, skipping the interpreter's final clean-up.

    PySide6 6.12 can abort while garbage-collecting Qt wrappers during interpreter shutdown
    ("bool_dealloc", after every file is written and the local database is closed). Nothing is
    left to save by then, so the process ends here with its real exit status instead.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def cmd_app(args: argparse.Namespace) -> int:
    from ui.app import run_app

    code = run_app(data_dir=Path(args.data_dir) if args.data_dir else None, demo=args.demo, lang=args.lang,
                   central_url=args.central_url, started=STARTED_AT)
    return _end_of_qt(code)


def cmd_central(args: argparse.Namespace) -> int:
    db_url = args.db or _default_central_db(args)
    if args.central_command == "calendar":
        from central.admin import import_calendar

        year, holidays, workdays = import_calendar(db_url, Path(args.file))
        print(f"已导入 {year} 年放假安排：{holidays} 个假日，{workdays} 个调休工作日")
        return 0
    if args.central_command == "user":
        from central.admin import add_user

        add_user(db_url, args.username, args.password, args.name or args.username, args.roles.split(","),
                 args.window)
        return 0
    if args.seed_demo:
        from central.admin import seed_demo

        seed_demo(db_url)
    from central.backoffice import BackOfficeConfig
    from central.server import serve

    backoffice = None if args.demo_backoffice is None else BackOfficeConfig(delay_s=args.demo_backoffice)
    print(f"中心服务运行于 http://{args.host}:{args.port}（数据库 {db_url.split('@')[-1]}），按 Ctrl+C 停止")
    serve(db_url, host=args.host, port=args.port, workers=args.workers, backoffice=backoffice)
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    from ui.snapshot import render_all

    for path in render_all(Path(args.out), width=args.width, height=args.height, lang=args.lang):
        print(path)
    return _end_of_qt(0)


def cmd_doctor(args: argparse.Namespace) -> int:
    from hallclient.doctor import print_report, run_checks
    from printers.diagnostics import document_font_check, printer_checks
    from sync.diagnostics import central_check

    checks = [lambda settings: central_check(settings, args.central_url), printer_checks, document_font_check]
    return print_report(run_checks(_data_dir(args), checks))


def cmd_print_test(args: argparse.Namespace) -> int:
    from printers.sample import print_test

    print_test(args.printer, args.layout, paper_mm=args.paper)
    print("已发送测试页")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hallclient", description="政务服务大厅窗口客户端 HallClient")
    parser.add_argument("--data-dir", help="数据目录（默认为系统用户数据目录）")
    parser.add_argument("--lang", default=None, choices=["zh_CN", "en"], help="界面语言")
    parser.add_argument("--verbose", "-v", action="store_true", help="输出调试日志")
    parser.set_defaults(func=cmd_app, demo=False, central_url=None)
    parser.add_argument("--demo", action="store_true", help="演示模式：内置中心服务与演示数据，无需配置")
    parser.add_argument("--central-url", help="中心系统地址（覆盖设置）")
    sub = parser.add_subparsers(dest="command")

    central = sub.add_parser("central", help="运行参考中心服务")
    central.add_argument("--db", help="数据库 URL：sqlite:///path 或 postgresql+psycopg://user@host/db")
    central.add_argument("--host", default="127.0.0.1")
    central.add_argument("--port", type=int, default=8700)
    central.add_argument("--workers", type=int, default=1, help="工作进程数")
    central.add_argument("--seed-demo", action="store_true", help="载入演示大厅数据")
    central.add_argument("--demo-backoffice", type=float, nargs="?", const=60.0, metavar="SECONDS",
                         help="演示后台：受理后每隔 SECONDS 秒（默认 60）推进一步至办结，并开放测试接口")
    central.set_defaults(func=cmd_central, central_command=None)
    central_sub = central.add_subparsers(dest="central_command")
    calendar = central_sub.add_parser("calendar", help="节假日日历")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", required=True)
    calendar_import = calendar_sub.add_parser("import", help="导入一年的国务院放假安排（JSON）")
    calendar_import.add_argument("file")
    user = central_sub.add_parser("user", help="用户管理")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    user_add = user_sub.add_parser("add", help="新增或重置用户")
    user_add.add_argument("username")
    user_add.add_argument("--password", required=True)
    user_add.add_argument("--name")
    user_add.add_argument("--roles", default="clerk", help="逗号分隔：guide,clerk,manager,display,evaluator,admin")
    user_add.add_argument("--window")

    snapshot = sub.add_parser("snapshot", help="以演示数据渲染每个工作区为 PNG")
    snapshot.add_argument("--out", required=True)
    snapshot.add_argument("--width", type=int, default=1920)
    snapshot.add_argument("--height", type=int, default=1080)
    snapshot.set_defaults(func=cmd_snapshot)

    doctor = sub.add_parser("doctor", help="检查本机运行环境")
    doctor.add_argument("--central-url", dest="central_url")
    doctor.set_defaults(func=cmd_doctor)

    print_test = sub.add_parser("print-test", help="打印测试页")
    print_test.add_argument("--printer", required=True, help="打印机地址，如 tcp://192.168.1.50:9100")
    print_test.add_argument("--layout", choices=["ticket", "receipt"], default="ticket")
    print_test.add_argument("--paper", type=int, choices=[58, 80], default=80)
    print_test.set_defaults(func=cmd_print_test)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    global STARTED_AT
    STARTED_AT = time.perf_counter()
    args = build_parser().parse_args(argv)
    from hallclient.logs import setup_console

    setup_console(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        return args.func(args)
    except HallError as exc:
        log.error("%s", exc)
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
