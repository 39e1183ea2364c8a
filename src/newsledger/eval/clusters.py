"""``newsledger eval clusters PATH``: story clustering scored on ECB+ sub-topics.

Gold clusters are the ECB+ sub-topics (topic number plus "ecb" or "ecbplus": two distinct
seminal happenings of one kind per topic). Our clusters come from
:func:`newsledger.corpus.stories.cluster_stories` over the documents' text alone; neither
file names nor topic numbers are features. Scores: B-cubed precision, recall and F1
(Bagga and Baldwin 1998) and the adjusted Rand index (Hubert and Arabie 1985).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from math import comb
from pathlib import Path
from typing import Any

from newsledger.corpus.stories import cluster_stories
from newsledger.eval.ecbplus import read_corpus


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` against ``gold`` (item -> cluster)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pair_counts = Counter((gold[i], predicted[i]) for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    pred_sizes = Counter(predicted[i] for i in items)
    precision = sum(pair_counts[(gold[i], predicted[i])] / pred_sizes[predicted[i]] for i in items)
    recall = sum(pair_counts[(gold[i], predicted[i])] / gold_sizes[gold[i]] for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def adjusted_rand(gold: Mapping[str, str], predicted: Mapping[str, str]) -> float:
    """Adjusted Rand index (1 = identical partitions, about 0 = chance agreement)."""
    items = list(gold)
    n = len(items)
    if n < 2:
        return 1.0
    index = sum(comb(c, 2) for c in Counter((gold[i], predicted[i]) for i in items).values())
    gold_sum = sum(comb(c, 2) for c in Counter(gold[i] for i in items).values())
    pred_sum = sum(comb(c, 2) for c in Counter(predicted[i] for i in items).values())
    expected = gold_sum * pred_sum / comb(n, 2)
    maximum = (gold_sum + pred_sum) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def score(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
    p, r, f = bcubed(gold, predicted)
    return {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(f, 4),
        "adjusted_rand": round(adjusted_rand(gold, predicted), 4),
    }


def _per_topic(
    gold: Mapping[str, str], predicted: Mapping[str, str], topics: Mapping[str, str]
) -> dict[str, float]:
    out = {}
    for topic in sorted(set(topics.values()), key=int):
        names = [n for n in gold if topics[n] == topic]
        out[topic] = round(bcubed({n: gold[n] for n in names}, predicted)[2], 4)
    return out


def evaluate(path: Path, limit_topics: int | None = None, **_: Any) -> dict[str, Any]:
    """Cluster the ECB+ documents under ``path`` and score against the gold sub-topics."""
    docs = read_corpus(path, limit_topics=limit_topics)
    stories = cluster_stories([d.article for d in docs])
    story_of = {article: story.id for story in stories for article in story.articles}
    gold = {d.name: d.subtopic for d in docs}
    predicted = {d.name: story_of[d.article.id] for d in docs}
    topics = {d.name: d.topic for d in docs}
    figures: dict[str, float] = {
        "documents": len(docs),
        "gold_clusters": len(set(gold.values())),
        "clusters": len(set(predicted.values())),
        **score(gold, predicted),
    }
    return {"figures": figures, "per_topic_bcubed_f1": _per_topic(gold, predicted, topics)}


def singletons_baseline(names: Sequence[str]) -> dict[str, str]:
    """Every document alone: the floor any clustering must beat on precision-heavy sets."""
    return {n: n for n in names}
