"""A counter with the demo hall's catalog, applied through the change-feed appliers."""

from __future__ import annotations

import pytest

from hallclient.hall import Hall
from tests.catalog.demo_feed import load_demo


@pytest.fixture
def catalog_hall(hall: Hall) -> Hall:
    return load_demo(hall)
