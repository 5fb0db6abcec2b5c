"""Where a counter keeps its database, files, settings and logs.

By default the platform's user data directory (``%LOCALAPPDATA%\\HallClient`` on Windows,
``~/.local/share/HallClient`` on Linux); ``--data-dir`` overrides it, e.g. for a second client on
one PC or for tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from hallclient.errors import StorageError

APP_NAME = "HallClient"


def default_data_dir() -> Path:
    return Path(os.environ.get("HALLCLIENT_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "hallclient.db"

    @property
    def files(self) -> Path:
        """The content-addressed file store (``files/ab/abcdef...``)."""
        return self.root / "files"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def persist(self) -> Path:
        """UI state (window geometry, last workspace), kept apart from settings."""
        return self.root / "persist.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataDir:
        """Create the folders and prove the directory is writable, or raise in Chinese."""
        try:
            for folder in (self.root, self.files, self.logs):
                folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise StorageError(
                "数据目录 {path} 不可写：{reason}。请检查权限，或用 --data-dir 指定其他目录",
                path=str(self.root),
                reason=exc.strerror or str(exc),
            ) from exc
        return self

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free
