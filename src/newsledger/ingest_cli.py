"""``newsledger ingest PATH...``: the command over :func:`newsledger.ingest.ingest_articles`.

The lead's ``cli.py`` calls :func:`register`; ``python -m newsledger.ingest_cli ingest ...``
runs the same command alone.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsledger.errors import NewsledgerError
from newsledger.ingest.text import DEFAULT_MAX_BYTES


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files, folders (recursive), JSONL, HTML, feeds, URL lists or URLs.",
        ),
    ],
    db: Annotated[
        str, typer.Option("--db", help="DuckDB file or postgresql:// URL.")
    ] = "newsledger.duckdb",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Analysis processes.")] = 1,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Size limit per article or page.")
    ] = DEFAULT_MAX_BYTES,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="One line per item as it is settled.")
    ] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", help="local: worker processes here; ray: Ray actors (pip install ray)."
        ),
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option("--address", help="Ray cluster to join: auto, or HEAD_IP:6379."),
    ] = None,
) -> None:
    """Analyse and store articles; rerunning skips what is stored, bad items are logged."""
    from newsledger.ingest import ingest_articles
    from newsledger.store import open_store

    out = Console()
    err = Console(stderr=True)

    def report(status: str, name: str, error: str | None) -> None:
        # Flushed per line so that a supervisor (or a test) can follow a long run.
        print(f"{status}\t{name}" + (f"\t{error}" if error else ""), flush=True)

    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"{engine!r} is not one of local, ray", param_hint="--engine")
    if address is not None and engine != "ray":
        raise typer.BadParameter("needs --engine ray", param_hint="--address")
    run = ingest_articles
    options: dict[str, str | None] = {}
    if engine == "ray":
        from newsledger.scale.ray_engine import ingest_with_ray

        run, options = ingest_with_ray, {"address": address}
    try:
        with open_store(db) as store:
            summary = run(
                paths,
                store,
                workers=workers,
                progress=progress and not verbose and err.is_terminal,
                max_bytes=max_bytes,
                report=report if verbose else None,
                **options,
            )
    except NewsledgerError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(summary.as_dict(), indent=2))
        return
    table = Table(title=f"ingest into {db}")
    for column in ("seen", "new", "skipped", "failed"):
        table.add_column(column, justify="right")
    table.add_row(*(str(getattr(summary, c)) for c in ("seen", "new", "skipped", "failed")))
    out.print(table)
    for _item, error in summary.failures[:20]:
        err.print(f"failed: {error}", highlight=False, markup=False, soft_wrap=True)
    if summary.failed > 20:
        err.print(f"... and {summary.failed - 20} more (all are in the store's ingest_log)")


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to ``app``."""
    app.command("ingest")(ingest)


def main() -> None:
    app = typer.Typer(add_completion=False, no_args_is_help=True)

    @app.callback()
    def _root() -> None:
        """newsledger ingest, standing alone."""

    register(app)
    app()


if __name__ == "__main__":
    main()
