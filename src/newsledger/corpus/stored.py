"""Analyses read back from the store as records, for the corpus stages.

The store returns analyses in the analysis JSON shape (``Store.get_analysis``); stories,
corroboration and commitments work on :class:`~newsledger.records.Analysis` records. Only
what those stages read is rebuilt: the article, mentions, claims with their source chains,
and events.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, Protocol

from newsledger.records import (
    Analysis,
    Article,
    Claim,
    Event,
    EventTime,
    Mention,
    Published,
    SourceRef,
)


class AnalysisSource(Protocol):
    """What the corpus stages need of a store (``newsledger.store.Store`` has it)."""

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]: ...

    def get_analysis(self, id_or_url: str) -> dict[str, Any]: ...


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10]) if value else None


def article_from_json(data: Mapping[str, Any]) -> Article:
    published = data.get("published") or {}
    return Article(
        id=data["id"],
        text=data.get("text") or "",
        title=data.get("title"),
        url=data.get("url"),
        outlet=data.get("outlet"),
        published=Published(
            date=_day(published.get("date")),
            earliest=_day(published.get("earliest")),
            latest=_day(published.get("latest")),
            inferred=bool(published.get("inferred")),
        ),
        body_start=data.get("body_start") or 0,
    )


def _event(data: Mapping[str, Any]) -> Event:
    time = data.get("time") or {}
    return Event(
        id=data["id"],
        claim=data.get("claim"),
        plover=data["plover"],
        cameo=data.get("cameo"),
        start=data["start"],
        end=data["end"],
        text=data.get("text") or "",
        mode=data.get("mode"),
        context=data.get("context"),
        sources=list(data.get("sources") or []),
        targets=list(data.get("targets") or []),
        location=data.get("location"),
        time=EventTime(time.get("start"), time.get("end"), time.get("text")),
        quantity=data.get("quantity"),
        equipment=data.get("equipment"),
        status=data.get("status"),
        conditions=list(data.get("conditions") or []),
        certainty=data.get("certainty") or "asserted",
        speaker=data.get("speaker"),
        trigger=data.get("trigger"),
    )


def _claim(data: Mapping[str, Any]) -> Claim:
    return Claim(
        id=data["id"],
        sentence=data.get("sentence") or 0,
        start=data["start"],
        end=data["end"],
        text=data.get("text") or "",
        speaker=data.get("speaker"),
        source_chain=[
            SourceRef(s["name"], s.get("code"), s.get("kind") or "", s.get("start"), s.get("end"))
            for s in data.get("source_chain") or []
        ],
        certainty=data.get("certainty") or "asserted",
    )


def _mention(data: Mapping[str, Any]) -> Mention:
    return Mention(
        text=data["text"],
        start=data["start"],
        end=data["end"],
        kind=data["kind"],
        code=data.get("code"),
        name=data.get("name"),
        country=data.get("country"),
        sector=data.get("sector"),
        role=data.get("role"),
    )


def analysis_from_json(data: Mapping[str, Any]) -> Analysis:
    """An analysis JSON document (as stored) as the records the corpus stages read."""
    return Analysis(
        article=article_from_json(data["article"]),
        mentions=[_mention(m) for m in data.get("mentions") or []],
        claims=[_claim(c) for c in data.get("claims") or []],
        events=[_event(e) for e in data.get("events") or []],
    )


def iter_analyses(store: AnalysisSource, page: int = 500) -> Iterator[Analysis]:
    """Every stored analysis, oldest first (so that reporting order is ingest order)."""
    ids: list[str] = []
    offset = 0
    while True:
        batch = store.list_articles(limit=page, offset=offset)
        ids.extend(row["id"] for row in batch)
        if len(batch) < page:
            break
        offset += page
    for article_id in reversed(ids):
        yield analysis_from_json(store.get_analysis(article_id))
