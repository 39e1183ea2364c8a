"""The real ``ingest`` command on real DuckDB files, including a SIGKILL midway and a rerun."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import typer
from typer.testing import CliRunner

from newsledger.ingest_cli import register
from newsledger.store import open_store

HERE = Path(__file__).resolve().parent
BODY = "Germany agreed to deliver two Patriot systems to Ukraine, the minister said on {n}."


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """A stand-in for the lead's top-level app."""

    register(app)
    return app


def _env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(HERE / "ingest"), os.environ.get("PYTHONPATH")]))
    return {
        **os.environ,
        "NEWSLEDGER_ANALYZER": "fake_pipeline:analyze_many",
        "PYTHONPATH": path,
        **extra,
    }


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(BODY.format(n=f"day {i}"))
    return folder


def test_cli_ingests_then_skips_everything_on_a_second_run(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for key, value in _env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.syspath_prepend(str(HERE / "ingest"))
    corpus = _corpus(tmp_path / "in", 5)
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    db = str(tmp_path / "l.duckdb")
    runner = CliRunner()
    first = runner.invoke(_app(), ["ingest", str(corpus), "--db", db, "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert (summary["seen"], summary["new"], summary["failed"]) == (6, 5, 1)
    second = runner.invoke(_app(), ["ingest", str(corpus), "--db", db, "--json"])
    assert json.loads(second.stdout)["new"] == 0
    table = runner.invoke(_app(), ["ingest", str(corpus), "--db", db])
    assert "skipped" in table.stdout and table.exit_code == 0


def test_cli_store_errors_are_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        _app(), ["ingest", str(tmp_path), "--db", str(tmp_path / "no" / "such" / "l.duckdb")]
    )
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Traceback" not in result.output


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(p) for p in task.read_text().split()]
    return found


def _wait_gone(pids: list[int]) -> None:
    """Orphaned workers must exit by themselves (they poll for their parent)."""
    deadline = 200
    while deadline and any(Path(f"/proc/{p}").exists() for p in pids):
        time.sleep(0.05)
        deadline -= 1
    left = [p for p in pids if Path(f"/proc/{p}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} outlived their killed parent"


def test_sigkill_midway_then_rerun_loses_and_doubles_nothing(tmp_path: Path) -> None:
    total = 40
    corpus = _corpus(tmp_path / "in", total)
    db = tmp_path / "l.duckdb"
    command = [sys.executable, "-m", "newsledger.ingest_cli", "ingest", str(corpus)]
    command += ["--db", str(db), "--verbose", "--workers", "2"]
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=_env(FAKE_PIPELINE_DELAY="0.03")
    )
    assert child.stdout is not None
    reported = 0
    for line in child.stdout:
        reported += line.startswith("new\t")
        if reported == 10:
            workers = _children(child.pid)
            child.send_signal(signal.SIGKILL)
            break
    assert child.wait() == -signal.SIGKILL
    _wait_gone(workers)
    with open_store(db) as store:
        # Each "new" line is printed after its commit; a commit may land just before the kill.
        kept = store.counts()["articles"]
        assert 10 <= kept < total
    rerun = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, env=_env(), check=True
    )
    summary = json.loads(rerun.stdout[rerun.stdout.index("{") :])
    assert (summary["new"], summary["skipped"], summary["failed"]) == (total - kept, kept, 0)
    with open_store(db) as store:
        assert store.counts()["articles"] == total
        assert store.counts()["sentences"] == total
