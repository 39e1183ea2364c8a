"""Reader for PLOVER JSON gold (a list of records, as in PLOVER_GSR_CAMEO).

A record has ``text``, ``event`` (PLOVER type), optional ``mode`` and ``context``, and
``source``/``target`` as lists of ``{"actorText", "code", "sector"}`` (or empty strings when
absent). Each record is one sentence with one event.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsledger.errors import EvalError
from newsledger.eval.petr import GoldEvent, GoldSentence


def _actor_codes(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    codes = []
    for actor in value:
        if isinstance(actor, dict) and actor.get("code"):
            sector = str(actor.get("sector") or "")[:3].upper()
            codes.append(f"{actor['code']}{sector}")
    return codes


def read_plover(path: Path) -> list[GoldSentence]:
    """Gold sentences of a PLOVER JSON file (a JSON list, or one record per line)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text ({exc})") from exc
    try:
        records = (
            json.loads(text)
            if text.lstrip().startswith("[")
            else [json.loads(line) for line in text.splitlines() if line.strip()]
        )
    except ValueError as exc:
        raise EvalError(f"{path}: not PLOVER JSON ({exc})") from exc
    except RecursionError as exc:
        raise EvalError(f"{path}: not PLOVER JSON (nested too deeply)") from exc
    sentences = []
    for number, record in enumerate(records):
        if not isinstance(record, dict) or "text" not in record or "event" not in record:
            raise EvalError(f"{path}: record {number} lacks text or event")
        if not isinstance(record["text"], str):
            raise EvalError(f"{path}: record {number} has a text that is not a string")
        event = GoldEvent(
            sources=_actor_codes(record.get("source")),
            targets=_actor_codes(record.get("target")),
            plover=str(record["event"]).upper(),
            mode=record.get("mode") or None,
        )
        sentences.append(GoldSentence(str(record.get("id", number)), record["text"], [event]))
    return sentences
