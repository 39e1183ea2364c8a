"""The command line: a thin layer that parses arguments and calls the library.

Every command catches newsledger's own errors and prints one line, never a traceback.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from newsledger import corpus_cli, ingest_cli, serve_cli
from newsledger.errors import NewsledgerError

app = typer.Typer(
    help="newsledger: an auditable ledger of events from news reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score the extractors on gold data in its upstream format.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

DEFAULT_DB = "newsledger.duckdb"


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise SystemExit(code)


def _max_bytes_default() -> int:
    from newsledger.ingest.text import DEFAULT_MAX_BYTES

    return int(os.environ.get("NEWSLEDGER_MAX_BYTES", DEFAULT_MAX_BYTES))


@app.command("analyze")
def analyze_command(
    source: str = typer.Argument(..., metavar="PATH|-", help="File to analyse; - for stdin."),
    published: datetime | None = typer.Option(
        None, formats=["%Y-%m-%d"], help="Publication date (YYYY-MM-DD); inferred when absent."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the analysis as JSON."),
    db: str | None = typer.Option(
        None,
        metavar="[FILE|URL]",
        help=f"Store the analysis: DuckDB file (./{DEFAULT_DB} when no value) or postgresql://.",
    ),
    max_bytes: int | None = typer.Option(
        None, help="Refuse larger inputs (default 5 MB, or NEWSLEDGER_MAX_BYTES)."
    ),
) -> None:
    """Analyse one article (plain text or HTML; - reads standard input)."""
    from newsledger.ingest.text import read_article
    from newsledger.pipeline import analyze
    from newsledger.report import print_report
    from newsledger.serialize import analysis_to_json

    try:
        day: date | None = published.date() if published else None
        article = read_article(source, max_bytes=max_bytes or _max_bytes_default(), published=day)
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
        typer.echo(json.dumps(analysis_to_json(analysis), ensure_ascii=False, indent=1))
    else:
        print_report(analysis)
    if stored_note:
        typer.echo(stored_note, err=True)


def _figures_table(title: str, figures: dict[str, Any]) -> Table:
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in figures.items():
        table.add_row(name, f"{value:.4f}" if isinstance(value, float) else str(value))
    return table


def print_result(name: str, result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, indent=1, default=str))
        return
    console = Console()
    for key, value in result.items():
        if (
            isinstance(value, dict)
            and value
            and all(isinstance(v, int | float | str | None) for v in value.values())
        ):
            console.print(_figures_table(f"{name}: {key}", value))
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            table = Table(title=f"{name}: {key}")
            columns = sorted({k for row in value.values() for k in row})
            table.add_column("")
            for column in columns:
                table.add_column(str(column), justify="right")
            for row_name, row in value.items():
                table.add_row(
                    str(row_name),
                    *[
                        f"{row.get(c):.4f}"
                        if isinstance(row.get(c), float)
                        else str(row.get(c, ""))
                        for c in columns
                    ],
                )
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
def eval_clusters(
    path: Path,
    as_json: bool = JsonOption,
    limit_topics: int | None = typer.Option(None, help="Score only the first N topics."),
) -> None:
    """Story clusters against ECB+ sub-topics: B-cubed and adjusted Rand index."""
    run_eval("clusters", path, as_json, limit_topics=limit_topics)


corpus_cli.register(app)
ingest_cli.register(app)
serve_cli.register(app)


# Options that may be given without a value, and the value they then take.
_OPTIONAL_VALUES = {"--db": DEFAULT_DB}


def with_option_defaults(argv: list[str]) -> list[str]:
    """``--db`` with no value (last, or followed by another option) means the default file."""
    result: list[str] = []
    for i, arg in enumerate(argv):
        result.append(arg)
        following = argv[i + 1] if i + 1 < len(argv) else None
        if arg in _OPTIONAL_VALUES and (following is None or following.startswith("--")):
            result.append(_OPTIONAL_VALUES[arg])
    return result


def main() -> None:
    app(args=with_option_defaults(sys.argv[1:]), prog_name="newsledger")
