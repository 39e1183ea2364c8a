"""Readers that turn files, folders, JSONL, HTML, feeds and URLs into Articles, and the
ingest runner that analyses and stores them.

``ingest_articles`` is imported on first use so that ``newsledger.ingest.text`` stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["IngestSummary", "ingest_articles"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from newsledger.ingest import run

        return getattr(run, name)
    raise AttributeError(f"module 'newsledger.ingest' has no attribute {name!r}")
