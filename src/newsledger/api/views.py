"""Read-only views over the store for the corpus routes: timeline, actors, graph, commitments.

Each function takes an open Store and returns JSON-able dicts. The corpus stage does not
track commitments yet; until it does, a plain grouping of stored events by donors, recipients
and item stands in (see :func:`fallback_commitments`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from newsledger.data import load_lines
from newsledger.records import Article, Published, Story
from newsledger.store import EventFilter, Store

Json = dict[str, Any]


@cache
def commitment_statuses() -> tuple[str, ...]:
    return load_lines("api/commitment_statuses.txt")


@cache
def actor_names() -> dict[str, str]:
    """Display name per actor code, from the actor data files (first name seen wins)."""
    from newsledger.resolve.actors import load_actor_index

    names: dict[str, str] = {}
    for _, actor in load_actor_index().aliases():
        names.setdefault(actor.code, actor.name)
    return names


def stored_articles(store: Store, limit: int) -> list[Article]:
    """The ``limit`` newest stored articles as records, for story clustering."""
    out = []
    for row in store.list_articles(limit=limit):
        stored = store.get_analysis(row["id"])["article"]
        published = stored["published"]
        out.append(
            Article(
                id=stored["id"],
                text=stored["text"],
                title=stored["title"],
                url=stored["url"],
                outlet=stored["outlet"],
                published=Published(
                    date=_date(published["date"]),
                    earliest=_date(published["earliest"]),
                    latest=_date(published["latest"]),
                    inferred=published["inferred"],
                ),
                body_start=stored["body_start"],
            )
        )
    return out


def cluster(articles: list[Article]) -> list[Story]:
    """Stories over ``articles`` (the corpus stage's clustering)."""
    from newsledger.corpus.stories import cluster_stories

    return cluster_stories(articles)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def article_dates(store: Store) -> dict[str, Json]:
    """Per article id: title and the day its events default to (published, else earliest)."""
    out = {}
    for row in store.list_articles():
        published = row["published"]
        out[row["id"]] = {
            "id": row["id"],
            "title": row["title"],
            "day": published["date"] or published["earliest"],
        }
    return out


def involving(store: Store, code: str, filters: EventFilter) -> list[Json]:
    """Events with ``code`` as source or target (each once), in article and id order."""
    seen: dict[tuple[str, int], Json] = {}
    unpaged = replace(filters, limit=None, offset=0)
    for by_role in (replace(unpaged, actor=code), replace(unpaged, target=code)):
        for event in store.iter_events(by_role):
            seen.setdefault((event["article"], event["id"]), event)
    return [seen[k] for k in sorted(seen)]


def _day(event: Json, articles: dict[str, Json]) -> str | None:
    start = event["time"]["start"]
    if start:
        return str(start)
    article = articles.get(event["article"])
    return article["day"] if article else None


def timeline(store: Store, filters: EventFilter, actor: str | None) -> Json:
    """Events in date order (event time, else the article's date), paged by ``filters``."""
    articles = article_dates(store)
    if actor:
        events = involving(store, actor, filters)
    else:
        events = list(store.iter_events(replace(filters, limit=None, offset=0)))
    items = [
        {
            "day": _day(e, articles),
            "article_title": articles.get(e["article"], {}).get("title"),
            "event": e,
        }
        for e in events
    ]
    # Undated events go last; ties keep article order so pages are stable.
    items.sort(key=lambda i: (i["day"] is None, i["day"] or ""))
    total = len(items)
    end = None if filters.limit is None else filters.offset + filters.limit
    return {
        "actor": actor,
        "total": total,
        "offset": filters.offset,
        "items": items[filters.offset : end],
    }


def actor_summary(store: Store, code: str) -> Json | None:
    """What the ledger holds about one actor code; None when it knows nothing of it."""
    events = involving(store, code, EventFilter())
    name = actor_names().get(code.upper())
    if not events and name is None:
        return None
    partners: Counter[str] = Counter()
    as_source = as_target = 0
    for event in events:
        upper = code.upper()
        if upper in (c.upper() for c in event["sources"]):
            as_source += 1
            partners.update(c for c in event["targets"] if c.upper() != upper)
        if upper in (c.upper() for c in event["targets"]):
            as_target += 1
            partners.update(c for c in event["sources"] if c.upper() != upper)
    return {
        "code": code.upper(),
        "name": name,
        "events": len(events),
        "as_source": as_source,
        "as_target": as_target,
        "event_types": dict(Counter(e["plover"] for e in events).most_common()),
        "partners": dict(partners.most_common()),
        "recent": events[-20:],
    }


def actor_graph(events: Iterable[Json]) -> Json:
    """Actors as nodes, source -> target pairs as weighted links with their event types."""
    nodes: Counter[str] = Counter()
    links: dict[tuple[str, str], Counter[str]] = {}
    for event in events:
        for code in {*event["sources"], *event["targets"]}:
            nodes[code] += 1
        for source in event["sources"]:
            for target in event["targets"]:
                if source != target:
                    links.setdefault((source, target), Counter())[event["plover"]] += 1
    names = actor_names()
    return {
        "nodes": [{"code": c, "name": names.get(c), "events": n} for c, n in nodes.most_common()],
        "links": [
            {"source": s, "target": t, "events": sum(k.values()), "types": dict(k)}
            for (s, t), k in sorted(links.items())
        ],
    }


def fallback_commitments(events: Iterable[Json], articles: dict[str, Json]) -> list[Json]:
    """Stored events at a pledge stage, grouped by donors, recipients and item.

    A stand-in for the corpus stage's commitment tracking: no cross-article matching beyond
    identical actor codes and equipment.
    """
    order = commitment_statuses()
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], str | None], list[Json]] = {}
    for event in events:
        if event["status"] not in order:
            continue
        key = (tuple(sorted(event["sources"])), tuple(sorted(event["targets"])), event["equipment"])
        groups.setdefault(key, []).append(event)
    out: list[Json] = []
    for (donors, recipients, item), steps in groups.items():
        history = sorted(
            (
                {
                    "status": e["status"],
                    "article": e["article"],
                    "event": e["id"],
                    "start": e["start"],
                    "end": e["end"],
                    "text": e["text"],
                    "reported": articles.get(e["article"], {}).get("day"),
                    "certainty": e["certainty"],
                }
                for e in steps
            ),
            key=lambda s: (s["reported"] or "", order.index(s["status"])),
        )
        statuses = [s["status"] for s in history]
        status = "withdrawn" if "withdrawn" in statuses else max(statuses, key=order.index)
        quantities = [e["quantity"] for e in steps if e["quantity"] is not None]
        commitment: Json = {
            "id": "|".join([",".join(donors), ",".join(recipients), item or ""]),
            "donors": list(donors),
            "recipients": list(recipients),
            "item": item,
            "quantity": quantities[-1] if quantities else None,
            "conditions": sorted({c for e in steps for c in e["conditions"]}),
            "status": status,
            "history": history,
        }
        out.append(commitment)
    out.sort(key=lambda c: str(c["id"]))
    return out


def commitments(store: Store) -> Json:
    """Commitments across the stored articles (see :func:`fallback_commitments`)."""
    articles = article_dates(store)
    events = store.iter_events(EventFilter())
    return {"source": "fallback", "items": fallback_commitments(events, articles)}
