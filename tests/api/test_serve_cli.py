"""``newsledger serve`` as the CLI registers it."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from newsledger.serve_cli import register


def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def noop() -> None:
        """Keeps serve a named subcommand."""

    return app


def test_serve_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(cli(), ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--token", "--max-bytes", "--rate-limit"):
        assert option in result.output


def test_serve_fails_with_one_line_on_a_bad_store(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "ledger.duckdb"
    result = CliRunner().invoke(cli(), ["serve", "--db", str(missing), "--port", "0"])
    assert result.exit_code == 1
    assert "error:" in result.output and "does not exist" in result.output
    assert "Traceback" not in result.output
