"""Ingest settings loaded from ``data/ingest/files.json``: file kinds and detokenisation."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def _settings() -> dict[str, Any]:
    raw = resources.files("newsledger.data").joinpath("ingest", "files.json").read_text("utf-8")
    settings: dict[str, Any] = json.loads(raw)
    return settings


def kind_of(path: Path) -> str | None:
    """The reader for ``path`` by its suffix (text, html, jsonl, xml, urls), else None."""
    kind: str | None = _settings()["suffixes"].get(path.suffix.lower())
    return kind


def is_paperwork(path: Path) -> bool:
    """README, LICENSE and the like: documentation shipped beside a corpus, not news."""
    stem = path.stem.lower()
    return any(stem.startswith(prefix) for prefix in _settings()["skip_stems"])


def detokenize(tokens: list[str]) -> str:
    """Tokens of one sentence as running text ("He said , `` yes '' ." -> 'He said, "yes".')."""
    rules = _settings()["detokenize"]
    no_before = set(rules["no_space_before"])
    no_after = set(rules["no_space_after"])
    replace: dict[str, str] = rules["replace"]
    out: list[str] = []
    quote_open = False
    glue = True
    for token in tokens:
        space = not glue and token not in no_before
        if token == '"' or token in ("``", "''"):
            # Straight quotes: an opening one glues to the right, a closing one to the left.
            quote_open = token == "``" or (token == '"' and not quote_open)
            space = not glue and quote_open
            glue = quote_open
        else:
            glue = token in no_after
        out.append((" " if space else "") + replace.get(token, token))
    return "".join(out)
