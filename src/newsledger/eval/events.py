"""``newsledger eval events PATH``: event coding scored on PETR validation XML/JSONL or PLOVER JSON.

The format is detected from the file: a JSON list (or JSONL with an ``event`` field) is PLOVER
gold, XML or JSONL with ``events`` is PETR gold. For the PETRARCH unit tests the fictional
actors and agents the file names in its ``<Environment>`` are loaded for this run only, on
top of any ``actor_files`` given.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsledger.errors import EvalError
from newsledger.eval.events_score import Tally
from newsledger.eval.petr import GoldSentence, read_petr
from newsledger.eval.plover import read_plover
from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp
from newsledger.records import Event


def detect_format(path: Path) -> str:
    """ "plover" or "petr", from the file's content."""
    try:
        with open(path, encoding="utf-8") as handle:
            head = handle.read(4096).lstrip()
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror})") from exc
    if head.startswith("<"):
        return "petr"
    if head.startswith("["):
        return "plover"
    if head.startswith("{"):
        try:
            first = json.loads(head.splitlines()[0])
        except ValueError as exc:
            raise EvalError(f"{path}: neither PETR nor PLOVER gold ({exc})") from exc
        return "plover" if "event" in first else "petr"
    raise EvalError(f"{path}: neither PETR XML/JSONL nor PLOVER JSON")


def load_gold(
    path: Path,
) -> tuple[str, list[GoldSentence], tuple[Path, ...], tuple[Path, ...]]:
    """(format, scored sentences, actor dictionaries, verb dictionaries) of a gold file."""
    kind = detect_format(path)
    if kind == "plover":
        return kind, read_plover(path), (), ()
    petr = read_petr(path)
    sentences = [s for s in petr.sentences if not s.error and s.text]
    return kind, sentences, tuple(petr.dictionaries), tuple(petr.verb_files)


# Roots of mutual acts (cooperate, consult, support, agree): PETRARCH codes "A and B met" as
# A->B and B->A.
_MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})


def petr_convention(events: list[Event]) -> list[Event]:
    """Events in the PETR gold convention: one source and one target each; a mutual act by
    several actors and no target becomes every directed pair of them."""
    out: list[Event] = []
    for event in events:
        sources = event.sources or [""]
        targets = event.targets or [""]
        if (
            not event.targets
            and len(event.sources) > 1
            and (event.cameo or "")[:2] in _MUTUAL_ROOTS
        ):
            pairs = [(a, b) for a in event.sources for b in event.sources if a != b]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        for source, target in pairs:
            out.append(
                replace(
                    event, sources=[source] if source else [], targets=[target] if target else []
                )
            )
    return out


def evaluate(
    path: Path,
    actor_files: tuple[Path, ...] = (),
    limit: int | None = None,
    verb_files: tuple[Path, ...] = (),
    **_options: Any,
) -> dict[str, Any]:
    """Figures of event coding on the gold file ``path`` (see :class:`Tally`).

    The dictionaries a PETR file names in its ``<Environment>`` (the unit tests' fictional
    actors, agents and verb codes) are loaded for this run, on top of ``actor_files`` and
    ``verb_files``."""
    kind, sentences, dictionaries, verbs = load_gold(Path(path))
    if limit:
        sentences = sentences[: int(limit)]
    files = tuple(dict.fromkeys([*dictionaries, *(Path(p) for p in actor_files)]))
    verb_set = tuple(dict.fromkeys([*verbs, *(Path(p) for p in verb_files)]))
    nlp = load_nlp()
    tally = Tally()
    for gold, doc in zip(
        sentences, nlp.pipe((s.text for s in sentences), batch_size=64), strict=True
    ):
        predicted = code_events(
            doc, None, actor_files=files, include_verbal=kind == "petr", verb_files=verb_set
        )
        tally.add(gold.events, petr_convention(predicted) if kind == "petr" else predicted)
    result = tally.figures()
    result["format"] = kind
    result["actor_files"] = [str(p) for p in files]
    result["verb_files"] = [str(p) for p in verb_set]
    return result
