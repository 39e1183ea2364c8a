"""Data files shipped with the package, read once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """The text of the data file ``name`` (a path relative to this package)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file."""
    lines = (line.strip() for line in data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def load_pairs(name: str) -> dict[str, str]:
    """A two-column tab-separated data file as key -> value (comments and blanks skipped)."""
    table = {}
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            key, value = line.split("\t")
            table[key] = value.strip()
    return table


@cache
def load_json(name: str) -> Any:
    return json.loads(data_text(name))
