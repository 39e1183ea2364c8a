"""`newsledger eval time PATH`: TempEval-3 scores of the time extractor on TimeML gold.

PATH is a .tml file or a folder searched recursively. Each document's <TEXT> is analysed
with its creation time as the publication date; the creation time itself is not scored.
Extents are scored strict (same offsets) and relaxed (overlap, one-to-one); type and value
accuracy are measured on relaxed matches, and value F1 counts only relaxed matches whose
value is right (TempEval-3's attribute F1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from newsledger.context import Context
from newsledger.eval.scoring import Counts
from newsledger.eval.timeml import TimeMLDoc, read_tml, tml_files
from newsledger.extract.time import extract_times
from newsledger.nlp.model import load_nlp
from newsledger.nlp.parse import parse_articles
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Published

# The extractor reads tags, the parse and entities; lemmas are not needed.
_UNUSED_COMPONENTS = ("lemmatizer",)


class Timex(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str | None: ...


@dataclass
class Tally:
    """Counts summed over documents, from which every figure is computed."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def match(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: (gold index, predicted index) pairs of overlapping spans.

    Exact extents are paired first so that a strict match is never lost to a neighbour.
    """
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            for j, p in enumerate(predicted):
                if j in used_p:
                    continue
                hit = (
                    (g.start, g.end) == (p.start, p.end)
                    if exact
                    else g.start < p.end and p.start < g.end
                )
                if hit:
                    pairs.append((i, j))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return sorted(pairs)


def tally(gold: Sequence[Timex], predicted: Sequence[Timex]) -> Tally:
    """The counts of one document."""
    counts = Tally(gold=len(gold), predicted=len(predicted))
    for i, j in match(gold, predicted):
        g, p = gold[i], predicted[j]
        counts.relaxed += 1
        counts.strict += (g.start, g.end) == (p.start, p.end)
        counts.type_ok += g.type == p.type
        counts.value_ok += g.value is not None and g.value == p.value
    return counts


def figures(counts: Tally) -> dict[str, float]:
    """Precision, recall and F1 (strict, relaxed, value), and attribute accuracies."""
    out: dict[str, float] = {}
    for name, correct in (
        ("strict", counts.strict),
        ("relaxed", counts.relaxed),
        ("value", counts.value_ok),
        ("type", counts.type_ok),
    ):
        scored = Counts(tp=correct, fp=counts.predicted - correct, fn=counts.gold - correct)
        out |= scored.figures(name)
    matched = counts.relaxed or 1
    out["type_accuracy"] = round(counts.type_ok / matched, 4)
    out["value_accuracy"] = round(counts.value_ok / matched, 4)
    return out


def _analyse(docs: list[TimeMLDoc]) -> Iterable[list[Any]]:
    nlp = load_nlp(exclude=_UNUSED_COMPONENTS)
    sentences = [split_sentences(d.text, has_headline=False) for d in docs]
    parsed = parse_articles(((d.text, s) for d, s in zip(docs, sentences, strict=True)), nlp=nlp)
    for doc, sents, gold in zip(parsed, sentences, docs, strict=True):
        article = Article(id=gold.doc_id, text=gold.text, published=Published(date=gold.dct))
        yield list(extract_times(doc, Context(article, sents)))


def evaluate(path: Path, errors: int = 0, **_: Any) -> dict[str, Any]:
    """Scores on every .tml file under ``path``; ``errors`` > 0 lists that many misses."""
    docs = [read_tml(f) for f in tml_files(Path(path))]
    total = Tally()
    confusion: Counter[str] = Counter()
    per_type: dict[str, Tally] = {}
    missed: list[dict[str, Any]] = []
    for gold_doc, predicted in zip(docs, _analyse(docs), strict=True):
        gold = gold_doc.timexes
        total.add(tally(gold, predicted))
        pairs = match(gold, predicted)
        for i, j in pairs:
            confusion[f"{gold[i].type}->{predicted[j].type}"] += 1
            if gold[i].value != predicted[j].value and len(missed) < errors:
                missed.append(
                    {
                        "doc": gold_doc.doc_id,
                        "kind": "value",
                        "gold": [gold[i].text, gold[i].value],
                        "predicted": [predicted[j].text, predicted[j].value],
                    }
                )
        for kind in {g.type for g in gold}:
            subset = [g for g in gold if g.type == kind]
            per_type.setdefault(kind, Tally()).add(tally(subset, predicted))
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in matched_g and len(missed) < errors:
                missed.append({"doc": gold_doc.doc_id, "kind": "missed", "gold": [g.text, g.value]})
        for j, p in enumerate(predicted):
            if j not in matched_p and len(missed) < errors:
                missed.append(
                    {"doc": gold_doc.doc_id, "kind": "spurious", "predicted": [p.text, p.value]}
                )
    result: dict[str, Any] = {
        "figures": figures(total),
        "files": len(docs),
        "gold": total.gold,
        "predicted": total.predicted,
        "confusion": dict(sorted(confusion.items())),
        "per_type": {
            kind: {
                "gold": t.gold,
                "recall": round(t.relaxed / t.gold, 4) if t.gold else 0.0,
                "value_recall": round(t.value_ok / t.gold, 4) if t.gold else 0.0,
            }
            for kind, t in sorted(per_type.items())
        },
    }
    if errors:
        result["errors"] = missed
    return result
