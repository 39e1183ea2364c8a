"""Event exports: JSONL, CSV, Parquet, PLOVER JSON and a GDELT-style table.

Every writer takes events in the analysis JSON shape the store returns
(``Store.iter_events``: one dict per event with its ``article`` id) and, for the formats that
carry them, the article records by id (``url``, ``outlet``, ``published``). The column
mapping of the GDELT table is documented in ``docs/exports.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from newsledger.errors import InputError
from newsledger.export.gdelt import write_gdelt
from newsledger.export.plover import write_plover
from newsledger.export.tabular import write_csv, write_jsonl, write_parquet

Writer = Callable[[Iterable[dict[str, Any]], Mapping[str, dict[str, Any]], Path], int]
WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
    "plover": write_plover,
    "gdelt": write_gdelt,
}
FORMATS = tuple(WRITERS)

__all__ = ["FORMATS", "WRITERS", "export_events"]


def export_events(
    events: Iterable[dict[str, Any]],
    fmt: str,
    out: Path,
    articles: Mapping[str, dict[str, Any]] | None = None,
) -> int:
    """Write ``events`` to ``out`` in format ``fmt``; the number of events written."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    return writer(events, articles or {}, out)
