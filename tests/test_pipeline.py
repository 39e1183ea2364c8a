"""analyze_many: spaCy memory zones free each zone's new words and change no result."""

from __future__ import annotations

import pytest

from newsledger import pipeline
from newsledger.ingest.text import article_from_text
from newsledger.nlp.model import load_nlp
from newsledger.serialize import analysis_to_json

TEXTS = [
    "Germany agreed to deliver two Patriot systems to Ukraine, Boris Pistorius said.",
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "China and India held talks in Beijing about the disputed border.",
    "Officials in Zqvorbistan said Patriot batteries reached Kyiv, Reuters reported.",
    "The United Nations condemned the attack on the convoy near Kramatorsk.",
]


def test_zones_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [article_from_text(text) for text in TEXTS]
    whole = [analysis_to_json(a) for a in pipeline.analyze_many(articles)]
    # Zones of two articles: names and equipment are still found in the later zones,
    # whose matchers were compiled inside the first one.
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 2)
    zoned = [analysis_to_json(a) for a in pipeline.analyze_many(articles)]
    assert zoned == whole
    assert any(m["name"] == "Boris Pistorius" for m in zoned[0]["mentions"])
    assert any(m.get("equipment") or m["kind"] == "equipment" for m in zoned[3]["mentions"])


def test_a_zone_frees_the_new_words_of_its_texts() -> None:
    strings = load_nlp().vocab.strings
    word = "Xylquorvania"
    assert word not in strings
    [analysis] = pipeline.analyze_many([article_from_text(f"{word} said the talks failed.")])
    assert word in analysis.article.text
    assert word not in strings


def test_analysing_again_while_iterating_does_not_nest_zones() -> None:
    articles = [article_from_text(text) for text in TEXTS[:3]]
    inner = []
    for analysis in pipeline.analyze_many(articles):
        inner.append(pipeline.analyze(analysis.article))
    assert [analysis_to_json(a) for a in inner] == [
        analysis_to_json(a) for a in pipeline.analyze_many(articles)
    ]
