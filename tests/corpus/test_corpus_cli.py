import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
import typer
from corpus_sample import PATRIOT, SEED, analysis, chain_claim, event
from typer.testing import CliRunner

from newsledger.corpus_cli import register
from newsledger.records import Analysis
from newsledger.store import open_store

QUAKE = "Quake in Sumatra\n\nA magnitude 6 earthquake struck Sumatra on Monday, officials said."
DECIDED = "Patriots approved\n\nGermany approved the transfer of two Patriot systems to Ukraine."


def _seed(prefix: str = "") -> Analysis:
    text = prefix + (SEED.read_text() if SEED.exists() else PATRIOT)
    claim = chain_claim(
        text, "Ukraine", [("RIA Novosti", None), ("Japanese Defense Ministry", None)]
    )
    endorse = event(text, "Ukraine", "ENDORSE", ["USA", "GBR"], ["UKR"], claim=0)
    return analysis(text, [endorse], [claim], published=date(2025, 1, 20))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "ledger.duckdb")
    agreed = event(
        PATRIOT,
        "agreed to deliver",
        "AID",
        ["DEU", "USA"],
        ["UKR"],
        id=0,
        status="agreed",
        quantity=2,
        equipment="Patriot",
        certainty="reported",
    )
    decided = event(
        DECIDED,
        "approved the transfer",
        "AID",
        ["DEU"],
        ["UKR"],
        status="approved",
        equipment="Patriot",
    )
    quake = event(QUAKE, "struck", "ASSAULT", [], ["IDN"], location="IDN")
    with open_store(path) as store:
        store.save_analysis(
            analysis(
                PATRIOT, [agreed], published=date(2024, 4, 13), url="https://example.org/patriot"
            )
        )
        store.save_analysis(analysis(DECIDED, [decided], published=date(2024, 5, 2)))
        store.save_analysis(analysis(QUAKE, [quake], published=date(2024, 5, 6)))
        store.save_analysis(_seed())
        store.save_analysis(_seed("Reposted.\n\n"))
    return path


def run(*args: str) -> str:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_events_filters_and_corroboration(db: str) -> None:
    found = json.loads(run("events", "--db", db, "--actor", "DEU", "--json"))
    assert {e["plover"] for e in found} == {"AID"} and len(found) == 2
    # The two Patriot reports are independent articles; the seed copies are one origin.
    assert all(e["corroboration"] == 2 for e in found)
    seed = json.loads(run("events", "--db", db, "--type", "ENDORSE", "--json"))
    assert [e["corroboration"] for e in seed] == [1, 1]
    assert json.loads(run("events", "--db", db, "--min-corroboration", "2", "--json")) == found
    early = json.loads(run("events", "--db", db, "--until", "2024-04-30", "--json"))
    assert [e["status"] for e in early] == ["agreed"]
    assert (
        json.loads(
            run("events", "--db", db, "--min-certainty", "reported", "--country", "IDN", "--json")
        )[0]["location"]
        == "IDN"
    )
    assert "ENDORSE" in run("events", "--db", db)


def test_timeline_stories_commitments(db: str) -> None:
    line = json.loads(run("timeline", "UKR", "--db", db, "--json"))
    assert [e["plover"] for e in line][:2] == ["AID", "AID"]
    stories = json.loads(run("stories", "--db", db, "--json"))
    assert sorted(len(s["articles"]) for s in stories)[-1] >= 2
    commitments = json.loads(run("commitments", "--db", db, "--json"))
    assert [(c["item"], c["status"]) for c in commitments] == [("patriot", "decided")]
    assert "patriot" in run("commitments", "--db", db)


def test_export_every_format(db: str, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "parquet", "plover", "gdelt"):
        out = tmp_path / f"events.{fmt}"
        assert "5 events written" in run("export", "--db", db, "--format", fmt, "--out", str(out))
    rows = list(csv.DictReader((tmp_path / "events.csv").open()))
    assert {r["url"] for r in rows} >= {"https://example.org/patriot"}
    count = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'events.parquet'}'").fetchall()
    assert count == [(5,)]


def test_bad_format_is_one_error_line(db: str, tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(
        app, ["export", "--db", db, "--format", "xml", "--out", str(tmp_path / "x")]
    )
    assert result.exit_code == 1 and "unknown export format" in result.output
