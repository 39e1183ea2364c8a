"""Helpers for the crash tests: a slow stand-in analyzer, a corpus, child processes to kill.

The analyzer is named ``crash_support:slow_sentences`` so that ingest subprocesses (and
their worker processes) import it from this folder, put on PYTHONPATH by :func:`env`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis, Article

HERE = Path(__file__).resolve().parent
BODY = "Germany agreed to deliver {n} Patriot systems to Ukraine. The minister said so on day {n}."


def slow_sentences(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
    """Sentences only, ``CRASH_DELAY`` seconds per article: slow enough to be killed midway."""
    delay = float(os.environ.get("CRASH_DELAY", "0"))
    for article in articles:
        time.sleep(delay)
        sentences = split_sentences(article.text, has_headline=article.body_start > 0)
        yield Analysis(article=article, sentences=sentences)


def env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")]))
    return {
        **os.environ,
        "NEWSLEDGER_ANALYZER": "crash_support:slow_sentences",
        "PYTHONPATH": path,
        **extra,
    }


def corpus(folder: Path, n: int) -> Path:
    """``n`` distinct two-sentence articles, one file each."""
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(BODY.format(n=i))
    return folder


def ingest_command(inputs: list[Path], db: Path, *options: str) -> list[str]:
    command = [sys.executable, "-m", "newsledger.ingest_cli", "ingest", *map(str, inputs)]
    return [*command, "--db", str(db), "--verbose", "--no-progress", *options]


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # Field 4 (after the parenthesised name) is the parent pid.
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def kill_after(child: subprocess.Popen[str], commits: int) -> list[str]:
    """SIGKILL ``child`` (not its workers) once it reported ``commits`` new articles; returns
    the names it reported new. Its orphaned workers must then exit on their own."""
    assert child.stdout is not None
    new: list[str] = []
    for line in child.stdout:
        status, _, rest = line.rstrip("\n").partition("\t")
        if status == "new":
            new.append(rest.split("\t")[0])
            if len(new) == commits:
                workers = children(child.pid)
                child.send_signal(signal.SIGKILL)
                break
    else:
        raise AssertionError(f"the ingest ended after {len(new)} commits, before the kill")
    assert child.wait(timeout=60) == -signal.SIGKILL
    _wait_gone(workers)
    return new


def _wait_gone(pids: list[int]) -> None:
    # Bounded by a number of polls, not a clock reading: a worker that outlives its parent
    # past this many polls is a leak.
    for _ in range(200):
        if not [p for p in pids if Path(f"/proc/{p}").exists() and not _zombie(p)]:
            return
        time.sleep(0.05)
    raise AssertionError(f"workers {pids} outlived their killed parent")


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False
