"""The ``ray`` marker: tests that start a local Ray (a few seconds each, under a minute)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ray: starts a local Ray; deselect with -m 'not ray'")
