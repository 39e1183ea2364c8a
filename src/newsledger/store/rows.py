"""An Analysis as table rows, and stored rows back as the analysis JSON shape.

The dict that :func:`analysis_dict` builds has the same top-level keys and field names as
``newsledger/analysis@1`` (``article``, ``sentences``, ``mentions``, ``claims``, ``events``,
``flags``, plus ``times`` and ``attributions``), so a stored analysis reads like a fresh one.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, datetime
from typing import Any

from newsledger.records import CERTAINTY_ORDER, Analysis, Cue, to_jsonable

Row = tuple[Any, ...]
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def day_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of an ISO date prefix: "2024" -> (2024-01-01, 2024-12-31)."""
    match = _ISO_PREFIX.match(value or "")
    if not match:
        return None, None
    year = int(match[1])
    try:
        if match[3]:
            day = date(year, int(match[2]), int(match[3]))
            return day, day
        if match[2]:
            month = int(match[2])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None


def _json(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _cue(cue: Cue | None) -> str | None:
    return None if cue is None else _json(cue)


def analysis_rows(analysis: Analysis, ingested_at: datetime) -> dict[str, list[Row]]:
    """Rows per table, in the column order of the INSERT statements in store.base."""
    a = analysis.article
    aid = a.id
    p = a.published
    rows: dict[str, list[Row]] = {
        "articles": [
            (
                aid,
                a.url,
                a.title,
                a.outlet,
                p.date,
                p.earliest,
                p.latest,
                p.inferred,
                a.body_start,
                a.text,
                ingested_at,
            )
        ],
        "sentences": [
            (aid, s.id, s.start, s.end, s.text, s.is_headline, s.repaired)
            for s in analysis.sentences
        ],
        "mentions": [
            (aid, i, m.text, m.start, m.end, m.kind, m.code, m.name, m.country, m.sector, m.role)
            for i, m in enumerate(analysis.mentions)
        ],
        "times": [
            (aid, i, t.text, t.start, t.end, t.type, t.value, t.begin, t.finish)
            for i, t in enumerate(analysis.times)
        ],
        "attributions": [
            (
                aid,
                t.id,
                t.parent,
                t.speaker,
                t.speaker_code,
                t.speaker_kind,
                _json(t.cue),
                _cue(t.source),
                _cue(t.content),
            )
            for t in analysis.attributions
        ],
        "claims": [
            (
                aid,
                c.id,
                c.sentence,
                c.start,
                c.end,
                c.text,
                c.speaker,
                c.certainty,
                c.checkable,
                c.polarity,
                c.modality,
                c.content_start,
                c.content_end,
                _json(c.cues),
                _json(c.certainty_cues),
            )
            for c in analysis.claims
        ],
        "claim_sources": [
            (aid, c.id, pos, s.name, s.code, s.kind, s.start, s.end)
            for c in analysis.claims
            for pos, s in enumerate(c.source_chain)
        ],
        "events": [],
        "event_actors": [],
        "flags": [
            (aid, i, f.kind, f.message, f.start, f.end, _json(f.evidence))
            for i, f in enumerate(analysis.flags)
        ],
    }
    for e in analysis.events:
        begin, _ = day_bounds(e.time.start)
        _, finish = day_bounds(e.time.end or e.time.start)
        rows["events"].append(
            (
                aid,
                e.id,
                e.claim,
                e.plover,
                e.cameo,
                e.mode,
                e.context,
                e.start,
                e.end,
                e.text,
                e.location,
                e.time.start,
                e.time.end,
                e.time.text,
                begin,
                finish,
                None if e.quantity is None else float(e.quantity),
                e.equipment,
                e.status,
                _json(e.conditions),
                e.certainty,
                CERTAINTY_ORDER.index(e.certainty),
                e.speaker,
                e.trigger,
            )
        )
        for role, codes, spans in (
            ("source", e.sources, e.source_spans),
            ("target", e.targets, e.target_spans),
        ):
            for pos, code in enumerate(codes):
                span = next((m for m in spans if m.code == code), None)
                rows["event_actors"].append(
                    (
                        aid,
                        e.id,
                        role,
                        pos,
                        code,
                        span.text if span else None,
                        span.start if span else None,
                        span.end if span else None,
                    )
                )
    return rows


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
