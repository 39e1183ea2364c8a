"""ingest_articles on real DuckDB files: idempotent, failures logged, workers, real pipeline."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from newsledger.ingest import ingest_articles
from newsledger.store import open_store

FAKE = "fake_pipeline:analyze_many"
BODY = "Germany agreed to deliver two Patriot systems to Ukraine, the minister said on {n}."


def _corpus(folder: Path, n: int = 6) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(BODY.format(n=f"day {i}"))
    lines = [
        json.dumps({"text": BODY.format(n=f"line {i}"), "url": f"https://e.org/{i}"})
        for i in range(3)
    ]
    lines.insert(1, "{broken")
    (folder / "more.jsonl").write_text("\n".join(lines))
    (folder / "boom.txt").write_text("EXPLODE " + BODY.format(n="never"))
    return folder


def test_ingest_is_idempotent_and_logs_failures(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    with open_store(tmp_path / "l.duckdb") as store:
        first = ingest_articles([corpus], store, analyzer=FAKE, batch_size=4)
        assert (first.seen, first.new, first.skipped, first.failed) == (11, 9, 0, 2)
        errors = " ".join(e for _, e in first.failures)
        assert "not valid JSON" in errors and "analysis failed: ValueError: boom" in errors
        again = ingest_articles([corpus, corpus / "a0.txt"], store, analyzer=FAKE)
        assert (again.new, again.skipped, again.failed) == (0, 10, 2)
        assert store.counts()["articles"] == 9
        assert len(store.failures()) == 4


def test_same_url_with_new_text_is_not_stored_twice(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"text": BODY.format(n="Monday"), "url": "https://e.org/x"})
        + "\n"
        + json.dumps({"text": BODY.format(n="Tuesday"), "url": "https://e.org/x"})
    )
    with open_store(tmp_path / "l.duckdb") as store:
        summary = ingest_articles([path], store, analyzer=FAKE)
        assert (summary.new, summary.skipped) == (1, 1)


def test_parallel_workers_store_the_same_as_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", n=12)
    with open_store(tmp_path / "one.duckdb") as one, open_store(tmp_path / "two.duckdb") as two:
        ingest_articles([corpus], one, analyzer=FAKE)
        summary = ingest_articles([corpus], two, workers=2, analyzer=FAKE, batch_size=3)
        assert (summary.new, summary.failed) == (15, 2)
        ids = [sorted(a["id"] for a in s.list_articles()) for s in (one, two)]
        assert ids[0] == ids[1]


def _pipeline_ready() -> bool:
    try:
        importlib.import_module("newsledger.pipeline")
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _pipeline_ready(), reason="newsledger.pipeline is not importable yet")
def test_ingest_with_the_real_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Germany pledges Patriots\n\n"
        "Germany and the United States agreed to deliver two Patriot air defence systems to "
        "Ukraine, German Defence Minister Boris Pistorius said on Tuesday."
    )
    with open_store(tmp_path / "l.duckdb") as store:
        summary = ingest_articles([path], store)
        assert (summary.new, summary.failed) == (1, 0), summary.failures
        [article] = store.list_articles()
        stored = store.get_analysis(article["id"])
        assert stored["sentences"] and stored["mentions"]


def test_ingest_into_postgres_is_idempotent(tmp_path: Path, postgres_url: str) -> None:
    corpus = _corpus(tmp_path / "in", n=4)
    with open_store(postgres_url) as store:
        first = ingest_articles([corpus], store, analyzer=FAKE)
        again = ingest_articles([corpus], store, analyzer=FAKE)
        assert (first.new, again.new, again.skipped) == (7, 0, 7)
        assert store.counts()["articles"] == 7


def test_urls_are_fetched_under_the_policy(tmp_path: Path) -> None:
    import ipaddress
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from newsledger.ingest.fetch import FetchPolicy

    page = f"<html><body><article><p>{BODY.format(n='Friday')}</p></article></body></html>"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(200 if self.path == "/a" else 404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(page.encode())

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (tmp_path / "list.urls").write_text(f"{base}/a\n{base}/missing\n")
    trusted = FetchPolicy(allow=(ipaddress.ip_network("127.0.0.1/32"),))
    try:
        with open_store(tmp_path / "l.duckdb") as store:
            default = ingest_articles([tmp_path / "list.urls"], store, analyzer=FAKE)
            assert (default.new, default.failed) == (0, 2)
            assert "non-public" in default.failures[0][1]
            summary = ingest_articles(
                [tmp_path / "list.urls"], store, analyzer=FAKE, policy=trusted
            )
            assert (summary.new, summary.failed) == (1, 1)
            assert store.has_article(f"{base}/a")
            again = ingest_articles([f"{base}/a"], store, analyzer=FAKE, policy=trusted)
            assert (again.new, again.skipped) == (0, 1)
    finally:
        httpd.shutdown()
