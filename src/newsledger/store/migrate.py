"""Ordered schema migrations, applied on open.

Migrations are the SQL files in ``newsledger/data/store/migrations`` named ``NNNN_name.sql``,
applied in order. Each runs in one transaction together with its ``schema_version`` row, so a
process killed mid-migration leaves the previous version intact and the migration re-runs on
the next open. Both engines have transactional DDL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources

from newsledger.errors import StoreError
from newsledger.store.connection import Connection, transaction

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")
# Any constant: the PostgreSQL advisory lock that serialises concurrent migrators.
_PG_LOCK = 4_551_202


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def _statements(sql: str) -> tuple[str, ...]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return tuple(s.strip() for s in "\n".join(lines).split(";") if s.strip())


@cache
def migrations() -> tuple[Migration, ...]:
    folder = resources.files("newsledger.data").joinpath("store", "migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(
                Migration(int(match[1]), match[2], _statements(entry.read_text(encoding="utf-8")))
            )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migration files are not numbered 1..n: {versions}")
    return tuple(found)


def current_version(conn: Connection) -> int:
    rows = conn.query("SELECT max(version) FROM schema_version")
    return int(rows[0][0] or 0)


def migrate(conn: Connection, plan: tuple[Migration, ...] | None = None) -> int:
    """Bring the schema up to the newest migration; returns the version reached."""
    plan = migrations() if plan is None else plan
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    for migration in plan:
        with transaction(conn):
            if conn.dialect == "postgresql":
                conn.query("SELECT pg_advisory_xact_lock(?)", [_PG_LOCK])
            # Re-read inside the transaction: another process may have migrated meanwhile.
            if current_version(conn) >= migration.version:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now()],
            )
    newest = plan[-1].version if plan else 0
    reached = current_version(conn)
    if reached > newest:
        raise StoreError(
            f"{conn.location}: schema version {reached} is newer than this newsledger "
            f"knows ({newest}); upgrade newsledger"
        )
    return reached
