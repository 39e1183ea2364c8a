"""Corpus commands: ``events``, ``timeline``, ``stories``, ``commitments``, ``export``.

The lead's ``cli.py`` calls :func:`register`. Every command reads the store (``--db``) and
calls the library: :mod:`newsledger.corpus` for stories, corroboration and commitments,
:mod:`newsledger.export` for the files. Corroboration is computed over the whole store
when a command needs it, so ``--min-corroboration`` and the exports count independent
sources even before anything has written them back to the store.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from newsledger.errors import NewsledgerError
from newsledger.records import Analysis, to_jsonable

T = TypeVar("T")

DbOption = Annotated[str, typer.Option("--db", help="DuckDB file or postgresql:// URL.")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]
DayOption = Annotated[
    datetime | None, typer.Option(formats=["%Y-%m-%d"], help="A day, YYYY-MM-DD.")
]
DEFAULT_DB = "newsledger.duckdb"
TABLE_FORMATS = ("table", "json", "jsonl", "csv")


def _fail(exc: Exception) -> NoReturn:
    Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(1)


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _print_json(value: Any) -> None:
    typer.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, default=str))


def _corroborated(store: Any, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``events`` with ``corroboration`` (independent sources) and ``articles`` filled."""
    from newsledger.corpus.corroboration import corroborate
    from newsledger.corpus.stored import iter_analyses

    scores = {(c.article, c.event): c for c in corroborate(list(iter_analyses(store)))}
    out = []
    for event in events:
        found = scores.get((event["article"], event["id"]))
        if found is not None:
            event = {**event, "corroboration": found.sources, "articles": len(found.articles)}
        out.append(event)
    return out


def _select_events(
    db: str,
    actor: str | None = None,
    target: str | None = None,
    plover: str | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_certainty: str | None = None,
    min_corroboration: int | None = None,
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    from newsledger.store import EventFilter, open_store

    query = EventFilter(
        actor=actor,
        target=target,
        plover=plover,
        country=country,
        date_from=since,
        date_to=until,
        min_certainty=min_certainty,  # type: ignore[arg-type]
    )
    with open_store(db) as store:
        events = _corroborated(store, list(store.iter_events(query)))
        articles = {a["id"]: a for a in store.list_articles()}
    if min_corroboration:
        events = [e for e in events if (e.get("corroboration") or 1) >= min_corroboration]
    return events, articles


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title)
    for name in columns:
        table.add_column(name)
    return table


def _over_analyses(db: str, compute: Callable[[list[Analysis]], T]) -> T:
    """``compute`` over every stored analysis; a store error ends the command."""
    from newsledger.corpus.stored import iter_analyses
    from newsledger.store import open_store

    try:
        with open_store(db) as store:
            return compute(list(iter_analyses(store)))
    except NewsledgerError as exc:
        _fail(exc)


def _event_day(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    from newsledger.export.tabular import published_day

    start = (event.get("time") or {}).get("start")
    return str(start or published_day(articles.get(event["article"])) or "")


def _show_events(
    events: list[dict[str, Any]], articles: dict[str, dict[str, Any]], fmt: str, title: str
) -> None:
    if fmt == "json":
        _print_json(events)
        return
    if fmt == "jsonl":
        from newsledger.export.tabular import jsonl_lines

        jsonl_lines(events, sys.stdout)
        return
    if fmt == "csv":
        from newsledger.export.tabular import csv_rows

        csv_rows(events, articles, sys.stdout)
        return
    table = _table(
        title, ("date", "type", "source", "target", "status", "certainty", "sources", "text")
    )
    for event in events:
        table.add_row(
            _event_day(event, articles),
            event["plover"],
            ", ".join(event.get("sources") or []),
            ", ".join(event.get("targets") or []),
            event.get("status") or "",
            event.get("certainty") or "",
            str(event.get("corroboration") or 1),
            (event.get("text") or "")[:80],
        )
    Console().print(table)


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Source actor code or name.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor code or name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 code: place or actor.")] = None,
    since: DayOption = None,
    until: DayOption = None,
    min_certainty: Annotated[
        str | None, typer.Option(help="asserted, reported, hedged or speculative.")
    ] = None,
    min_corroboration: Annotated[
        int | None, typer.Option(min=1, help="Independent sources at least.")
    ] = None,
    as_json: JsonFlag = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
) -> None:
    """Stored events that pass the filters, with their independent-source counts."""
    try:
        found, articles = _select_events(
            db,
            actor,
            target,
            type_,
            country,
            _day(since),
            _day(until),
            min_certainty,
            min_corroboration,
        )
    except NewsledgerError as exc:
        _fail(exc)
    _show_events(found, articles, "json" if as_json else fmt, f"{len(found)} events")


