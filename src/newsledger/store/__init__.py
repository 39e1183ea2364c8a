"""The ledger store: DuckDB by default, PostgreSQL for a server; one schema, migrated on open.

>>> store = open_store("ledger.duckdb")            # or "postgresql://user@host/db"
>>> store.save_analysis(analysis)                  # True when the article is new
>>> list(store.iter_events(EventFilter(actor="DEU", min_certainty="reported")))
"""

from __future__ import annotations

from pathlib import Path

from newsledger.store.base import Store
from newsledger.store.connection import DuckDBConnection, PostgresConnection
from newsledger.store.query import EventFilter

DEFAULT_PATH = Path("newsledger.duckdb")

__all__ = ["DEFAULT_PATH", "EventFilter", "Store", "open_store"]


def open_store(url: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` is a DuckDB file path (default ``./newsledger.duckdb``) or a
    ``postgresql://`` / ``postgres://`` URL.
    """
    if isinstance(url, str) and url.startswith(("postgresql://", "postgres://")):
        return Store(PostgresConnection(url))
    return Store(DuckDBConnection(Path(url) if url is not None else DEFAULT_PATH))
