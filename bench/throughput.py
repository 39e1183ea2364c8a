"""Throughput benchmark: the spaCy ceiling, then the analysis on one process, all cores, Ray.

On the same real news texts (ECB+, MEANTIME, TimeBank/AQUAINT from shared/eval) it measures

- ``ceiling``: raw ``nlp.pipe`` over the texts with the pipeline the analysis loads;
- ``one_process``: :func:`newsledger.pipeline.analyze_many` in this process, and its ratio
  to the ceiling;
- ``all_cores``: the same analysis on ``--workers`` processes
  (:class:`newsledger.scale.processes.AnalysisPool`, started and warmed before the clock);
- ``ceiling_all_cores``: the parse alone on ``--workers`` processes, the same way;
- ``machine_speedup``: a pure-Python loop on one and on ``--workers`` processes, what the
  machine itself gives to parallel work (shared virtual cores give well under N);
- ``ingest_local_1`` / ``ingest_local_N`` / ``ingest_ray_N``: ``ingest`` into a fresh
  DuckDB file with the local engine on one and on N processes, and with the Ray engine on N
  actors. Each gives the steady rate (from the first stored batch to the last, so process
  start and model load are left out) and the rate over the whole call;
- ``memory``: a fresh process analyses ``10 * --long`` articles (cycling through the
  texts, each given ``--new-words`` words never seen before) and compares resident memory
  after ``--long`` articles with that at the end.

Prints one JSON object. Timing on a shared machine is noisy: the load average is printed
with the figures, and ceiling and analysis take turns ``--rounds`` times, keeping the best
of each.

    .venv/bin/python bench/throughput.py [--articles 200] [--workers 2] [--long 1000]
    .venv/bin/python bench/throughput.py --quick          # 40 articles, a few minutes
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from newsledger import pipeline
from newsledger.heap import release_free_memory, resident_bytes
from newsledger.ingest import ingest_articles
from newsledger.ingest.sources import iter_items, walk
from newsledger.ingest.text import article_from_text
from newsledger.nlp.model import load_nlp
from newsledger.pipeline import analyze_many
from newsledger.records import Analysis, Article
from newsledger.scale.processes import AnalysisPool
from newsledger.scale.ray_engine import ingest_with_ray, ray_available
from newsledger.store import open_store

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SOURCES = (
    EVAL / "clustering-ecbplus" / "ECB+",
    EVAL / "meantime",
    EVAL / "time-tempeval3",
)


def corpus_files(limit: int | None = None) -> list[Path]:
    """Files of every source set taken in turn, so that any prefix mixes the sets."""
    walkers = [walk(source) for source in SOURCES if source.is_dir()]
    files: list[Path] = []
    while walkers and (limit is None or len(files) < limit):
        for walker in list(walkers):
            found = next(walker, None)
            if found is None:
                walkers.remove(walker)
            else:
                files.append(found)
    return files[:limit]


def read_articles(files: list[Path]) -> dict[str, Article]:
    """Article by item name (the file path) for every readable file, each text once."""
    found: dict[str, Article] = {}
    seen: set[str] = set()
    for item in iter_items(files):
        if item.article is not None and item.article.id not in seen:
            seen.add(item.article.id)
            found[item.name] = item.article
    return found


def words(text: str) -> int:
    return len(text.split())


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc."""
    return resident_bytes() / 2**20


def peak_mb(pid: int | str = "self") -> float:
    """Peak resident memory of a process (VmHWM), 0.0 when it is gone.

    Not ru_maxrss: Linux carries it over fork and exec, so a worker spawned by a process of
    500 MB reports 500 MB whatever it uses itself.
    """
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


class ChildPeaks:
    """Peak memory of every child process seen while the block runs (sampled twice a second)."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> ChildPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            for pid in _children():
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak_mb(pid))


def _children() -> list[int]:
    found: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            found += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def rate(total_words: int, articles: int, seconds: float) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "words_per_s": round(total_words / seconds, 1),
        "articles_per_s": round(articles / seconds, 2),
    }


BURN_LOOPS = 15_000_000


def parse_only(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
    """The ceiling as an analyzer (``throughput:parse_only``), for the ceiling on N processes:
    the parse alone, each article's analysis left empty."""
    batch = list(articles)
    for article, _ in zip(
        batch, load_nlp().pipe((a.text for a in batch), batch_size=batch_size), strict=True
    ):
        yield Analysis(article=article)


def _burn(loops: int) -> int:
    total = 0
    for i in range(loops):
        total += i * i
    return total


def best_of(rounds: int, *calls: Callable[[], object]) -> list[float]:
    """The best time of each call over ``rounds``, the calls taking turns within a round so
    that a burst of load on the machine falls on both rather than on one."""
    best = [float("inf")] * len(calls)
    for _ in range(rounds):
        for n, call in enumerate(calls):
            start = time.perf_counter()
            call()
            best[n] = min(best[n], time.perf_counter() - start)
    return best


