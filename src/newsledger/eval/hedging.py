"""``newsledger eval hedging PATH``: uncertainty detection on the Szeged Uncertainty Corpus.

Scores :func:`newsledger.extract.certainty.find_hedge_cues` against the inline ``<ccue>``
markup: sentence level (a sentence is uncertain when it has any cue) and cue level, both
on exact character spans and on overlap. Sentences are parsed in batches without NER.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from newsledger.errors import EvalError
from newsledger.eval.scoring import Counts
from newsledger.eval.szeged import GoldSentence, read_szeged
from newsledger.extract.certainty import find_hedge_cues
from newsledger.extract.certainty_lexicon import may_hold_uncertainty_cue
from newsledger.nlp.model import load_nlp
from newsledger.records import Cue

_EXCLUDE = ("ner",)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: list[GoldSentence], predicted: list[list[Cue]]) -> dict[str, Any]:
    """Figures for predicted cue lists aligned with ``gold`` sentences."""
    sentences = Counts()
    exact = Counts()
    overlap = Counts()
    per_type: dict[str, Counts] = {}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for sentence, cues in zip(gold, predicted, strict=True):
        sentences.add(bool(cues), sentence.uncertain)
        gold_spans = [(c.start, c.end) for c in sentence.cues]
        pred_spans = [(c.start, c.end) for c in cues]
        for span, cue in zip(pred_spans, cues, strict=True):
            exact.tp += span in gold_spans
            exact.fp += span not in gold_spans
            hit = any(_overlaps(span, g) for g in gold_spans)
            overlap.tp += hit
            overlap.fp += not hit
            if not hit:
                spurious[cue.text.lower()] += 1
        for span, gold_cue in zip(gold_spans, sentence.cues, strict=True):
            found = any(_overlaps(span, p) for p in pred_spans)
            exact.fn += span not in pred_spans
            overlap.fn += not found
            kind = per_type.setdefault(gold_cue.type, Counts())
            kind.tp += found
            kind.fn += not found
            if not found:
                missed[gold_cue.text.lower()] += 1
    figures: dict[str, float] = {
        "sentences": len(gold),
        "uncertain_gold": sum(s.uncertain for s in gold),
        **sentences.figures("sentence"),
        **exact.figures("cue_exact"),
        **overlap.figures("cue_overlap"),
    }
    return {
        "figures": figures,
        "recall_by_type": {k: round(v.recall, 4) for k, v in sorted(per_type.items())},
        "top_missed": dict(missed.most_common(15)),
        "top_spurious": dict(spurious.most_common(15)),
    }


def evaluate(path: Path, batch_size: int = 512, limit: int | None = None) -> dict[str, Any]:
    """Score hedge cue detection on a Szeged XML file (or a folder holding ``wiki.xml``)."""
    if path.is_dir():
        path = path / "wiki.xml"
    if not path.exists():
        raise EvalError(f"no Szeged XML at {path}")
    gold = list(read_szeged(path))
    if limit is not None:
        gold = gold[:limit]
    nlp = load_nlp(exclude=_EXCLUDE)
    # Only sentences that contain a possible cue word need the parser.
    todo = [i for i, s in enumerate(gold) if may_hold_uncertainty_cue(s.text)]
    predicted: list[list[Cue]] = [[] for _ in gold]
    docs = nlp.pipe((gold[i].text for i in todo), batch_size=batch_size)
    for i, doc in zip(todo, docs, strict=True):
        predicted[i] = find_hedge_cues(doc[:])
    result = score(gold, predicted)
    result["figures"]["parsed"] = len(todo)
    return result
