"""``ingest_articles``: inputs in, analyses stored, one article per transaction.

Idempotent: an article whose content id or URL is stored is skipped before it is analysed,
and the store refuses a second copy. Resumable: each small batch (``batch_size`` articles)
commits on its own, so a run killed at any moment keeps what it committed and a rerun does
only the rest. Analysis runs
in ``workers`` processes; the store is written by the calling process alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsledger.ingest import work
from newsledger.ingest.fetch import FetchPolicy
from newsledger.ingest.sources import Item, iter_items
from newsledger.ingest.text import DEFAULT_MAX_BYTES
from newsledger.store import Store

# Called after each item is settled: (status, item name, error or None).
Report = Callable[[str, str, str | None], None]


@dataclass
class IngestSummary:
    seen: int = 0
    new: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "seen": self.seen,
            "new": self.new,
            "skipped": self.skipped,
            "failed": self.failed,
            "failures": [{"item": i, "error": e} for i, e in self.failures],
        }


class _Run:
    def __init__(self, store: Store, report: Report | None, progress: Progress | None) -> None:
        self.store = store
        self.summary = IngestSummary()
        self.report = report
        self.progress = progress
        self.task = progress.add_task("ingest", total=None) if progress else None

    def settle(self, status: str, name: str, error: str | None = None) -> None:
        s = self.summary
        if status == "failed":
            s.failed += 1
            self.store.record_failure(name, error or "unknown error")
            if len(s.failures) < 100:
                s.failures.append((name, error or "unknown error"))
        else:
            setattr(s, status, getattr(s, status) + 1)
        if self.report:
            self.report(status, name, error)
        if self.progress is not None and self.task is not None:
            self.progress.update(
                self.task,
                advance=1,
                description=f"new {s.new}  skipped {s.skipped}  failed {s.failed}",
            )

    def stored(self, item: Item) -> bool:
        if item.article is not None:
            url = item.article.url
            return self.store.has_article(item.article.id) or bool(
                url and self.store.has_article(url)
            )
        return bool(item.url and self.store.has_article(item.url))

    def save(self, outcomes: list[work.Outcome]) -> None:
        """Commit a chunk's analyses together, then settle each item."""
        done = [o for o in outcomes if o.analysis is not None]
        fresh = self.store.save_analyses([o.analysis for o in done if o.analysis is not None])
        for outcome, new in zip(done, fresh, strict=True):
            self.settle("new" if new else "skipped", outcome.name)
        for outcome in outcomes:
            if outcome.analysis is None:
                self.settle("failed", outcome.name, outcome.error)


def _batches(run: _Run, items: Iterable[Item], size: int) -> Iterable[list[Item]]:
    """Chunks of items still to do; errors and stored items are settled on the way."""
    batch: list[Item] = []
    for item in items:
        run.summary.seen += 1
        if item.error is not None:
            run.settle("failed", item.name, item.error)
        elif run.stored(item):
            run.settle("skipped", item.name)
        else:
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def ingest_articles(
    paths_or_urls: Iterable[str | Path],
    store: Store,
    workers: int = 1,
    progress: bool = False,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyzer: str | None = None,
    policy: FetchPolicy | None = None,
    batch_size: int = 8,
    report: Report | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths_or_urls`` into ``store``; see the module docstring.

    ``progress`` shows a rich progress bar on standard error; ``report`` is called once per
    settled item; ``analyzer`` names the analysis function (:mod:`newsledger.ingest.analyzer`).
    """
    policy = policy or FetchPolicy(max_bytes=max_bytes)
    items = iter_items(paths_or_urls, max_bytes=max_bytes)
    bar = (
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} items"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        if progress
        else None
    )
    run = _Run(store, report, bar)
    if bar is not None:
        bar.start()
    try:
        if workers <= 1:
            work.init_worker(analyzer, policy)
            for batch in _batches(run, items, batch_size):
                run.save(work.process(batch))
        else:
            _parallel(run, items, workers, analyzer, policy, batch_size)
    finally:
        if bar is not None:
            bar.stop()
    return run.summary


def _parallel(
    run: _Run,
    items: Iterable[Item],
    workers: int,
    analyzer: str | None,
    policy: FetchPolicy,
    batch_size: int,
) -> None:
    with work.worker_pool(workers, analyzer, policy) as pool:
        running: set[Future[list[work.Outcome]]] = set()
        for batch in _batches(run, items, batch_size):
            running.add(pool.submit(work.process, batch))
            # A bounded window: the store check above stays close to what is in flight.
            if len(running) >= 2 * workers:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                # Batches that finished together commit together: each INSERT costs the
                # writer a few milliseconds whatever its size, taken from the workers' cores.
                run.save([outcome for future in done for outcome in future.result()])
        for future in running:
            run.save(future.result())
