"""Run the benchmarks (all, or those named on the command line) and merge their figures."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent / "bench-results.json"

#: Benchmark modules in running order (each has ``run() -> dict[str, float]``).
MODULES = ["startup", "central_health", "catalog", "scanning", "queue_writes", "queue_calls", "queue_display",
           "queue_ui", "acceptance_ui", "dashboard", "sync_push", "sync_pull", "sync_upload", "sync_ui_stall",
           "handout", "evaluation"]


def machine() -> str:
    return f"{platform.node()} · {platform.machine()} · {os.cpu_count()} CPU · Python {platform.python_version()}"


def _run_here(names: list[str]) -> None:
    """Run ``names`` in this process, merging their figures into the results file."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        print(f"— {name}", flush=True)
        figures = module.run()
        for key, value in figures.items():
            print(f"  {key} = {value}", flush=True)
        results.update(figures)
    results["machine"] = machine()
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def _run_each_alone() -> int:
    """Every module in a fresh interpreter of its own, after the disk caught up: one module's leftovers
    (a Qt application with windows and timers, a sync thread, a server, unwritten files) would
    otherwise run beside the next one's figures."""
    RESULTS.unlink(missing_ok=True)
    failed = []
    for name in MODULES:
        os.sync()  # the last module's database files reach the disk now, not during the next one's figures
        if subprocess.run([sys.executable, "-m", "bench", name]).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr, flush=True)
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description="HallClient benchmarks")
    parser.add_argument("names", nargs="*", help=f"subset of {', '.join(MODULES)} (default: all, each alone)")
    args = parser.parse_args()
    if not args.names:
        code = _run_each_alone()
        print(f"wrote {RESULTS}", flush=True)
        sys.exit(code)
    _run_here(args.names)
    # the UI benchmarks leave Qt wrappers that PySide6 6.12 can abort on while the interpreter
    # finalizes (see hallclient.cli._end_of_qt); the figures are written, so end here
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
