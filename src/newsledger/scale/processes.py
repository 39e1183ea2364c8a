"""Analysis on every core of one machine: a pool of worker processes, results in input order.

    with AnalysisPool(workers=4) as pool:
        for analysis in pool.analyze(articles):
            ...

Each worker loads the model once (in :func:`newsledger.ingest.work.init_worker`, the same
start-up the ingest engine uses) and runs the analyzer over small batches. Only articles go
out and analyses come back; nothing is written, so a library user gets the parallel analysis
without a store, and a long-lived pool (a service, a benchmark) pays the model load once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from types import TracebackType

from newsledger.ingest import work
from newsledger.ingest.analyzer import load_analyzer
from newsledger.ingest.fetch import FetchPolicy
from newsledger.records import Analysis, Article


def _batches(articles: Iterable[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """Batches of at most ``size`` articles, closed early once they hold ``chars`` characters.

    Work is handed out a batch at a time, so the last batches decide how long the slowest
    worker runs on after the others are done: batches of similar cost, not of equal count,
    keep that tail short when article lengths vary.
    """
    batch: list[Article] = []
    held = 0
    for article in articles:
        batch.append(article)
        held += len(article.text)
        if len(batch) >= size or held >= chars:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


class AnalysisPool:
    """``workers`` processes that analyse articles; see the module docstring.

    ``analyzer`` names the analysis function as ``module:function`` (default
    :func:`newsledger.pipeline.analyze_many`). An article whose analysis raises makes
    :meth:`analyze` raise, as :func:`~newsledger.pipeline.analyze_many` does.
    """

    def __init__(self, workers: int = 2, analyzer: str | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        # A bad analyzer name fails here, with its InputError, not as a broken pool later.
        load_analyzer(analyzer)
        self.workers = workers
        self._pool = work.worker_pool(workers, analyzer, FetchPolicy())

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def analyze(
        self, articles: Iterable[Article], batch_size: int = 8, batch_chars: int = 10_000
    ) -> Iterator[Analysis]:
        """Analyses of ``articles`` in their order.

        Reads ``articles`` lazily and keeps two batches per worker in flight, so memory is
        bounded on an endless stream; small batches (``batch_size`` articles, or fewer that
        hold ``batch_chars`` characters) keep every worker busy to the end.
        """
        window: deque[Future[list[Analysis]]] = deque()
        for batch in _batches(articles, batch_size, batch_chars):
            window.append(self._pool.submit(work.analyse_batch, batch))
            if len(window) >= 2 * self.workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
