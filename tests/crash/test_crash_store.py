"""SIGKILL inside a store migration and inside a write transaction; two writers at once.

Each child kills itself right after a chosen statement has run inside its transaction, so
the crash lands at an exact, repeatable point rather than wherever a timer happened to fire.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from crash_support import corpus, env, ingest_command

from newsledger.ingest.text import article_from_text
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis
from newsledger.store import open_store
from newsledger.store.migrate import migrations

# Opens a store through a connection that SIGKILLs its process after statement number
# argv[2] (counting every execute: DDL, the version row, INSERTs) once argv[3] is seen.
DIE_AT = """
import os, signal, sys
from pathlib import Path
from newsledger.store import Store
from newsledger.store.connection import DuckDBConnection
from newsledger.ingest.text import article_from_text
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis

count, armed = 0, sys.argv[3] == "migrate"

class Dying(DuckDBConnection):
    def execute(self, sql, params=()):
        global count
        super().execute(sql, params)
        if armed:
            count += 1
            if count == int(sys.argv[2]):
                os.kill(os.getpid(), signal.SIGKILL)

store = Store(Dying(Path(sys.argv[1])))
armed = True
texts = [f"Kyiv said the talks failed on day {n}. Moscow denied it." for n in range(20)]
articles = [article_from_text(t) for t in texts]
store.save_analyses([Analysis(a, sentences=split_sentences(a.text)) for a in articles])
"""


def _run_dying(db: Path, at: int, phase: str) -> int:
    child = subprocess.run(
        [sys.executable, "-c", DIE_AT, str(db), str(at), phase], capture_output=True, timeout=120
    )
    return child.returncode


def _analysis(text: str) -> Analysis:
    article = article_from_text(text)
    return Analysis(article, sentences=split_sentences(article.text))


STATEMENTS = sum(len(m.statements) + 1 for m in migrations())


@pytest.mark.parametrize("at", sorted({1, 2, STATEMENTS // 2, STATEMENTS - 1, STATEMENTS}))
def test_sigkill_mid_migration_then_the_store_opens_whole(tmp_path: Path, at: int) -> None:
    db = tmp_path / "ledger.duckdb"
    assert _run_dying(db, at, "migrate") == -signal.SIGKILL
    with open_store(db) as store:
        assert store.schema_version == migrations()[-1].version
        assert store.save_analysis(_analysis("Kyiv said the talks failed."))
        assert store.counts()["articles"] == 1


# 1: after BEGIN; 2: after the articles INSERT; 3: after the sentences INSERT, before COMMIT.
@pytest.mark.parametrize("at", [1, 2, 3])
def test_sigkill_mid_write_leaves_no_part_of_the_batch(tmp_path: Path, at: int) -> None:
    db = tmp_path / "ledger.duckdb"
    with open_store(db) as store:
        store.save_analysis(_analysis("Moscow said it had not been consulted."))
    assert _run_dying(db, at, "write") == -signal.SIGKILL
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()
        sentences = con.execute("SELECT count(*) FROM sentences").fetchone()
    finally:
        con.close()
    # The batch is one transaction: the earlier article stays, nothing of the killed batch.
    assert articles == (1,) and sentences == (1,)
    with open_store(db) as store:
        assert store.save_analysis(_analysis("Kyiv said the talks failed."))


def test_two_ingests_at_once_give_a_clear_lock_error(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 24)
    db = tmp_path / "ledger.duckdb"
    command = ingest_command([folder], db)
    first = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env(CRASH_DELAY="0.2"))
    assert first.stdout is not None
    # Once the first has committed something it certainly holds the file.
    first_line = first.stdout.readline()
    assert first_line.startswith("new\t"), first_line
    second = subprocess.run(command, capture_output=True, text=True, env=env(), timeout=120)
    assert second.returncode == 1
    assert "database is locked by another process" in second.stderr
    assert "Traceback" not in second.stderr
    # read(), not communicate(timeout): the latter skips what readline() buffered.
    rest = first.stdout.read()
    assert first.wait(timeout=120) == 0
    assert 1 + rest.count("new\t") == 24
    with open_store(db) as store:
        assert store.counts()["articles"] == 24
    # And with the first one gone, the second succeeds and finds everything stored.
    again = subprocess.run(command, capture_output=True, text=True, env=env(), timeout=120)
    assert again.returncode == 0 and again.stdout.count("skipped\t") == 24
