import csv
import json
from pathlib import Path

import duckdb
import pytest

from newsledger.errors import InputError
from newsledger.export import FORMATS, export_events
from newsledger.export.gdelt import quad_class

EVENT = {
    "article": "a" * 64,
    "id": 0,
    "claim": None,
    "plover": "AID",
    "mode": "military",
    "context": None,
    "cameo": "0831",
    "sources": ["DEU", "USA"],
    "targets": ["UKR"],
    "location": "UKR",
    "time": {"start": "2024-05-02", "end": None, "text": "Thursday"},
    "quantity": 2,
    "equipment": "Patriot",
    "status": "agreed",
    "conditions": [],
    "certainty": "reported",
    "speaker": "Boris Pistorius",
    "trigger": "agreed to deliver",
    "corroboration": 2,
    "start": 10,
    "end": 27,
    "text": "agreed to deliver",
}
ARTICLES = {"a" * 64: {"url": "https://example.org/a", "published": {"date": "2024-05-02"}}}


def test_every_format_writes_the_event(tmp_path: Path) -> None:
    for fmt in FORMATS:
        assert export_events([EVENT], fmt, tmp_path / f"out.{fmt}", ARTICLES) == 1
    assert json.loads((tmp_path / "out.jsonl").read_text()) == EVENT
    row = next(csv.DictReader((tmp_path / "out.csv").open()))
    assert row["sources"] == "DEU;USA" and row["url"] == "https://example.org/a"
    parquet = str(tmp_path / "out.parquet")
    assert duckdb.sql(f"SELECT plover, quantity FROM '{parquet}'").fetchall() == [("AID", 2.0)]
    plover = json.loads((tmp_path / "out.plover").read_text())[0]
    assert plover["event"] == "AID" and plover["source"][0]["code"] == "DEU"
    assert plover["date"] == "2024-05-02"
    gdelt = next(csv.DictReader((tmp_path / "out.gdelt").open(), delimiter="\t"))
    assert gdelt["SQLDATE"] == "20240502" and gdelt["EventRootCode"] == "08"
    assert gdelt["QuadClass"] == "2" and gdelt["Actor2CountryCode"] == "UKR"
    assert gdelt["NumSources"] == "2" and gdelt["SOURCEURL"] == "https://example.org/a"


def test_empty_exports_still_have_headers(tmp_path: Path) -> None:
    export_events([], "parquet", tmp_path / "e.parquet")
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchall() == [(0,)]
    export_events([], "csv", tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_text().startswith("article,event,plover")


def test_unknown_format_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        export_events([EVENT], "xml", tmp_path / "x")


def test_quad_classes() -> None:
    assert [quad_class(r) for r in ("01", "07", "12", "19", "", "99")] == [1, 2, 3, 4, None, None]
