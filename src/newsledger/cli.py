"""The command line: a thin layer that parses arguments and calls the library.

Every command catches newsledger's own errors and prints one line, never a traceback.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click
import typer
from rich.console import Console
from rich.table import Table

from newsledger.errors import NewsledgerError

app = typer.Typer(
    help="newsledger: an auditable ledger of events from news reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the extractors on gold data in its upstream format.",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DEFAULT_DB = "newsledger.duckdb"


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _max_bytes_default() -> int:
    from newsledger.ingest.text import DEFAULT_MAX_BYTES

    return int(os.environ.get("NEWSLEDGER_MAX_BYTES", DEFAULT_MAX_BYTES))


@click.command("analyze")
@click.argument("source", metavar="PATH|-")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD); inferred from the text when absent.")
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as JSON.")
@click.option("--db", is_flag=False, flag_value=DEFAULT_DB, default=None, metavar="[FILE|URL]",
              help=f"Store the analysis (DuckDB file, default ./{DEFAULT_DB}, or postgresql://).")
@click.option("--max-bytes", type=int, default=None,
              help="Refuse inputs larger than this (default 5 MB, or NEWSLEDGER_MAX_BYTES).")
def analyze_command(source: str, published: Any, as_json: bool, db: str | None,
                    max_bytes: int | None) -> None:
    """Analyse one article (plain text or HTML; - reads standard input)."""
    from newsledger.ingest.text import read_article
    from newsledger.pipeline import analyze
    from newsledger.report import print_report
    from newsledger.serialize import analysis_to_json

    try:
        day: date | None = published.date() if published else None
        article = read_article(source, max_bytes=max_bytes or _max_bytes_default(),
                               published=day)
        analysis = analyze(article)
        stored_note = None
        if db is not None:
            from newsledger.store import open_store

            store = open_store(db)
            try:
                new = store.save_analysis(analysis)
            finally:
                store.close()
            stored_note = f"{'stored' if new else 'already stored'} in {db}"
    except NewsledgerError as exc:
        fail(str(exc))
        return
    if as_json:
        click.echo(json.dumps(analysis_to_json(analysis), ensure_ascii=False, indent=1))
    else:
        print_report(analysis)
    if stored_note:
        click.echo(stored_note, err=True)


def _figures_table(title: str, figures: dict[str, Any]) -> Table:
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in figures.items():
        table.add_row(name, f"{value:.4f}" if isinstance(value, float) else str(value))
    return table


def print_result(name: str, result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result, indent=1, default=str))
        return
    console = Console()
    for key, value in result.items():
        if isinstance(value, dict) and value and all(
            isinstance(v, int | float | str | None) for v in value.values()
        ):
            console.print(_figures_table(f"{name}: {key}", value))
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            table = Table(title=f"{name}: {key}")
            columns = sorted({k for row in value.values() for k in row})
            table.add_column("")
            for column in columns:
                table.add_column(str(column), justify="right")
            for row_name, row in value.items():
                table.add_row(str(row_name), *[
                    f"{row.get(c):.4f}" if isinstance(row.get(c), float) else str(row.get(c, ""))
                    for c in columns
                ])
            console.print(table)
        elif not isinstance(value, dict | list):
            console.print(f"{key}: {value}")


def run_eval(name: str, path: Path, as_json: bool, **options: Any) -> None:
    """Call ``newsledger.eval.<name>.evaluate`` and print its figures."""
    try:
        module = importlib.import_module(f"newsledger.eval.{name}")
        if not path.exists():
            raise NewsledgerError(f"{path}: no such file or folder")
        result = module.evaluate(path, **options)
    except NewsledgerError as exc:
        fail(str(exc))
        return
    print_result(name, result, as_json)


JsonOption = typer.Option(False, "--json", help="Print the figures as JSON.")


@eval_app.command("events")
def eval_events(
    path: Path,
    as_json: bool = JsonOption,
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary (repeatable)."),
) -> None:
    """PLOVER/CAMEO event coding on PETR validation XML or PLOVER JSON."""
    run_eval("events", path, as_json, actor_files=tuple(actors))


@eval_app.command("attribution")
def eval_attribution(path: Path, as_json: bool = JsonOption) -> None:
    """Attribution cue, source and content spans on PolNeAR brat standoff."""
    run_eval("attribution", path, as_json)


@eval_app.command("hedging")
def eval_hedging(path: Path, as_json: bool = JsonOption) -> None:
    """Uncertain sentences and hedge cues on Szeged XML."""
    run_eval("hedging", path, as_json)


@eval_app.command("time")
def eval_time(path: Path, as_json: bool = JsonOption) -> None:
    """TIMEX3 extents, types and values on TimeML, the TempEval-3 way."""
    run_eval("time", path, as_json)


@eval_app.command("meantime")
def eval_meantime(path: Path, as_json: bool = JsonOption) -> None:
    """Event certainty, polarity and reporting links on MEANTIME CAT XML."""
    run_eval("meantime", path, as_json)


@eval_app.command("clusters")
def eval_clusters(path: Path, as_json: bool = JsonOption) -> None:
    """Story clusters against ECB+ sub-topics: B-cubed and adjusted Rand index."""
    run_eval("clusters", path, as_json)


def build_cli() -> click.Group:
    group = typer.main.get_group(app)
    group.add_command(analyze_command)
    return group


def main() -> None:
    build_cli()(prog_name="newsledger")
