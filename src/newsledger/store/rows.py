"""An Analysis as table rows: the column order of every table and the tuples to insert."""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, datetime
from typing import Any

from newsledger.records import CERTAINTY_ORDER, Analysis, Cue, to_jsonable

Row = tuple[Any, ...]
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# Column lists per table, in the order analysis_rows builds its tuples.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "url",
        "title",
        "outlet",
        "published_date",
        "published_earliest",
        "published_latest",
        "published_inferred",
        "body_start",
        "text",
        "ingested_at",
    ),
    "sentences": ("article_id", "id", "start_char", "end_char", "text", "is_headline", "repaired"),
    "mentions": (
        "article_id",
        "idx",
        "text",
        "start_char",
        "end_char",
        "kind",
        "code",
        "name",
        "country",
        "sector",
        "role",
    ),
    "times": (
        "article_id",
        "idx",
        "text",
        "start_char",
        "end_char",
        "type",
        "value",
        "begin_date",
        "finish_date",
    ),
    "attributions": (
        "article_id",
        "id",
        "parent",
        "speaker",
        "speaker_code",
        "speaker_kind",
        "cue_json",
        "source_json",
        "content_json",
    ),
    "claims": (
        "article_id",
        "id",
        "sentence",
        "start_char",
        "end_char",
        "text",
        "speaker",
        "certainty",
        "checkable",
        "polarity",
        "modality",
        "content_start",
        "content_end",
        "cues_json",
        "certainty_cues_json",
    ),
    "claim_sources": (
        "article_id",
        "claim_id",
        "position",
        "name",
        "code",
        "kind",
        "start_char",
        "end_char",
    ),
    "events": (
        "article_id",
        "id",
        "claim",
        "plover",
        "cameo",
        "mode",
        "context",
        "start_char",
        "end_char",
        "text",
        "location",
        "time_start",
        "time_end",
        "time_text",
        "time_begin_date",
        "time_finish_date",
        "quantity",
        "equipment",
        "status",
        "conditions_json",
        "certainty",
        "certainty_rank",
        "speaker",
        "trigger_text",
    ),
    "event_actors": (
        "article_id",
        "event_id",
        "role",
        "position",
        "code",
        "text",
        "start_char",
        "end_char",
    ),
    "flags": (
        "article_id",
        "idx",
        "kind",
        "message",
        "start_char",
        "end_char",
        "evidence_json",
    ),
}


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
    """Rows per table, each a tuple in the order of ``COLUMNS[table]``."""
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
