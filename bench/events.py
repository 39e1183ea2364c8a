"""Throughput and peak memory of event coding, alone and inside the whole analysis.

Run from the repository root: ``.venv/bin/python bench/events.py [--limit N]``. Inputs: the
PETRARCH GigaWord sample and the PLOVER gold sentences under ../shared/eval. Parsing is
timed apart from coding so that "event coding alone" means code_events over parsed Docs.
"""

from __future__ import annotations

import argparse
import importlib
import re
import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from newsledger.eval.plover import read_plover
from newsledger.extract.events import code_events
from newsledger.ingest.text import article_from_text
from newsledger.nlp.model import load_nlp

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
GIGAWORD = EVAL / "events-cameo" / "petrarch2" / "GigaWord.sample.PETR.xml"
PLOVER = EVAL / "events-plover" / "PLOVER_GSR_CAMEO.dev.json"


def gigaword_sentences(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    texts = (" ".join(t.split()) for t in re.findall(r"<Text>(.*?)</Text>", raw, re.S))
    return [t for t in texts if t]


def _measure(label: str, count: int, work: Callable[[], object]) -> None:
    # Timed without tracemalloc (it slows every allocation several-fold), then run again
    # traced for the memory peak.
    began = time.perf_counter()
    work()
    seconds = time.perf_counter() - began
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = count / seconds if seconds else float("inf")
    print(
        f"{label:<44} {count:5d} sentences  {rate:8.1f} sentences/s  "
        f"peak {peak / 2**20:7.1f} MiB traced"
    )


def bench(name: str, texts: list[str]) -> None:
    nlp = load_nlp()
    docs = list(nlp.pipe(texts, batch_size=64))
    _measure(f"{name}: parse (spaCy)", len(texts), lambda: list(nlp.pipe(texts, batch_size=64)))
    _measure(f"{name}: event coding alone", len(texts), lambda: [code_events(doc) for doc in docs])
    try:
        pipeline = importlib.import_module("newsledger.pipeline")
        analyze_many = pipeline.analyze_many
    except (ImportError, AttributeError):
        print(f"{name}: whole analysis skipped: newsledger.pipeline.analyze_many is missing")
        return
    articles = [article_from_text(text) for text in texts]
    _measure(
        f"{name}: whole analysis (analyze_many)", len(texts), lambda: list(analyze_many(articles))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="sentences per corpus (0: all)")
    args = parser.parse_args()
    corpora = []
    if GIGAWORD.exists():
        corpora.append(("GigaWord sample", gigaword_sentences(GIGAWORD)))
    if PLOVER.exists():
        corpora.append(("PLOVER gold", [s.text for s in read_plover(PLOVER)]))
    if not corpora:
        raise SystemExit(f"no benchmark inputs under {EVAL}")
    # Warm: the model, the dictionaries and matchers load on first use, not in the timings.
    warm = corpora[0][1][:2]
    [code_events(doc) for doc in load_nlp().pipe(warm)]
    list(importlib.import_module("newsledger.pipeline").analyze_many(map(article_from_text, warm)))
    for name, texts in corpora:
        bench(name, texts[: args.limit] if args.limit else texts)
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
