"""``newsledger serve``: the HTTP API and the web pages on one port.

cli.py calls :func:`register` to add the command; everything it does is
``newsledger.api.create_app`` plus uvicorn.
"""

from __future__ import annotations

import sys

import typer

DEFAULT_DB = "newsledger.duckdb"


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    db: str | None = typer.Option(
        None,
        "--db",
        metavar="FILE|URL",
        help=f"Store: DuckDB file or postgresql:// URL (NEWSLEDGER_DB, default ./{DEFAULT_DB}).",
    ),
    token: str | None = typer.Option(
        None,
        "--token",
        help="Bearer token that POST /articles requires (NEWSLEDGER_TOKEN); none refuses writes.",
    ),
    max_bytes: int | None = typer.Option(
        None, "--max-bytes", min=1, help="Largest request body (NEWSLEDGER_MAX_BYTES, 5 MB)."
    ),
    rate_limit: int | None = typer.Option(
        None,
        "--rate-limit",
        min=0,
        help="Requests per minute per client address, 0 for none (NEWSLEDGER_RATE_LIMIT, 120).",
    ),
    timeout: float | None = typer.Option(
        None, "--timeout", min=1, help="Seconds one analysis may take (NEWSLEDGER_ANALYZE_TIMEOUT)."
    ),
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json) and the web workspace."""
    import uvicorn

    from newsledger.api import create_app, settings_from_env
    from newsledger.errors import NewsledgerError

    try:
        settings = settings_from_env(
            db=db,
            token=token,
            max_body_bytes=max_bytes,
            rate_limit=rate_limit,
            analyze_timeout_s=timeout,
        )
        app = create_app(settings, warm=True)
    except NewsledgerError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if settings.token is None:
        typer.echo("note: no --token or NEWSLEDGER_TOKEN: POST /articles is refused", err=True)
    typer.echo(f"newsledger: http://{host}:{port}/ (store {settings.db})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=5)


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the newsledger command line."""
    app.command("serve")(serve)
