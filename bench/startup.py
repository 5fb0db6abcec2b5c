"""``startup_to_first_paint_s``: cold ``hallclient --demo`` until the main window is painted (median of 5).

Measured from spawning the process (interpreter start and imports included) to the line the app
prints on its first paint (``HALLCLIENT_EXIT_AFTER_PAINT``). ``startup_to_ready_s`` is the time
until the embedded central service is up, the demo user logged in and the workspaces loaded.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time


def _one_start() -> tuple[float, float]:
    env = {**os.environ, "HALLCLIENT_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "hallclient.cli", "--demo"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    paint = ready = float("nan")
    for line in process.stdout:
        if line.startswith("first paint after"):
            paint = time.perf_counter() - started
        elif line.startswith("ready after"):
            ready = time.perf_counter() - started
    process.wait(timeout=60)
    return paint, ready


def run() -> dict[str, float]:
    _one_start()  # warm the OS file cache once, as on a PC that has run the app before
    runs = [_one_start() for _ in range(5)]
    return {
        "startup_to_first_paint_s": round(statistics.median(p for p, _ in runs), 3),
        "startup_to_ready_s": round(statistics.median(r for _, r in runs), 3),
    }