def timeline(
    actor: Annotated[str, typer.Argument(help="Actor code (DEU) or mention text.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
) -> None:
    """Events with ACTOR as source or target, in date order."""
    try:
        as_source, articles = _select_events(db, actor=actor)
        as_target, _ = _select_events(db, target=actor)
    except NewsledgerError as exc:
        _fail(exc)
    seen: dict[tuple[str, int], dict[str, Any]] = {}
    for event in [*as_source, *as_target]:
        seen.setdefault((event["article"], event["id"]), event)
    ordered = sorted(seen.values(), key=lambda e: (_event_day(e, articles), e["article"], e["id"]))
    _show_events(ordered, articles, "json" if as_json else "table", f"timeline of {actor}")


def stories(db: DbOption = DEFAULT_DB, as_json: JsonFlag = False) -> None:
    """Stored articles clustered into stories (copies and rewrites of one happening)."""
    from newsledger.corpus.stories import cluster_stories

    found = _over_analyses(db, cluster_stories)
    if as_json:
        _print_json(found)
        return
    table = _table(f"{len(found)} stories", ("story", "articles", "copies", "actors", "terms"))
    for story in sorted(found, key=lambda s: -len(s.articles)):
        table.add_row(
            story.id,
            str(len(story.articles)),
            str(len(story.copies)),
            ", ".join(story.actors[:6]),
            ", ".join(story.terms[:6]),
        )
    Console().print(table)


def commitments(db: DbOption = DEFAULT_DB, as_json: JsonFlag = False) -> None:
    """Pledges of aid and arms with their status history across stored articles."""
    from newsledger.corpus.commitments import track_commitments

    found = _over_analyses(db, track_commitments)
    if as_json:
        _print_json(found)
        return
    table = _table(
        f"{len(found)} commitments",
        ("donors", "recipients", "item", "quantity", "status", "history", "lead times"),
    )
    for item in found:
        table.add_row(
            ", ".join(item.donors),
            ", ".join(item.recipients),
            item.item or "",
            "" if item.quantity is None else f"{item.quantity:g}",
            item.status,
            " -> ".join(f"{s.status} ({s.reported or '?'})" for s in item.history),
            "; ".join(t for s in item.history for t in s.lead_times),
        )
    Console().print(table)


def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, parquet, plover or gdelt.")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Source actor code or name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    since: DayOption = None,
    until: DayOption = None,
) -> None:
    """Write the stored events (optionally filtered) to a file."""
    from newsledger.export import export_events

    try:
        found, articles = _select_events(
            db, actor=actor, plover=type_, since=_day(since), until=_day(until)
        )
        count = export_events(found, fmt, out, articles)
    except NewsledgerError as exc:
        _fail(exc)
    typer.echo(f"{count} events written to {out} ({fmt})")


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    app.command("events")(events)
    app.command("timeline")(timeline)
    app.command("stories")(stories)
    app.command("commitments")(commitments)
    app.command("export")(export)


if __name__ == "__main__":
    standalone = typer.Typer(no_args_is_help=True)
    register(standalone)
    standalone()
