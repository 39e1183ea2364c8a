"""Ingest benchmark: articles per second, peak memory, and query latency on the result.

Ingests the news texts of the shared evaluation sets (ECB+, MEANTIME, TimeBank/AQUAINT,
PolNeAR; the corpus readers live in newsledger.ingest.corpora) into a fresh store, then times
typical queries on it. Prints one JSON object.

    .venv/bin/python bench/ingest.py [--workers N] [--db PATH] [--set ecbplus ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from newsledger.ingest import ingest_articles
from newsledger.store import EventFilter, Store, open_store

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SETS = {
    "ecbplus": EVAL / "clustering-ecbplus",
    "meantime": EVAL / "meantime",
    "timebank": EVAL / "time-tempeval3",
    "polnear": EVAL / "attribution-polnear",
}


def peak_mb() -> dict[str, float]:
    """Peak resident memory (ru_maxrss is KiB on Linux) of this process and of its workers."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"main_mb": round(own, 1), "largest_worker_mb": round(workers, 1)}


def latency_ms(call: Callable[[], Any], repeat: int = 20) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}


def queries(store: Store) -> dict[str, dict[str, float]]:
    articles = store.list_articles(limit=1)
    some = articles[0]["id"] if articles else ""
    probes: dict[str, Callable[[], Any]] = {
        "all_events": lambda: list(store.iter_events()),
        "events_actor_USA": lambda: list(store.iter_events(EventFilter(actor="USA"))),
        "events_country_date": lambda: list(
            store.iter_events(
                EventFilter(country="USA", date_from=date(2000, 1, 1), date_to=date(2010, 12, 31))
            )
        ),
        "events_certain_page": lambda: list(
            store.iter_events(EventFilter(min_certainty="reported", limit=50))
        ),
        "list_articles_100": lambda: store.list_articles(limit=100),
        "get_analysis": lambda: store.get_analysis(some),
        "has_article": lambda: store.has_article(some),
    }
    return {name: latency_ms(call) for name, call in probes.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", help="store to fill (default: a fresh temporary DuckDB file)")
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets")
    parser.add_argument("--analyzer", help="module:function (default: the pipeline)")
    args = parser.parse_args(argv)
    chosen = args.sets or sorted(SETS)
    missing = [name for name in chosen if not SETS[name].exists()]
    if missing:
        print(f"shared/eval sets not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.duckdb")
        with open_store(db) as store:
            start = time.perf_counter()
            summary = ingest_articles(
                [SETS[name] for name in chosen],
                store,
                workers=args.workers,
                progress=sys.stderr.isatty(),
                analyzer=args.analyzer,
            )
            elapsed = time.perf_counter() - start
            result = {
                "sets": chosen,
                "workers": args.workers,
                "figures": {
                    "articles_new": summary.new,
                    "articles_failed": summary.failed,
                    "seconds": round(elapsed, 1),
                    "articles_per_s": round(summary.new / elapsed, 2) if elapsed else 0.0,
                    **peak_mb(),
                },
                "store": store.counts(),
                "query_latency": queries(store),
                "failures": summary.failures[:10],
            }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
