"""Migrations: ordered, transactional, re-run after a crash, refused when too new."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsledger.errors import StoreError
from newsledger.store import open_store
from newsledger.store.connection import DuckDBConnection
from newsledger.store.migrate import Migration, current_version, migrate, migrations

EXTRA = Migration(
    len(migrations()) + 1,
    "extra",
    ("CREATE TABLE extra_a (x INTEGER)", "CREATE TABLE extra_b (y INTEGER)"),
)

# Runs migrate() in a child that SIGKILLs itself right after the first statement of EXTRA.
KILL_MIDWAY = """
import os, signal, sys
from pathlib import Path
from newsledger.store.connection import DuckDBConnection
from newsledger.store.migrate import Migration, migrate, migrations

class Dying(DuckDBConnection):
    def execute(self, sql, params=()):
        super().execute(sql, params)
        if sql.startswith("CREATE TABLE extra_a"):
            os.kill(os.getpid(), signal.SIGKILL)

extra = Migration(len(migrations()) + 1, "extra",
                  ("CREATE TABLE extra_a (x INTEGER)", "CREATE TABLE extra_b (y INTEGER)"))
migrate(Dying(Path(sys.argv[1])), migrations() + (extra,))
"""


def _tables(path: Path) -> set[str]:
    conn = DuckDBConnection(path)
    try:
        return {row[0] for row in conn.query("SELECT table_name FROM information_schema.tables")}
    finally:
        conn.close()


def test_migration_files_are_numbered_and_apply_on_open(tmp_path: Path) -> None:
    assert [m.version for m in migrations()] == list(range(1, len(migrations()) + 1))
    with open_store(tmp_path / "a.duckdb") as store:
        assert store.schema_version == len(migrations())
    assert {"articles", "events", "schema_version", "ingest_log"} <= _tables(tmp_path / "a.duckdb")


def test_sigkill_mid_migration_leaves_the_store_openable_and_it_reruns(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    open_store(path).close()
    result = subprocess.run([sys.executable, "-c", KILL_MIDWAY, str(path)])
    assert result.returncode == -9
    assert "extra_a" not in _tables(path)
    conn = DuckDBConnection(path)
    try:
        assert current_version(conn) == len(migrations())
        assert migrate(conn, migrations() + (EXTRA,)) == EXTRA.version
    finally:
        conn.close()
    assert {"extra_a", "extra_b"} <= _tables(path)


def test_a_failing_migration_rolls_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    broken = Migration(EXTRA.version, "broken", ("CREATE TABLE extra_a (x INTEGER)", "NOT SQL"))
    conn = DuckDBConnection(path)
    try:
        with pytest.raises(StoreError):
            migrate(conn, migrations() + (broken,))
        assert current_version(conn) == len(migrations())
    finally:
        conn.close()
    assert "extra_a" not in _tables(path)


def test_a_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    conn = DuckDBConnection(path)
    migrate(conn, migrations() + (EXTRA,))
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsledger"):
        open_store(path)


def test_postgres_migrates_once_and_reopens(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        assert store.dialect == "postgresql"
        assert store.schema_version == len(migrations())
    with open_store(postgres_url) as store:
        assert store.schema_version == len(migrations())
