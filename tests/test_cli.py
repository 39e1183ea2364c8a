"""The real CLI in a subprocess, as a user runs it."""

import json
import subprocess
import sys

import pytest

from newsledger.serialize import validate_analysis

from support import SEED


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "newsledger", *args],
        capture_output=True,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed_json():
    result = run("analyze", str(SEED), "--json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def test_analyze_json_follows_the_schema(seed_json):
    validate_analysis(seed_json)
    assert seed_json["schema"] == "newsledger/analysis@1"


def test_analyze_prints_a_readable_report():
    result = run("analyze", str(SEED))
    out = result.stdout.decode()
    assert result.returncode == 0
    for heading in ("Sentences and claims", "Events", "Dates and durations", "Flags"):
        assert heading in out
    assert "Traceback" not in result.stderr.decode()


def test_analyze_reads_stdin_with_a_published_date():
    result = run(
        "analyze",
        "-",
        "--json",
        "--published",
        "2025-02-03",
        stdin=b"Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    )
    assert result.returncode == 0, result.stderr.decode()
    document = json.loads(result.stdout)
    assert document["article"]["published"] == {
        "date": "2025-02-03",
        "earliest": None,
        "latest": None,
        "inferred": False,
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x00\x01\x02\x03 binary \x00", "binary data"),
        (b"caf\xe9 \xfd not utf-8 \xc3\x28", "not valid UTF-8"),
    ],
)
def test_bad_files_give_one_line_and_non_zero_exit(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("analyze", str(path))
    err = result.stderr.decode()
    assert result.returncode != 0
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Troops advanced. " * 100)
    result = run("analyze", str(path), "--max-bytes", "1000")
    assert result.returncode != 0
    assert "over the size limit of 1,000" in result.stderr.decode()


def test_missing_file_and_bad_date(tmp_path):
    result = run("analyze", str(tmp_path / "missing.txt"))
    assert result.returncode != 0 and "no such file" in result.stderr.decode()
    result = run("analyze", str(SEED), "--published", "yesterday")
    assert result.returncode != 0 and "Traceback" not in result.stderr.decode()


def test_analysis_is_stored_once(tmp_path):
    db = tmp_path / "ledger.duckdb"
    first = run("analyze", str(SEED), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr.decode()
    assert "stored in" in first.stderr.decode()
    second = run("analyze", str(SEED), "--db", str(db), "--json")
    assert second.returncode == 0
    assert "already stored" in second.stderr.decode()
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 1
        assert con.execute("select count(*) from events").fetchone()[0] >= 3
        assert con.execute("select count(*) from claims").fetchone()[0] >= 20
        assert con.execute("select count(*) from flags").fetchone()[0] >= 4


def test_db_without_a_value_uses_the_default_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsledger", "analyze", str(SEED), "--db"],
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "newsledger.duckdb").exists()
