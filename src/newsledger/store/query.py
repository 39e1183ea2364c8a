"""Event filters as parameterised SQL: never a value spliced into the statement text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from newsledger.errors import StoreError
from newsledger.records import CERTAINTY_ORDER, Certainty


@dataclass(frozen=True)
class EventFilter:
    """What ``Store.iter_events`` keeps; every field left None keeps everything.

    ``actor`` and ``target`` match a source or target actor by code (case-insensitive) or by
    the text of its mention; ``country`` matches an event whose location, source or target
    is that code; the date range keeps events whose time interval (else the article's
    publication date) overlaps it; ``min_certainty`` keeps events at least that certain
    ("reported" keeps asserted and reported); ``min_corroboration`` counts an event the corpus
    stage has not scored yet as one source.
    """

    actor: str | None = None
    target: str | None = None
    plover: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_certainty: Certainty | None = None
    min_corroboration: int | None = None
    article: str | None = None
    limit: int | None = None
    offset: int = 0


def _actor_clause(role: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM event_actors a WHERE a.article_id = e.article_id "
        f"AND a.event_id = e.id AND a.role = '{role}' "
        "AND (upper(a.code) = upper(?) OR lower(a.text) = lower(?)))"
    )


def events_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """SELECT over ``events e`` joined to ``articles r`` for the filter ``f``."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(_actor_clause("source"))
        params += [f.actor, f.actor]
    if f.target:
        where.append(_actor_clause("target"))
        params += [f.target, f.target]
    if f.plover:
        where.append("upper(e.plover) = upper(?)")
        params.append(f.plover)
    if f.country:
        where.append(
            "(upper(e.location) = upper(?) OR EXISTS (SELECT 1 FROM event_actors c "
            "WHERE c.article_id = e.article_id AND c.event_id = e.id "
            "AND upper(c.code) = upper(?)))"
        )
        params += [f.country, f.country]
    day_from = "COALESCE(e.time_begin_date, r.published_date, r.published_earliest)"
    day_to = "COALESCE(e.time_finish_date, r.published_date, r.published_latest)"
    if f.date_from:
        where.append(f"{day_to} >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append(f"{day_from} <= ?")
        params.append(f.date_to)
    if f.min_certainty:
        if f.min_certainty not in CERTAINTY_ORDER:
            raise StoreError(
                f"unknown certainty {f.min_certainty!r}: one of {', '.join(CERTAINTY_ORDER)}"
            )
        where.append("e.certainty_rank <= ?")
        params.append(CERTAINTY_ORDER.index(f.min_certainty))
    if f.min_corroboration:
        where.append("COALESCE(e.corroboration, 1) >= ?")
        params.append(f.min_corroboration)
    if f.article:
        where.append("e.article_id = ?")
        params.append(f.article)
    sql = "SELECT e.* FROM events e JOIN articles r ON r.id = e.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.article_id, e.id"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    if f.offset:
        sql += " OFFSET ?"
        params.append(f.offset)
    return sql, params
