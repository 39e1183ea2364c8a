"""The work behind the routes: analysis and store access, serialised and bounded in time.

spaCy pipelines and a DuckDB connection are not meant to be driven from several threads at
once, so each has one lock. Blocking work runs in worker threads; a request that waits past
its timeout gets 504 while the worker, once it gets the lock, sees the request was abandoned
and skips the work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

from newsledger.api.errors import ApiError
from newsledger.api.settings import ApiSettings
from newsledger.records import Analysis, Article
from newsledger.store import Store, open_store

T = TypeVar("T")


_IMPORTS = threading.Lock()


def import_stages() -> None:
    """Import spaCy and the stages from one thread at a time.

    Two threads importing spaCy for the first time at once can each see its compiled modules
    half initialised (an ImportError "partially initialized module"); the model warm-up and the
    first requests would otherwise race there.
    """
    with _IMPORTS:
        import newsledger.corpus.stories  # noqa: F401
        import newsledger.pipeline  # noqa: F401
        import newsledger.resolve.actors  # noqa: F401


class _Abandoned(Exception):
    """The request that asked for this work has already timed out."""


class Ledger:
    """One API process's store connection and analysis pipeline."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self._store: Store | None = open_store(settings.db)
        self._store_lock = threading.Lock()
        self._nlp_lock = threading.Lock()

    @property
    def store(self) -> Store:
        if self._store is None:
            raise ApiError(503, "the store is closed")
        return self._store

    def close(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def warm(self) -> None:
        """Load the spaCy model now, so the first /analyze does not pay for it."""
        import_stages()
        from newsledger.nlp.model import load_nlp

        with self._nlp_lock:
            load_nlp()

    async def _bounded(
        self, lock: threading.Lock, work: Callable[[], T], timeout_s: float, what: str
    ) -> T:
        abandoned = threading.Event()

        def guarded() -> T:
            import_stages()
            with lock:
                if abandoned.is_set():
                    raise _Abandoned
                return work()

        try:
            with anyio.fail_after(timeout_s):
                # abandon_on_cancel: the timeout answers the client; the thread finishes alone.
                return await anyio.to_thread.run_sync(guarded, abandon_on_cancel=True)
        except TimeoutError:
            abandoned.set()
            raise ApiError(504, f"{what} took longer than {timeout_s:g} s") from None

    async def analyze(self, article: Article) -> Analysis:
        def run() -> Analysis:
            from newsledger.pipeline import analyze

            return analyze(article)

        return await self._bounded(self._nlp_lock, run, self.settings.analyze_timeout_s, "analysis")

    async def read(self, query: Callable[[Store], T]) -> T:
        return await self._bounded(
            self._store_lock,
            lambda: query(self.store),
            self.settings.store_timeout_s,
            "the store query",
        )

    async def save(self, analysis: Analysis) -> bool:
        return await self.read(lambda store: store.save_analysis(analysis))

    async def compute(self, work: Callable[[], T], what: str) -> T:
        """CPU-bound corpus work (story clustering) under the analysis lock and timeout."""
        return await self._bounded(self._nlp_lock, work, self.settings.analyze_timeout_s, what)
