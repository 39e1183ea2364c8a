"""Which function turns articles into analyses during ingest.

The default is the pipeline's ``analyze_many``. ``NEWSLEDGER_ANALYZER=module:function`` (or the
``analyzer`` argument) names another with the same signature, ``(articles) -> analyses``; it is
named rather than passed so that worker processes can import it themselves.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator

from newsledger.errors import InputError
from newsledger.records import Analysis, Article

DEFAULT_ANALYZER = "newsledger.pipeline:analyze_many"
Analyzer = Callable[[Iterable[Article]], Iterator[Analysis]]


def analyzer_spec(spec: str | None = None) -> str:
    return spec or os.environ.get("NEWSLEDGER_ANALYZER") or DEFAULT_ANALYZER


def load_analyzer(spec: str | None = None) -> Analyzer:
    """The function named ``module:function``; InputError when it cannot be imported."""
    spec = analyzer_spec(spec)
    module_name, _, function = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        found: Analyzer = getattr(module, function or "analyze_many")
    except (ImportError, AttributeError) as exc:
        raise InputError(f"analyzer {spec!r} cannot be loaded: {exc}") from exc
    return found
