"""``newsledger eval meantime PATH``: event certainty, polarity, time and reporting links.

Each gold event mention is graded with :func:`newsledger.extract.certainty.grade_certainty`
on its token span inside its sentence (the gold tokenisation is kept: the sentence Doc is
built from the gold tokens). Mapping: asserted/reported -> CERTAIN; hedged/speculative ->
PROBABLE when a "probable" cue is in scope, else POSSIBLE; negative -> NEG; future or
conditional modality -> FUTURE. SLINK recall is the share of gold reporting links whose
source event has a token recognised by :func:`is_reporting_cue`. Majority-class
baselines are reported beside each accuracy because the classes are very skewed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from newsledger.eval.meantime_reader import EventMention, MeantimeDoc, read_meantime
from newsledger.extract.certainty import grade_certainty, hedge_degree, is_reporting_cue
from newsledger.nlp.model import load_nlp

_EXCLUDE = ("ner",)


def predicted_labels(span: Span) -> dict[str, str]:
    """MEANTIME certainty, polarity and time labels for an event ``span``."""
    grade = grade_certainty(span)
    if grade.certainty in ("asserted", "reported"):
        certainty = "CERTAIN"
    else:
        certainty = "PROBABLE" if hedge_degree(span) == "probable" else "POSSIBLE"
    return {
        "certainty": certainty,
        "polarity": "NEG" if grade.polarity == "negative" else "POS",
        "time": "FUTURE" if grade.modality in ("future", "conditional") else "NON_FUTURE",
    }


def _accuracy(pairs: list[tuple[str, str]]) -> dict[str, float]:
    if not pairs:
        return {"accuracy": 0.0, "baseline": 0.0, "n": 0}
    correct = sum(g == p for g, p in pairs)
    majority = Counter(g for g, _ in pairs).most_common(1)[0][1]
    return {
        "accuracy": round(correct / len(pairs), 4),
        "baseline": round(majority / len(pairs), 4),
        "n": len(pairs),
    }


def _span(doc: Doc, offsets: dict[str, int], event: EventMention) -> Span | None:
    indices = sorted(offsets[t] for t in event.tokens if t in offsets)
    if not indices:
        return None
    return doc[indices[0] : indices[-1] + 1]


def _documents(docs: list[MeantimeDoc]) -> list[tuple[MeantimeDoc, Doc, dict[str, int]]]:
    """One spaCy Doc per MEANTIME document from the gold tokens, sentences preset."""
    nlp = load_nlp(exclude=_EXCLUDE)
    made = []
    for gold in docs:
        words = [t.text for t in gold.tokens]
        starts: list[bool | int | None] = [
            i == 0 or t.sentence != gold.tokens[i - 1].sentence for i, t in enumerate(gold.tokens)
        ]
        made.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    parsed = list(nlp.pipe(made, batch_size=16))
    return [
        (gold, doc, {t.t_id: i for i, t in enumerate(gold.tokens)})
        for gold, doc in zip(docs, parsed, strict=True)
    ]


def evaluate(path: Path) -> dict[str, Any]:
    """Score certainty, polarity, time and SLINK recall on MEANTIME CAT XML under ``path``."""
    pairs: dict[str, list[tuple[str, str]]] = {"certainty": [], "polarity": [], "time": []}
    confusion: dict[str, Counter[str]] = {k: Counter() for k in pairs}
    slinks = found = 0
    for gold, doc, offsets in _documents(list(read_meantime(path))):
        for event in gold.events.values():
            span = _span(doc, offsets, event)
            if span is None:
                continue
            labels = predicted_labels(span)
            for key, value in (
                ("certainty", event.certainty),
                ("polarity", event.polarity),
                ("time", event.time),
            ):
                if value and value != "UNDERSPECIFIED":
                    pairs[key].append((value, labels[key]))
                    confusion[key][f"{value}->{labels[key]}"] += 1
        for source, _target in gold.slinks:
            source_event = gold.events.get(source)
            span = _span(doc, offsets, source_event) if source_event else None
            slinks += 1
            found += span is not None and any(is_reporting_cue(t) for t in span)
    scores = {k: _accuracy(v) for k, v in pairs.items()}
    uncertain = [p for p in pairs["certainty"] if p[0] != "CERTAIN"]
    negative = [p for p in pairs["polarity"] if p[0] == "NEG"]
    figures = {
        "certainty_accuracy": scores["certainty"]["accuracy"],
        "certainty_baseline": scores["certainty"]["baseline"],
        "uncertain_recall": round(sum(p[1] != "CERTAIN" for p in uncertain) / len(uncertain), 4)
        if uncertain
        else 0.0,
        "polarity_accuracy": scores["polarity"]["accuracy"],
        "polarity_baseline": scores["polarity"]["baseline"],
        "negative_recall": round(sum(p[1] == "NEG" for p in negative) / len(negative), 4)
        if negative
        else 0.0,
        "time_accuracy": scores["time"]["accuracy"],
        "time_baseline": scores["time"]["baseline"],
        "slinks": slinks,
        "slink_recall": round(found / slinks, 4) if slinks else 0.0,
    }
    return {
        "figures": figures,
        "counts": {k: v["n"] for k, v in scores.items()},
        "confusion": {k: dict(v.most_common()) for k, v in confusion.items()},
    }
