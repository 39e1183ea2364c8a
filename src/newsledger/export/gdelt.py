"""A GDELT-style event table: tab-separated, GDELT 2.0 event column names, one row per event.

Only the columns newsledger can fill honestly are written; see ``docs/exports.md`` for the
mapping and for what stays empty. Actor codes are ISO 3166 alpha-3 (as GDELT's
``Actor1CountryCode``); CAMEO codes give ``EventCode`` and its base and root codes, and the
root code gives ``QuadClass`` and ``IsRootEvent`` as GDELT defines them.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.export.tabular import published_day

COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "NumSources",
    "NumArticles",
    "ActionGeo_CountryCode",
    "DATEADDED",
    "SOURCEURL",
)


def quad_class(root: str) -> int | None:
    """GDELT QuadClass of a CAMEO root code: 1 verbal and 2 material cooperation,
    3 verbal and 4 material conflict."""
    if not root.isdigit():
        return None
    number = int(root)
    if 1 <= number <= 5:
        return 1
    if 6 <= number <= 8:
        return 2
    if 9 <= number <= 13:
        return 3
    return 4 if 14 <= number <= 20 else None


def _event_id(event: Mapping[str, Any]) -> int:
    # GDELT ids are integers; a stable hash of (article, event) keeps exports reproducible.
    digest = hashlib.sha256(f"{event['article']}:{event['id']}".encode()).digest()
    return int.from_bytes(digest[:7], "big")


def gdelt_row(event: Mapping[str, Any], article: Mapping[str, Any] | None) -> dict[str, Any]:
    time = event.get("time") or {}
    day = time.get("start") or published_day(article) or ""
    digits = "".join(ch for ch in str(day)[:10] if ch.isdigit())
    sqldate = digits.ljust(8, "0") if digits else ""
    cameo = (event.get("cameo") or "").strip()
    root = cameo[:2]
    sources = event.get("sources") or []
    targets = event.get("targets") or []
    fraction = ""
    if len(digits) >= 8:
        try:
            parsed = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
            fraction = f"{parsed.year + parsed.timetuple().tm_yday / 365:.4f}"
        except ValueError:
            fraction = ""
    corroboration = event.get("corroboration") or 1
    return {
        "GLOBALEVENTID": _event_id(event),
        "SQLDATE": sqldate,
        "MonthYear": sqldate[:6],
        "Year": sqldate[:4],
        "FractionDate": fraction,
        "Actor1Code": sources[0] if sources else "",
        "Actor1Name": sources[0] if sources else "",
        "Actor1CountryCode": sources[0] if sources and len(sources[0]) == 3 else "",
        "Actor2Code": targets[0] if targets else "",
        "Actor2Name": targets[0] if targets else "",
        "Actor2CountryCode": targets[0] if targets and len(targets[0]) == 3 else "",
        "IsRootEvent": 1 if event.get("id") == 0 else 0,  # first event coded in the article
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": root,
        "QuadClass": quad_class(root) or "",
        "NumSources": corroboration,
        "NumArticles": event.get("articles") or 1,
        "ActionGeo_CountryCode": event.get("location") or "",
        "DATEADDED": ((article or {}).get("ingested_at") or "")[:10].replace("-", ""),
        "SOURCEURL": (article or {}).get("url") or "",
    }


def write_gdelt(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], out: Path
) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t")
        writer.writeheader()
        for event in events:
            writer.writerow(gdelt_row(event, articles.get(event["article"])))
            count += 1
    return count
