"""Stories: articles about one happening, clustered in two layers.

1. Copies: MinHash over word shingles joins wire copies and syndicated text.
2. Rewrites: copies groups are joined by average linkage over a combined similarity of
   content words and names (TF-IDF cosine), resolved actors and event types (Jaccard, when
   analyses are given), damped when publication dates lie far apart.

Weights and thresholds live in ``data/corpus/stories.json``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsledger.corpus.features import StoryFeatures, settings, story_features
from newsledger.corpus.minhash import near_duplicates
from newsledger.corpus.similarity import average_linkage, jaccard_matrix, tfidf_cosine
from newsledger.records import Analysis, Article, Story


def similarity(feats: Sequence[StoryFeatures]) -> np.ndarray:
    """The combined article-to-article similarity story clustering cuts."""
    conf = settings()
    sim = conf.word_weight * tfidf_cosine([f.words for f in feats], min_df=2)
    sim += conf.name_weight * tfidf_cosine([f.names for f in feats], min_df=2)
    if any(f.actors for f in feats):
        sim += conf.actor_weight * jaccard_matrix([f.actors for f in feats])
    if any(f.event_types for f in feats):
        sim += conf.event_weight * jaccard_matrix([f.event_types for f in feats])
    days = np.array([f.day.toordinal() if f.day else np.nan for f in feats], dtype=np.float64)
    apart = np.abs(days[:, None] - days[None, :]) > conf.max_days_apart
    # Unknown dates (NaN) compare False: they never push two articles apart.
    sim = np.where(apart, sim * conf.far_apart_factor, sim)
    return sim


def _story(group: list[StoryFeatures], copies: list[list[str]]) -> Story:
    ids = [f.article.id for f in group]
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for f in group:
        names.update(set(f.names))
        words.update(set(f.words))
    days = sorted(f.day for f in group if f.day)
    digest = hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]
    return Story(
        id=f"story-{digest}",
        articles=ids,
        copies=[c for c in copies if c[0] in set(ids)],
        actors=sorted({a for f in group for a in f.actors}),
        places=sorted({p for f in group for p in f.places}),
        event_types=sorted({e for f in group for e in f.event_types}),
        terms=[t for t, _ in (names + words).most_common(8)],
        first_seen=days[0] if days else None,
        last_seen=days[-1] if days else None,
    )


def cluster_features(feats: Sequence[StoryFeatures]) -> list[Story]:
    """Stories over already computed features (see :func:`cluster_stories`)."""
    if not feats:
        return []
    conf = settings()
    by_id = {f.article.id: n for n, f in enumerate(feats)}
    copies = near_duplicates(
        {f.article.id: f.article.text for f in feats}, threshold=conf.duplicate_threshold
    )
    sim = similarity(feats)
    for group in copies:
        rows = [by_id[i] for i in group]
        # Copies are one story whatever the rest says; clustering sees them as identical.
        sim[np.ix_(rows, rows)] = max(1.0, float(sim.max()))
    groups = average_linkage(sim, conf.threshold)
    return [_story([feats[i] for i in g], copies) for g in groups]


def cluster_stories(items: Sequence[Analysis | Article]) -> list[Story]:
    """Stories of ``items`` (articles or their analyses), each article in exactly one story.

    An article repeated in ``items`` (same id) is counted once.
    """
    unique: dict[str, Analysis | Article] = {}
    for item in items:
        article = item.article if isinstance(item, Analysis) else item
        unique.setdefault(article.id, item)
    return cluster_features(story_features(list(unique.values())))
