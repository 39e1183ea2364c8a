"""One small interface over DuckDB and PostgreSQL connections.

SQL is written once with ``?`` placeholders and always parameterised; the PostgreSQL adapter
rewrites the placeholders to psycopg's ``%s``. Transactions are explicit SQL (``BEGIN``,
``COMMIT``, ``ROLLBACK``), which both engines accept, so the store code is the same for both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from newsledger.errors import StoreError

Params = Sequence[Any]

# Rows per INSERT statement on PostgreSQL: one multi-row VALUES statement is far cheaper than
# executemany and stays well under its 65535 parameters.
_ROWS_PER_INSERT = 200


class DuplicateKey(StoreError):
    """A row with the same key is already stored (another writer got there first)."""


class Connection(Protocol):
    dialect: str
    location: str

    def execute(self, sql: str, params: Params = ()) -> None: ...

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]: ...

    def columns(self) -> list[str]: ...

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Append rows to a table (names are our constants; values are never in the SQL)."""
        ...

    def close(self) -> None: ...


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN ... COMMIT, rolled back on any error (including KeyboardInterrupt)."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class DuckDBConnection:
    dialect = "duckdb"

    def __init__(self, path: Path) -> None:
        import duckdb

        self.location = str(path)
        if path.parent and not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        try:
            self._con = duckdb.connect(str(path))
        except duckdb.IOException as exc:
            # DuckDB takes an exclusive file lock per writing process; a second writer gets
            # this error and must not touch the file.
            if "lock" in str(exc).lower():
                raise StoreError(f"{path}: database is locked by another process") from exc
            raise StoreError(f"{path}: cannot open the DuckDB file: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the DuckDB file: {exc}") from exc
        self._description: list[str] = []

    def execute(self, sql: str, params: Params = ()) -> None:
        self._run(sql, params)

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        result = self._run(sql, params)
        self._description = [d[0] for d in result.description or []]
        return result.fetchall()

    def columns(self) -> list[str]:
        return self._description

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        # DuckDB binds a big parameterised VALUES list slowly (most of the ingest writer's
        # time went there); scanning a DataFrame of Python objects is several times cheaper.
        # dtype=object keeps None as NULL (a numeric column would turn it into NaN).
        import pandas as pd

        if not rows:
            return
        frame = pd.DataFrame.from_records(list(rows), columns=list(columns)).astype(object)
        frame = frame.where(frame.notna(), None)
        self._guard(lambda: self._con.register("_newsledger_rows", frame))
        try:
            names = ", ".join(columns)
            self.execute(f"INSERT INTO {table} ({names}) SELECT * FROM _newsledger_rows")
        finally:
            self._con.unregister("_newsledger_rows")

    def close(self) -> None:
        self._con.close()

    def _run(self, sql: str, params: Params) -> Any:
        return self._guard(lambda: self._con.execute(sql, list(params)))

    def _guard(self, call: Any) -> Any:
        import duckdb

        try:
            return call()
        except duckdb.ConstraintException as exc:
            raise DuplicateKey(f"{self.location}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.location}: {exc}") from exc


class PostgresConnection:
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self.location = _redact(url)
        try:
            # autocommit: transactions are the explicit BEGIN/COMMIT of transaction().
            self._con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect: {exc}".strip()) from exc
        self._description: list[str] = []

    def execute(self, sql: str, params: Params = ()) -> None:
        self._guard(lambda: self._con.execute(_pg(sql), list(params) or None))

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        cursor = self._guard(lambda: self._con.execute(_pg(sql), list(params) or None))
        self._description = [d.name for d in cursor.description or []]
        return list(cursor.fetchall())

    def columns(self) -> list[str]:
        return self._description

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        for i in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[i : i + _ROWS_PER_INSERT]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join(
                marks for _ in chunk
            )
            self.execute(sql, [value for row in chunk for value in row])

    def close(self) -> None:
        self._con.close()

    def _guard(self, call: Any) -> Any:
        import psycopg

        try:
            return call()
        except psycopg.errors.UniqueViolation as exc:
            raise DuplicateKey(f"{self.location}: {exc}".strip()) from exc
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: {exc}".strip()) from exc


def _pg(sql: str) -> str:
    # Our SQL never contains a literal "?" or "%": placeholders are the only ones.
    return sql.replace("?", "%s")


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))
