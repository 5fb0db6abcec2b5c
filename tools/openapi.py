"""Regenerate docs/central-api.json from the central service (a test fails when it is stale)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from central.app import create_app

TARGET = Path(__file__).resolve().parent.parent / "docs" / "central-api.json"

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        document = create_app(f"sqlite:///{tmp}/central.db").openapi()
    TARGET.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
