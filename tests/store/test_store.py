"""The store on a real DuckDB file and a real PostgreSQL server: same tests, same schema."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from store_sample import TEXT, make_analysis

from newsledger.errors import StoreError
from newsledger.store import EventFilter, Store, open_store


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "duckdb":
        return str(tmp_path / "ledger.duckdb")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def test_save_is_idempotent_by_content_and_by_url(store: Store) -> None:
    assert store.save_analysis(make_analysis())
    assert not store.save_analysis(make_analysis())
    # Same URL, different text: a re-crawl of a stored page is not a new article.
    assert not store.save_analysis(make_analysis(TEXT + " More.", url="https://example.org/a"))
    # Same text elsewhere: the content hash catches the copy.
    assert not store.save_analysis(make_analysis(url="https://mirror.example.org/a"))
    assert store.counts()["articles"] == 1
    assert store.counts()["events"] == 1


def test_articles_without_url_are_told_apart_by_content(store: Store) -> None:
    assert store.save_analysis(make_analysis(url=None))
    assert store.save_analysis(make_analysis(TEXT + " Update.", url=None))
    assert len(store.list_articles()) == 2


def test_get_analysis_round_trips_every_part(store: Store) -> None:
    analysis = make_analysis()
    store.save_analysis(analysis)
    assert store.has_article(analysis.article.id)
    assert store.has_article("https://example.org/a")
    assert not store.has_article("https://example.org/other")
    stored = store.get_analysis(analysis.article.id)
    assert stored["article"]["text"] == TEXT
    assert stored["article"]["published"]["date"] == "2024-05-02"
    assert [s["is_headline"] for s in stored["sentences"]] == [True, False]
    claim = stored["claims"][0]
    assert [s["name"] for s in claim["source_chain"]] == [
        "RIA Novosti",
        "Japanese Defense Ministry",
    ]
    assert claim["certainty"] == "reported"
    event = stored["events"][0]
    assert (event["sources"], event["targets"]) == (["DEU", "USA"], ["UKR"])
    assert (event["quantity"], event["equipment"], event["status"]) == (2, "Patriot", "agreed")
    assert event["conditions"] == ["no long-range missiles"]
    assert TEXT[event["start"] : event["end"]] == event["text"]
    assert stored["flags"][0]["evidence"] == [[147, 172]]
    assert stored["times"][0]["begin"] == "2024-01-01"
    with pytest.raises(StoreError, match="no stored article"):
        store.get_analysis("missing")


def test_event_filters(store: Store) -> None:
    store.save_analysis(make_analysis())
    other = make_analysis(TEXT.replace("two", "three"), url="https://example.org/b")
    other.events[0] = dataclasses.replace(
        other.events[0],
        sources=["FRA"],
        plover="SANCTION",
        certainty="hedged",
        time=dataclasses.replace(other.events[0].time, start="2023-03"),
    )
    store.save_analysis(other)

    def ids(**kwargs: object) -> list[str | None]:
        return [e["plover"] for e in store.iter_events(EventFilter(**kwargs))]  # type: ignore[arg-type]

    assert len(ids()) == 2
    assert ids(actor="deu") == ["AID"]
    assert ids(actor="Germany") == ["AID"]
    assert ids(target="UKR", plover="sanction") == ["SANCTION"]
    assert sorted(ids(country="UKR")) == ["AID", "SANCTION"]
    assert ids(country="FRA") == ["SANCTION"]
    assert ids(date_from=date(2024, 6, 1)) == ["AID"]
    assert ids(date_to=date(2023, 3, 31)) == ["SANCTION"]
    assert ids(date_from=date(2023, 4, 1), date_to=date(2023, 12, 31)) == []
    assert ids(min_certainty="reported") == ["AID"]
    assert len(ids(min_certainty="speculative")) == 2
    assert len(ids(min_corroboration=1)) == 2
    assert ids(min_corroboration=2) == []
    assert len(ids(limit=1)) == 1
    assert len(ids(limit=1, offset=1)) == 1
    with pytest.raises(StoreError, match="unknown certainty"):
        ids(min_certainty="sure")


def test_filter_values_are_parameters_not_sql(store: Store) -> None:
    store.save_analysis(make_analysis())
    hostile = "x' OR 1=1; DROP TABLE events; --"
    assert list(store.iter_events(EventFilter(actor=hostile, country=hostile))) == []
    assert store.counts()["events"] == 1


def test_failures_are_logged(store: Store) -> None:
    store.record_failure("feed.xml", "entities are forbidden")
    assert store.failures()[0]["item"] == "feed.xml"
    assert store.counts()["ingest_log"] == 1


def test_reopen_keeps_data_and_schema_version(store_url: str) -> None:
    with open_store(store_url) as first:
        first.save_analysis(make_analysis())
        version = first.schema_version
    with open_store(store_url) as second:
        assert second.schema_version == version >= 1
        assert second.counts()["articles"] == 1


def test_second_duckdb_writer_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.duckdb"
    with open_store(path) as store:
        store.save_analysis(make_analysis())
        code = (
            "import sys\n"
            "from newsledger.store import open_store\n"
            "from newsledger.errors import StoreError\n"
            "try:\n"
            f"    open_store({str(path)!r})\n"
            "except StoreError as exc:\n"
            "    print(exc)\n"
            "    sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode == 3, result.stderr
        assert "database is locked by another process" in result.stdout
        assert store.counts()["articles"] == 1
    with open_store(path) as again:
        assert again.counts()["articles"] == 1


def test_postgres_connection_error_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_a_batch_commits_together_and_skips_copies_inside_it(store: Store) -> None:
    store.save_analysis(make_analysis())
    batch = [
        make_analysis(),  # stored already
        make_analysis(TEXT + " One.", url="https://example.org/1"),
        make_analysis(TEXT + " One.", url="https://example.org/1-copy"),  # same text
        make_analysis(TEXT + " Two.", url="https://example.org/1"),  # same URL
        make_analysis(TEXT + " Three.", url=None),
    ]
    assert store.save_analyses(batch) == [False, True, False, False, True]
    assert store.counts()["articles"] == 3
    assert store.counts()["events"] == 3
