"""PLOVER JSON: a list of event records in the shape of the PLOVER reference data
(openeventdata/PLOVER: ``id``, ``date``, ``source``/``target`` actor lists, ``event``,
``mode``, ``context``, ``eventText``, ``text``), with the newsledger fields PLOVER has no
slot for (certainty, status, quantity, offsets, corroboration) under ``newsledger``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsledger.export.tabular import published_day

PLOVER_VERSION = "0.5b1"


def _actors(codes: list[str]) -> list[dict[str, Any]]:
    return [{"actorText": code, "code": code} for code in codes]


def plover_event(event: Mapping[str, Any], article: Mapping[str, Any] | None) -> dict[str, Any]:
    time = event.get("time") or {}
    return {
        "id": f"{event['article'][:16]}-{event['id']}",
        "date": time.get("start") or published_day(article),
        "source": _actors(event.get("sources") or []),
        "target": _actors(event.get("targets") or []),
        "event": event.get("plover"),
        "mode": event.get("mode") or "",
        "context": event.get("context") or "",
        "eventText": event.get("trigger") or "",
        "text": event.get("text"),
        "location": [{"country": event["location"]}] if event.get("location") else [],
        "language": "en",
        "publication": (article or {}).get("outlet") or (article or {}).get("url") or "",
        "coder": "newsledger",
        "version": PLOVER_VERSION,
        "newsledger": {
            "article": event["article"],
            "event": event["id"],
            "cameo": event.get("cameo"),
            "certainty": event.get("certainty"),
            "status": event.get("status"),
            "quantity": event.get("quantity"),
            "equipment": event.get("equipment"),
            "conditions": event.get("conditions") or [],
            "speaker": event.get("speaker"),
            "corroboration": event.get("corroboration") or 1,
            "time": time,
            "start": event.get("start"),
            "end": event.get("end"),
        },
    }


def write_plover(
    events: Iterable[dict[str, Any]], articles: Mapping[str, dict[str, Any]], out: Path
) -> int:
    records = [plover_event(e, articles.get(e["article"])) for e in events]
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n")
    return len(records)
