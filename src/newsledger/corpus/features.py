"""What story clustering compares: content words, names, years, and (from an analysis)
actors, places, event types and the publication date.

Articles get one cheap spaCy pass (no dependency parse) for lemmas and named entities;
an :class:`~newsledger.records.Analysis` adds the resolved actors and events the pipeline
already found. Entity strings are folded ("the U.N.'s" -> "u.n.") so that outlets' spelling
habits matter less than who and what they name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.data import load_json
from newsledger.nlp.model import load_nlp
from newsledger.records import Analysis, Article

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s$")


@dataclass
class StoryFeatures:
    article: Article
    words: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    day: date | None = None


@dataclass(frozen=True)
class StorySettings:
    """Feature choice and clustering weights, from the data file ``corpus/stories.json``."""

    content_pos: frozenset[str]
    name_labels: frozenset[str]
    word_weight: float
    name_weight: float
    actor_weight: float
    event_weight: float
    threshold: float
    duplicate_threshold: float
    max_days_apart: int


@cache
def settings() -> StorySettings:
    raw = load_json("corpus/stories.json")
    return StorySettings(
        content_pos=frozenset(raw["content_pos"]),
        name_labels=frozenset(raw["name_labels"]),
        **{k: v for k, v in raw.items() if k not in {"content_pos", "name_labels", "comment"}},
    )


def _fold(name: str) -> str:
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", " ".join(name.split())))
    return name.lower().strip(" .,;:\"'")


def doc_features(article: Article, doc: Doc) -> StoryFeatures:
    """Content lemmas, entity names and mentioned years of one parsed article."""
    conf = settings()
    feats = StoryFeatures(article=article, day=article.published.date or article.published.earliest)
    for token in doc:
        if token.is_alpha and not token.is_stop and len(token) > 2 and token.pos_ in conf.content_pos:
            feats.words[token.lemma_.lower()] += 1
    for ent in doc.ents:
        if ent.label_ in conf.name_labels:
            folded = _fold(ent.text)
            if folded:
                feats.names[folded] += 1
        elif ent.label_ == "DATE":
            for year in _YEAR.findall(ent.text):
                feats.names[f"year:{year}"] += 1
    return feats


def add_analysis(feats: StoryFeatures, analysis: Analysis) -> StoryFeatures:
    """Resolved actors, places and event types of ``analysis`` added to ``feats``."""
    for mention in analysis.mentions:
        if mention.code:
            feats.actors.add(mention.code)
            if mention.kind == "place":
                feats.places.add(mention.code)
    for event in analysis.events:
        feats.event_types.add(event.plover)
        feats.actors.update(event.sources)
        feats.actors.update(event.targets)
        if event.location:
            feats.places.add(event.location)
    return feats


def story_features(
    items: Sequence[Analysis | Article], nlp: Language | None = None, batch_size: int = 64
) -> list[StoryFeatures]:
    """Features of every item, in order, from one batched spaCy pass over their texts."""
    nlp = nlp or load_nlp(exclude=("parser",))
    articles = [item.article if isinstance(item, Analysis) else item for item in items]
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    out = []
    for item, article, doc in zip(items, articles, docs, strict=True):
        feats = doc_features(article, doc)
        out.append(add_analysis(feats, item) if isinstance(item, Analysis) else feats)
    return out
