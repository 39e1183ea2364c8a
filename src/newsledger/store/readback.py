"""Stored rows back as records of the analysis JSON shape.

``Store.get_analysis`` builds a dict with the same top-level keys and field names as
``newsledger/analysis@1`` (``article``, ``sentences``, ``mentions``, ``claims``, ``events``,
``flags``, plus ``times`` and ``attributions``), so a stored analysis reads like a fresh one.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def article_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "url": row["url"],
        "title": row["title"],
        "outlet": row["outlet"],
        "text": row["text"],
        "body_start": row["body_start"],
        "published": {
            "date": iso(row["published_date"]),
            "earliest": iso(row["published_earliest"]),
            "latest": iso(row["published_latest"]),
            "inferred": bool(row["published_inferred"]),
        },
        "ingested_at": iso(row["ingested_at"]),
    }


def event_dict(row: dict[str, Any], actors: list[dict[str, Any]]) -> dict[str, Any]:
    """One stored event in the analysis JSON shape, with its article id."""
    by_role: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    for actor in sorted(actors, key=lambda a: a["position"]):
        by_role[actor["role"]].append(actor)
    return {
        "article": row["article_id"],
        "id": row["id"],
        "claim": row["claim"],
        "plover": row["plover"],
        "mode": row["mode"],
        "context": row["context"],
        "cameo": row["cameo"],
        "sources": [a["code"] for a in by_role["source"]],
        "targets": [a["code"] for a in by_role["target"]],
        "location": row["location"],
        "time": {"start": row["time_start"], "end": row["time_end"], "text": row["time_text"]},
        "quantity": _number(row["quantity"]),
        "equipment": row["equipment"],
        "status": row["status"],
        "conditions": json.loads(row["conditions_json"]),
        "certainty": row["certainty"],
        "speaker": row["speaker"],
        "trigger": row["trigger_text"],
        "corroboration": row["corroboration"],
        "start": row["start_char"],
        "end": row["end_char"],
        "text": row["text"],
    }


def claim_dict(row: dict[str, Any], chain: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "sentence": row["sentence"],
        "start": row["start_char"],
        "end": row["end_char"],
        "text": row["text"],
        "speaker": row["speaker"],
        "source_chain": [
            {
                "name": s["name"],
                "code": s["code"],
                "kind": s["kind"],
                "start": s["start_char"],
                "end": s["end_char"],
            }
            for s in sorted(chain, key=lambda s: s["position"])
        ],
        "certainty": row["certainty"],
        "checkable": bool(row["checkable"]),
        "polarity": row["polarity"],
        "modality": row["modality"],
        "content_start": row["content_start"],
        "content_end": row["content_end"],
        "cues": json.loads(row["cues_json"]),
        "certainty_cues": json.loads(row["certainty_cues_json"]),
    }


def _number(value: float | None) -> int | float | None:
    """Quantities are stored as doubles; whole numbers read back as ints."""
    return int(value) if value is not None and value.is_integer() else value
