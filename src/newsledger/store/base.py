"""The Store: one analysed article per transaction, read back as plain dicts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any

from newsledger.errors import StoreError
from newsledger.records import Analysis
from newsledger.store.connection import Connection, DuplicateKey, transaction
from newsledger.store.migrate import migrate
from newsledger.store.query import EventFilter, events_sql
from newsledger.store.readback import article_dict, claim_dict, event_dict, iso
from newsledger.store.rows import COLUMNS, analysis_rows

# Tables that hang off an article, for reading one analysis back.
_CHILDREN = ("sentences", "mentions", "times", "attributions", "claims", "flags")
_ORDER = {"sentences": "id", "attributions": "id", "claims": "id"}


class Store:
    """A ledger database (DuckDB or PostgreSQL) with its schema migrated on open."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        try:
            self.schema_version = migrate(conn)
        except BaseException:
            conn.close()
            raise

    @property
    def dialect(self) -> str:
        return self._conn.dialect

    @property
    def location(self) -> str:
        return self._conn.location

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _dicts(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        rows = self._conn.query(sql, params)
        names = self._conn.columns()
        return [dict(zip(names, row, strict=True)) for row in rows]

    def has_article(self, id_or_url: str) -> bool:
        """True when an article with this content id or this URL is stored."""
        rows = self._conn.query(
            "SELECT 1 FROM articles WHERE id = ? OR url = ? LIMIT 1", [id_or_url, id_or_url]
        )
        return bool(rows)

    def save_analysis(self, analysis: Analysis) -> bool:
        """Store the whole analysis in one transaction; False when the article was stored.

        The same article is recognised by its content id or by its URL.
        """
        return self.save_analyses([analysis])[0]

    def save_analyses(self, analyses: Sequence[Analysis]) -> list[bool]:
        """Store a small batch in one transaction (one commit, one INSERT per table).

        Per analysis, True when it was new; an article already stored, or seen earlier in the
        batch (same content id or URL), is skipped.
        """
        try:
            with transaction(self._conn):
                fresh = self._fresh(analyses)
                now = datetime.now()
                merged: dict[str, list[tuple[Any, ...]]] = {table: [] for table in COLUMNS}
                for analysis, new in zip(analyses, fresh, strict=True):
                    if new:
                        for table, rows in analysis_rows(analysis, now).items():
                            merged[table].extend(rows)
                for table, rows in merged.items():
                    self._conn.insert_rows(table, COLUMNS[table], rows)
        except DuplicateKey:
            # A concurrent writer (PostgreSQL) stored one of them between check and insert.
            if len(analyses) == 1:
                return [False]
            return [self.save_analysis(analysis) for analysis in analyses]
        return fresh

    def _fresh(self, analyses: Sequence[Analysis]) -> list[bool]:
        keys = [a.article.id for a in analyses] + [a.article.url for a in analyses if a.article.url]
        seen: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            for aid, url in self._conn.query(
                f"SELECT id, url FROM articles WHERE id IN ({marks}) OR url IN ({marks})",
                [*chunk, *chunk],
            ):
                seen.update(k for k in (aid, url) if k)
        fresh = []
        for analysis in analyses:
            article = analysis.article
            keys_of = {k for k in (article.id, article.url) if k}
            fresh.append(not keys_of & seen)
            seen |= keys_of
        return fresh

    def record_failure(self, item: str, error: str) -> None:
        """Log an input that could not be ingested, with its error, for the ingest report."""
        self._conn.execute(
            "INSERT INTO ingest_log (item, error, logged_at) VALUES (?, ?, ?)",
            [item, error, datetime.now()],
        )

    def failures(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT item, error, logged_at FROM ingest_log ORDER BY id"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [{**r, "logged_at": iso(r["logged_at"])} for r in self._dicts(sql, params)]

    def counts(self) -> dict[str, int]:
        """Rows per table (articles, events, ...)."""
        return {
            table: int(self._conn.query(f"SELECT count(*) FROM {table}")[0][0])
            for table in (*COLUMNS, "ingest_log")
        }

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles, newest first, without their text."""
        sql = (
            "SELECT r.*, (SELECT count(*) FROM events e WHERE e.article_id = r.id) AS events "
            "FROM articles r ORDER BY r.ingested_at DESC, r.id"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        if offset:
            sql += " OFFSET ?"
            params.append(offset)
        out = []
        for row in self._dicts(sql, params):
            record = article_dict(row)
            del record["text"]
            record["events"] = int(row["events"])
            out.append(record)
        return out

    def get_analysis(self, id_or_url: str) -> dict[str, Any]:
        """The stored analysis of one article (by id or URL) in the analysis JSON shape."""
        found = self._dicts(
            "SELECT * FROM articles WHERE id = ? OR url = ? LIMIT 1", [id_or_url, id_or_url]
        )
        if not found:
            raise StoreError(f"no stored article with id or URL {id_or_url!r}")
        article = found[0]
        aid = article["id"]
        parts = {
            table: self._dicts(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {_ORDER.get(table, 'idx')}",
                [aid],
            )
            for table in _CHILDREN
        }
        chains: dict[int, list[dict[str, Any]]] = {}
        for source in self._dicts("SELECT * FROM claim_sources WHERE article_id = ?", [aid]):
            chains.setdefault(source["claim_id"], []).append(source)
        return {
            "schema": "newsledger/analysis@1",
            "article": article_dict(article),
            "sentences": [_spanned(r, "is_headline", "repaired") for r in parts["sentences"]],
            "mentions": [_spanned(r) for r in parts["mentions"]],
            "times": [
                {**_spanned(r), "begin": iso(r["begin_date"]), "finish": iso(r["finish_date"])}
                for r in parts["times"]
            ],
            "attributions": [_attribution(r) for r in parts["attributions"]],
            "claims": [claim_dict(r, chains.get(r["id"], [])) for r in parts["claims"]],
            "events": list(self.iter_events(EventFilter(article=aid))),
            "flags": [
                {**_spanned(r), "evidence": _loads(r["evidence_json"])} for r in parts["flags"]
            ],
        }

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Stored events that pass ``filters``, ordered by article and event id."""
        sql, params = events_sql(filters or EventFilter())
        events = self._dicts(sql, params)
        articles = sorted({e["article_id"] for e in events})
        actors: dict[tuple[str, int], list[dict[str, Any]]] = {}
        # Fetch actors per slice of articles: bounded statements, no per-event round trip.
        for i in range(0, len(articles), 500):
            chunk = articles[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            for actor in self._dicts(
                f"SELECT * FROM event_actors WHERE article_id IN ({marks})", chunk
            ):
                actors.setdefault((actor["article_id"], actor["event_id"]), []).append(actor)
        for event in events:
            yield event_dict(event, actors.get((event["article_id"], event["id"]), []))


def _loads(text: str | None) -> Any:
    import json

    return None if text is None else json.loads(text)


def _spanned(row: dict[str, Any], *flags: str) -> dict[str, Any]:
    """A child row as its record: start/end names restored, article id and JSON dropped."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key in ("article_id", "idx") or key.endswith("_json") or key.endswith("_date"):
            continue
        name = {"start_char": "start", "end_char": "end"}.get(key, key)
        out[name] = bool(value) if key in flags else value
    return out


def _attribution(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "parent": row["parent"],
        "speaker": row["speaker"],
        "speaker_code": row["speaker_code"],
        "speaker_kind": row["speaker_kind"],
        "cue": _loads(row["cue_json"]),
        "source": _loads(row["source_json"]),
        "content": _loads(row["content_json"]),
    }
