"""newsledger: an auditable ledger of events from news reports about international politics.

The library mirrors the CLI: ``read_article`` then ``analyze`` gives what
``newsledger analyze`` prints. Names are imported on first use so that importing one stage
does not load the spaCy model and every other stage.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": "newsledger.pipeline",
    "analyze_many": "newsledger.pipeline",
    "read_article": "newsledger.ingest.text",
    "article_from_text": "newsledger.ingest.text",
    "analysis_to_json": "newsledger.serialize",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newsledger' has no attribute {name!r}")
