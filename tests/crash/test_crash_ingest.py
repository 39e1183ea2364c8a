"""SIGKILL during ingest: afterwards the store opens, holds every committed article exactly
once with all its rows, and a rerun completes the rest."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import duckdb
import pytest
from crash_support import BODY, corpus, env, ingest_command, kill_after

from newsledger.ingest.text import content_id
from newsledger.store import open_store

TOTAL = 30


def _ledger(db: Path) -> dict[str, object]:
    """What the file holds, read with DuckDB itself (not through the code under test)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM articles").fetchall()]
        orphans = con.execute(
            "SELECT count(*) FROM sentences s WHERE NOT EXISTS "
            "(SELECT 1 FROM articles a WHERE a.id = s.article_id)"
        ).fetchone()
        per_article = con.execute(
            "SELECT a.id, count(s.article_id) FROM articles a "
            "LEFT JOIN sentences s ON s.article_id = a.id GROUP BY a.id"
        ).fetchall()
    finally:
        con.close()
    return {
        "ids": ids,
        "orphan_sentences": orphans[0] if orphans else 0,
        "sentences": {aid: n for aid, n in per_article},
    }


def _expected_ids(names: list[str]) -> set[str]:
    return {content_id(Path(name).read_text()) for name in names}


def _check_exactly_once(db: Path, committed: list[str]) -> int:
    with open_store(db) as store:
        assert store.schema_version >= 1
    ledger = _ledger(db)
    ids = ledger["ids"]
    assert isinstance(ids, list)
    assert len(ids) == len(set(ids)), "an article is stored twice"
    assert _expected_ids(committed) <= set(ids), "an article reported committed is missing"
    assert ledger["orphan_sentences"] == 0, "rows of an uncommitted article survived"
    sentences = ledger["sentences"]
    assert isinstance(sentences, dict)
    # Every article is whole: both of its sentences or none of it.
    assert set(sentences.values()) <= {2}, sentences
    return len(ids)


@pytest.mark.parametrize(
    ("workers", "commits"), [("1", 1), ("1", 12), ("2", 9)], ids=["first", "midway", "workers"]
)
def test_sigkill_during_ingest_loses_and_doubles_nothing(
    tmp_path: Path, workers: str, commits: int
) -> None:
    folder = corpus(tmp_path / "in", TOTAL)
    db = tmp_path / "ledger.duckdb"
    command = ingest_command([folder], db, "--workers", workers)
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=env(CRASH_DELAY="0.05")
    )
    committed = kill_after(child, commits)
    kept = _check_exactly_once(db, committed)
    assert commits <= kept < TOTAL
    rerun = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, env=env(), check=True, timeout=300
    )
    summary = json.loads(rerun.stdout[rerun.stdout.index("{") :])
    assert (summary["new"], summary["skipped"], summary["failed"]) == (TOTAL - kept, kept, 0)
    assert _check_exactly_once(db, [str(p) for p in sorted(folder.iterdir())]) == TOTAL


def test_sigkill_during_a_jsonl_ingest_resumes_by_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY.format(n=i), "url": f"https://x.test/{i}"}) for i in range(TOTAL)
    ]
    feed = tmp_path / "wire.jsonl"
    feed.write_text("\n".join(lines[:10] + ["{broken"] + lines[10:]) + "\n")
    db = tmp_path / "ledger.duckdb"
    command = ingest_command([feed], db)
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=env(CRASH_DELAY="0.05")
    )
    kill_after(child, 5)
    rerun = subprocess.run(
        [*command, "--json"], capture_output=True, text=True, env=env(), check=True, timeout=300
    )
    summary = json.loads(rerun.stdout[rerun.stdout.index("{") :])
    assert summary["failed"] == 1 and summary["new"] + summary["skipped"] == TOTAL
    ledger = _ledger(db)
    ids = ledger["ids"]
    assert isinstance(ids, list) and len(ids) == len(set(ids)) == TOTAL
