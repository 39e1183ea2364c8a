"""The part of ingest that runs in worker processes: fetch URLs, then analyse in batches.

Each worker process loads the analyzer (and with it the spaCy model) once, in
:func:`init_worker`; with one worker the same functions run in the calling process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from newsledger.errors import InputError
from newsledger.ingest.analyzer import Analyzer, load_analyzer
from newsledger.ingest.fetch import FetchPolicy, fetch
from newsledger.ingest.sources import Item, xml_items
from newsledger.ingest.text import article_from_bytes, is_html
from newsledger.records import Analysis, Article


@dataclass(frozen=True)
class Outcome:
    """The result for one article: its analysis, or the error that stopped it."""

    name: str
    analysis: Analysis | None = None
    error: str | None = None


_state: dict[str, object] = {}


def init_worker(analyzer: str | None, policy: FetchPolicy, orphan_watch: bool = False) -> None:
    """Load the analyzer once; in a worker process, also exit when the parent is gone."""
    if orphan_watch:
        parent = os.getppid()
        threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    _state["analyzer"] = load_analyzer(analyzer)
    _state["policy"] = policy


def worker_pool(workers: int, analyzer: str | None, policy: FetchPolicy) -> ProcessPoolExecutor:
    """``workers`` processes, each with the analyzer loaded once by :func:`init_worker`.

    spawn, not fork: the caller may hold an open database, threads or a loaded model.
    """
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(analyzer, policy, True),
    )


def _exit_when_orphaned(parent: int) -> None:
    # A SIGKILLed ingest cannot tell its workers to stop; without this they would wait on
    # their task queue forever.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _articles_of_url(item: Item, policy: FetchPolicy) -> list[tuple[str, Article]]:
    """A fetched page as one article, or a fetched feed as its entries that carry content."""
    assert item.url is not None
    page = fetch(item.url, policy)
    feedish = "xml" in page.content_type or page.body.lstrip()[:5] == b"<?xml"
    if feedish and not is_html(page.body):
        found = []
        for entry in xml_items(page.body, item.url, policy.max_bytes):
            if entry.article is not None:
                found.append((entry.name, entry.article))
        return found
    article = article_from_bytes(page.body, name=item.url, max_bytes=policy.max_bytes, url=item.url)
    if item.title and not article.title:
        article = replace(article, title=item.title)
    return [(item.name, article)]


def process(chunk: list[Item]) -> list[Outcome]:
    """Outcomes for a chunk of items (articles or URLs); never raises for one bad item."""
    analyzer = _state["analyzer"]
    policy = _state["policy"]
    assert callable(analyzer) and isinstance(policy, FetchPolicy)
    outcomes: list[Outcome] = []
    named: list[tuple[str, Article]] = []
    for item in chunk:
        if item.article is not None:
            named.append((item.name, item.article))
            continue
        try:
            named.extend(_articles_of_url(item, policy))
        except InputError as exc:
            outcomes.append(Outcome(item.name, error=str(exc)))
    return outcomes + analyse(analyzer, named)


def analyse_batch(articles: list[Article]) -> list[Analysis]:
    """Analyses of a batch in this worker (errors propagate to the caller)."""
    analyzer = _state["analyzer"]
    assert callable(analyzer)
    return list(analyzer(articles))


def analyse(analyzer: Analyzer, named: list[tuple[str, Article]]) -> list[Outcome]:
    """Analyse in one batch; when the batch fails, one by one to find the failing article."""
    try:
        analyses = list(analyzer(article for _, article in named))
        return [Outcome(name, analysis=a) for (name, _), a in zip(named, analyses, strict=True)]
    except Exception:  # noqa: BLE001 - a failure is isolated below and recorded per article
        if len(named) == 1:
            return [_alone(analyzer, *named[0])]
        return [_alone(analyzer, name, article) for name, article in named]


def _alone(analyzer: Analyzer, name: str, article: Article) -> Outcome:
    try:
        return Outcome(name, analysis=next(iter(analyzer([article]))))
    except Exception as exc:  # noqa: BLE001 - bad items are logged and skipped, never fatal
        return Outcome(name, error=f"{name}: analysis failed: {type(exc).__name__}: {exc}")
