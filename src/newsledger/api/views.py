"""Read-only views over the store for the corpus routes: timeline, actors, graph, commitments.

Each function takes an open Store and returns JSON-able dicts; stories and commitments are
the corpus stage's own functions over the stored analyses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from newsledger.records import Analysis, Story, to_jsonable
from newsledger.store import EventFilter, Store

Json = dict[str, Any]


@cache
def actor_names() -> dict[str, str]:
    """Display name per actor code: ISO 3166 names for countries, else the actor data files.

    Countries come from ISO first because the actor index keeps an alias ("US") as the name.
    """
    import pycountry

    from newsledger.resolve.actors import load_actor_index

    names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    for _, actor in load_actor_index().aliases():
        names.setdefault(actor.code, actor.name)
    return names


def stored_analyses(store: Store, limit: int) -> list[Analysis]:
    """The ``limit`` most recently stored analyses as records, for story clustering."""
    from newsledger.corpus.stored import analysis_from_json

    return [
        analysis_from_json(store.get_analysis(row["id"]))
        for row in store.list_articles(limit=limit)
    ]


def cluster(analyses: list[Analysis]) -> list[Story]:
    """Stories over ``analyses`` (the corpus stage's clustering)."""
    from newsledger.corpus.stories import cluster_stories

    return cluster_stories(analyses)


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


def commitments(store: Store) -> Json:
    """Commitments across every stored analysis (the corpus stage's tracking)."""
    from newsledger.corpus.commitments import track_commitments
    from newsledger.corpus.stored import iter_analyses

    return {"items": to_jsonable(track_commitments(list(iter_analyses(store))))}
