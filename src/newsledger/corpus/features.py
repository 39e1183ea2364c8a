"""What story clustering compares: content words, names, years, and (from an analysis)
actors, places, event types and the publication date.

Text features need no model: content words are the lower-cased words outside the stop
list, names are runs of capitalised words not at the start of a sentence, years are
four-digit numbers. On ECB+ this cheap reading clusters as well as a spaCy NER pass and
is two orders of magnitude faster, which matters for corpora of thousands of articles.
An :class:`~newsledger.records.Analysis` adds the resolved actors and events the pipeline
already found. Names are folded ("the U.N.'s" -> "u.n.") so that outlets' spelling habits
matter less than who and what they name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsledger.data import load_json
from newsledger.records import Analysis, Article

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.&-]*|\d+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
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
    """Clustering weights and thresholds, from the data file ``corpus/stories.json``."""

    word_weight: float
    name_weight: float
    actor_weight: float
    event_weight: float
    threshold: float
    duplicate_threshold: float
    max_days_apart: int
    far_apart_factor: float


@cache
def settings() -> StorySettings:
    raw = load_json("corpus/stories.json")
    return StorySettings(**{k: v for k, v in raw.items() if k != "comment"})


def fold_name(name: str) -> str:
    """A name as compared across outlets: no leading article or possessive, lower case."""
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", " ".join(name.split())))
    return name.lower().strip(" .,;:\"'")


def text_features(article: Article) -> StoryFeatures:
    """Content words, capitalised names and mentioned years of one article."""
    feats = StoryFeatures(article=article, day=article.published.date or article.published.earliest)
    for sentence in _SENTENCE_BREAK.split(article.text):
        tokens = _TOKEN.findall(sentence)
        run: list[str] = []
        # The first word of a sentence is capitalised whatever it is; it starts no name.
        for position, token in enumerate([*tokens, ""]):
            if position > 0 and token[:1].isupper() and token.lower() not in STOP_WORDS:
                run.append(token)
                continue
            if run:
                folded = fold_name(" ".join(run))
                if folded:
                    feats.names[folded] += 1
                run = []
        for token in tokens:
            low = token.lower()
            if low.isalpha() and len(low) > 2 and low not in STOP_WORDS:
                feats.words[low] += 1
    for year in _YEAR.findall(article.text):
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


def story_features(items: Sequence[Analysis | Article]) -> list[StoryFeatures]:
    """Features of every item, in order."""
    out = []
    for item in items:
        if isinstance(item, Analysis):
            out.append(add_analysis(text_features(item.article), item))
        else:
            out.append(text_features(item))
    return out
