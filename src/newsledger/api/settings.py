"""What the API server is configured with: store, token and limits.

Every field has a default that is safe on a laptop; ``settings_from_env`` reads the
``NEWSLEDGER_*`` variables so that ``newsledger serve`` and a process manager agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from newsledger.errors import InputError
from newsledger.ingest.text import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class ApiSettings:
    """Configuration of one API process.

    ``token`` None means writes (POST /articles) are refused for everyone: a server never
    accepts unauthenticated ingest. ``rate_limit`` is requests per ``rate_window_s`` per
    client address; 0 turns the limit off.
    """

    db: str = "newsledger.duckdb"
    token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BYTES
    analyze_timeout_s: float = 60.0
    store_timeout_s: float = 30.0
    rate_limit: int = 120
    rate_window_s: float = 60.0
    page_limit_max: int = 1000


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise InputError(f"{name}={raw!r} is not a number") from exc


def settings_from_env(**overrides: object) -> ApiSettings:
    """Settings from ``NEWSLEDGER_DB``, ``NEWSLEDGER_TOKEN``, ``NEWSLEDGER_MAX_BYTES``,
    ``NEWSLEDGER_ANALYZE_TIMEOUT``, ``NEWSLEDGER_RATE_LIMIT`` and ``NEWSLEDGER_RATE_WINDOW``;
    ``overrides`` that are not None win (the CLI options)."""
    base = ApiSettings()
    values: dict[str, object] = {
        "db": os.environ.get("NEWSLEDGER_DB") or base.db,
        "token": os.environ.get("NEWSLEDGER_TOKEN") or None,
        "max_body_bytes": int(_number("NEWSLEDGER_MAX_BYTES", base.max_body_bytes)),
        "analyze_timeout_s": _number("NEWSLEDGER_ANALYZE_TIMEOUT", base.analyze_timeout_s),
        "rate_limit": int(_number("NEWSLEDGER_RATE_LIMIT", base.rate_limit)),
        "rate_window_s": _number("NEWSLEDGER_RATE_WINDOW", base.rate_window_s),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ApiSettings(**values)  # type: ignore[arg-type]
