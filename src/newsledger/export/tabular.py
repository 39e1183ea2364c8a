"""Flat exports: one event per line (JSONL) or per row (CSV, Parquet).

CSV and Parquet rows are flat: actor lists are joined with ";", the time interval and the
article's URL and publication date become columns of their own. Parquet is written by
DuckDB (``COPY ... TO``) so that no Arrow library is needed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

import duckdb

# Column name, DuckDB type: the flat row every tabular export shares.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("article", "VARCHAR"),
    ("event", "INTEGER"),
    ("plover", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("sources", "VARCHAR"),
    ("targets", "VARCHAR"),
    ("location", "VARCHAR"),
    ("time_start", "VARCHAR"),
    ("time_end", "VARCHAR"),
    ("time_text", "VARCHAR"),
    ("quantity", "DOUBLE"),
    ("equipment", "VARCHAR"),
    ("status", "VARCHAR"),
    ("conditions", "VARCHAR"),
    ("certainty", "VARCHAR"),
    ("speaker", "VARCHAR"),
    ("corroboration", "INTEGER"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("url", "VARCHAR"),
    ("published", "VARCHAR"),
)


def published_day(article: Mapping[str, Any] | None) -> str | None:
    """The article's publication date, else its earliest inferred bound (ISO text)."""
    if not article:
        return None
    published = article.get("published") or {}
    day = published.get("date") or published.get("earliest")
    return str(day) if day else None


def flat_row(event: Mapping[str, Any], article: Mapping[str, Any] | None) -> dict[str, Any]:
    time = event.get("time") or {}
    return {
        "article": event["article"],
        "event": event["id"],
        "plover": event.get("plover"),
        "mode": event.get("mode"),
        "context": event.get("context"),
        "cameo": event.get("cameo"),
        "sources": ";".join(event.get("sources") or []),
        "targets": ";".join(event.get("targets") or []),
        "location": event.get("location"),
        "time_start": time.get("start"),
        "time_end": time.get("end"),
        "time_text": time.get("text"),
        "quantity": event.get("quantity"),
        "equipment": event.get("equipment"),
        "status": event.get("status"),
        "conditions": ";".join(event.get("conditions") or []),
        "certainty": event.get("certainty"),
        "speaker": event.get("speaker"),
        "corroboration": event.get("corroboration") or 1,
        "start": event.get("start"),
        "end": event.get("end"),
        "text": event.get("text"),
        "url": (article or {}).get("url"),
        "published": published_day(article),
    }


def jsonl_lines(events: Iterable[dict[str, Any]], handle: TextIO) -> int:
    """One event per line in the analysis JSON shape, unchanged; returns the count."""
    count = 0
    for event in events:
        handle.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def csv_rows(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], handle: TextIO
) -> int:
    """A header, then one flat row per event; returns the count."""
    writer = csv.DictWriter(handle, fieldnames=[name for name, _ in COLUMNS])
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(flat_row(event, articles.get(event["article"])))
        count += 1
    return count


def write_jsonl(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], out: Path
) -> int:
    """One event per line in the analysis JSON shape, unchanged."""
    with out.open("w", encoding="utf-8") as handle:
        return jsonl_lines(events, handle)


def write_csv(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], out: Path
) -> int:
    with out.open("w", encoding="utf-8", newline="") as handle:
        return csv_rows(events, articles, handle)


def write_parquet(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], out: Path
) -> int:
    names = [name for name, _ in COLUMNS]
    rows = [tuple(flat_row(e, articles.get(e["article"]))[n] for n in names) for e in events]
    columns = ", ".join(f'"{name}" {kind}' for name, kind in COLUMNS)
    # An in-memory database holds the rows just long enough for DuckDB's Parquet writer.
    with duckdb.connect(":memory:") as con:
        con.execute(f"CREATE TABLE events ({columns})")
        if rows:
            marks = ", ".join("?" for _ in names)
            con.executemany(f"INSERT INTO events VALUES ({marks})", rows)
        target = str(out).replace("'", "''")
        con.execute(f"COPY events TO '{target}' (FORMAT parquet)")
    return len(rows)