class Clock:
    """Records when each article is stored, through ingest's ``report`` callback."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.settled: list[tuple[float, int]] = []

    def __call__(self, status: str, name: str, error: str | None) -> None:
        self.settled.append((time.perf_counter(), self.sizes.get(name, 0)))

    def steady(self) -> dict[str, float]:
        """The rate after the first batch landed: startup and model loads excluded."""
        if len(self.settled) < 2:
            return {}
        first = self.settled[0][0]
        after = [(t, w) for t, w in self.settled if t > first]
        if not after:
            return {}
        return rate(sum(w for _, w in after), len(after), after[-1][0] - first)


def run_engine(
    engine: Callable[..., Any], files: list[Path], sizes: dict[str, int], **options: Any
) -> dict[str, Any]:
    clock = Clock(sizes)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        summary = engine(files, store, report=clock, **options)
        elapsed = time.perf_counter() - start
    return {
        "steady": clock.steady(),
        "whole_call": rate(sum(sizes.values()), summary.new, elapsed),
        "stored": summary.new,
        "failed": summary.failed,
    }


def _with_new_words(articles: Iterator[Article], count: int) -> Iterator[Article]:
    """Each article with a closing sentence of ``count`` words never seen before, as a
    stream of fresh news brings new names: cycling a fixed set of texts would hide the
    growth of spaCy's vocabulary."""
    rng = random.Random(7)
    for article in articles:
        names = " ".join(
            "".join(rng.choices(string.ascii_lowercase, k=9)).capitalize() for _ in range(count)
        )
        yield article_from_text(f"{article.text}\n\nOfficials named {names}.")


def memory_run(long: int, new_words: int = 0) -> dict[str, Any]:
    """Analyse ``10 * long`` articles; resident memory near article ``long`` and at the end.

    Memory is sampled every ``long // 10`` articles and each end reports the median of the
    last ``long / 2`` articles before it: a single reading swings with the allocator (one
    long article can add 100 MB for a moment). Each sample is read twice: as the process
    stands (``rss``), and after the heap's free pages are handed back (``live``, what the
    process still holds: growth there is a leak; the difference is the allocator's).
    """
    texts = list(read_articles(corpus_files()).values())
    stream: Iterator[Article] = islice(cycle(texts), 10 * long)
    if new_words:
        stream = _with_new_words(stream, new_words)
    step = max(1, long // 10)
    samples: list[tuple[int, float, float]] = []
    start = time.perf_counter()
    for n, _ in enumerate(analyze_many(stream), start=1):
        if n % step == 0:
            gc.collect()
            rss = rss_mb()
            release_free_memory(slack=0)
            samples.append((n, rss, rss_mb()))
            print(
                f"memory: {n} articles, {rss:.1f} MB, live {samples[-1][2]:.1f} MB",
                file=sys.stderr,
                flush=True,
            )
    figures: dict[str, Any] = {
        "articles": 10 * long,
        "unique_texts": len(texts),
        "new_words_per_article": new_words,
    }
    for column, name in ((1, "rss"), (2, "live")):
        # The second half of article N's and of article 10*N's neighbourhood, past warm-up.
        first = statistics.median(s[column] for s in samples if long / 2 < s[0] <= long)
        last = statistics.median(s[column] for s in samples if s[0] > 9.5 * long)
        figures[f"{name}_mb_first_window"] = round(first, 1)
        figures[f"{name}_mb_last_window"] = round(last, 1)
        figures[f"{name}_growth"] = round(last / first - 1, 4)
    return {
        **figures,
        "peak_mb": peak_mb(),
        "seconds": round(time.perf_counter() - start, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="articles per measurement")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--long", type=int, default=100, help="memory: N then 10*N; 0: none")
    parser.add_argument("--rounds", type=int, default=2, help="ceiling and analysis: best of")
    parser.add_argument("--quick", action="store_true", help="40 articles, memory 20 / 200")
    parser.add_argument("--no-ray", action="store_true", help="leave the Ray engine out")
    parser.add_argument(
        "--new-words", type=int, default=20, help="memory: unseen words added to each article"
    )
    parser.add_argument(
        "--zone-articles",
        type=int,
        default=0,
        help="memory: articles per spaCy memory zone (0: the pipeline's own; huge: none)",
    )
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.zone_articles:
        pipeline.ZONE_ARTICLES = args.zone_articles  # to compare with and without zones
    if args.memory_only:
        print(json.dumps(memory_run(args.long, args.new_words)))
        return 0
    if args.quick:
        args.articles, args.long, args.rounds = 40, 20, 1
    files = corpus_files(args.articles)
    if not files:
        print(f"no news texts found under {EVAL}", file=sys.stderr)
        return 2
    articles = read_articles(files)
    files = [f for f in files if str(f) in articles]
    sizes = {name: words(a.text) for name, a in articles.items()}
    total = sum(sizes.values())
    texts = [a.text for a in articles.values()]
    load_start = os.getloadavg()

    nlp = load_nlp()
    list(analyze_many(list(articles.values())[:3]))  # warm: model, data files, matchers
    spawn = multiprocessing.get_context("spawn")
    with (
        ChildPeaks() as children,
        AnalysisPool(args.workers) as pool,
        AnalysisPool(args.workers, analyzer="throughput:parse_only") as parsers,
        ProcessPoolExecutor(args.workers, mp_context=spawn) as burners,
    ):
        list(pool.analyze(list(articles.values())[: 2 * args.workers], batch_size=1))
        list(parsers.analyze(list(articles.values())[: 2 * args.workers], batch_size=1))
        list(burners.map(_burn, [1] * args.workers))
        # All five take turns within each round, so a burst of load on a shared machine
        # falls on each of them rather than on one.
        ceiling, analysis, all_cores, ceiling_all, burn_one, burn_all = best_of(
            args.rounds,
            lambda: list(nlp.pipe(texts, batch_size=32)),
            lambda: list(analyze_many(articles.values())),
            lambda: list(pool.analyze(articles.values())),
            lambda: list(parsers.analyze(articles.values())),
            lambda: _burn(BURN_LOOPS),
            lambda: list(burners.map(_burn, [BURN_LOOPS] * args.workers)),
        )
    result: dict[str, Any] = {
        "articles": len(articles),
        "words": total,
        "workers": args.workers,
        "ceiling": {**rate(total, len(texts), ceiling), "pipe": nlp.pipe_names},
        "one_process": {**rate(total, len(texts), analysis), "peak_mb": peak_mb()},
        "ratio_to_ceiling": round(ceiling / analysis, 3),
        "all_cores": {
            **rate(total, len(texts), all_cores),
            "worker_peak_mb": sorted(children.peaks.values(), reverse=True)[: args.workers],
        },
        # The parse alone on N processes, as the pool runs the analysis: what spaCy itself
        # gains from N processes here.
        "ceiling_all_cores": rate(total, len(texts), ceiling_all),
        # What this machine itself gives: the same pure-Python loop on one process and on
        # every worker at once. On a virtual machine whose cores are shared (or are
        # hyperthreads of one core) this is well under the number of workers.
        "machine_speedup": round(args.workers * burn_one / burn_all, 2),
    }
    result["ingest_local_1"] = run_engine(ingest_articles, files, sizes, workers=1)
    with ChildPeaks() as children:
        local_n = run_engine(ingest_articles, files, sizes, workers=args.workers)
    # The pool's workers are the large children (the others are its resource tracker).
    local_n["worker_peak_mb"] = sorted(children.peaks.values(), reverse=True)[: args.workers]
    result[f"ingest_local_{args.workers}"] = local_n
    if not args.no_ray and ray_available():
        stats: dict[str, Any] = {}
        on_ray = run_engine(ingest_with_ray, files, sizes, workers=args.workers, stats=stats)
        on_ray["worker_peak_mb"] = [round(m, 1) for m in stats.get("worker_peak_rss_mb", [])]
        result[f"ingest_ray_{args.workers}"] = on_ray
    if args.long > 0:
        child = subprocess.run(
            [sys.executable, __file__, "--memory-only", "--long", str(args.long)]
            + ["--new-words", str(args.new_words), "--zone-articles", str(args.zone_articles)],
            capture_output=True,
            text=True,
            check=True,
        )
        result["memory"] = json.loads(child.stdout.strip().splitlines()[-1])
    result["figures"] = _figures(result, args.workers)
    result["load_average"] = {"start": load_start, "end": os.getloadavg()}
    print(json.dumps(result, indent=2))
    return 0


def _figures(result: dict[str, Any], workers: int) -> dict[str, float]:
    """The goals of issue 7 as plain numbers."""
    one = result["ingest_local_1"]["steady"].get("words_per_s", 0.0)
    many = result[f"ingest_local_{workers}"]["steady"].get("words_per_s", 0.0)
    figures = {
        "ceiling_words_per_s": result["ceiling"]["words_per_s"],
        "analysis_words_per_s": result["one_process"]["words_per_s"],
        "analysis_articles_per_s": result["one_process"]["articles_per_s"],
        "ratio_to_ceiling": result["ratio_to_ceiling"],
        f"speedup_{workers}_processes": round(
            result["all_cores"]["words_per_s"] / result["one_process"]["words_per_s"], 2
        ),
        f"ingest_speedup_{workers}_processes": round(many / one, 2) if one else 0.0,
        f"ceiling_speedup_{workers}_processes": round(
            result["ceiling_all_cores"]["words_per_s"] / result["ceiling"]["words_per_s"], 2
        ),
        f"machine_speedup_{workers}_processes": result["machine_speedup"],
    }
    if "memory" in result:
        figures["memory_growth"] = result["memory"]["rss_growth"]
        figures["memory_growth_live"] = result["memory"]["live_growth"]
    on_ray = result.get(f"ingest_ray_{workers}")
    if on_ray and many:
        figures["ray_to_local"] = round(on_ray["steady"].get("words_per_s", 0.0) / many, 3)
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
