"""``analyze`` on hostile text: never a crash, offsets always inside the text.

Sizes are small on purpose (the real spaCy pipeline runs per example); the long-input guard
is tested on the refusal path, which returns before any parsing.
"""

from __future__ import annotations

import pytest
from fuzz_payloads import FUZZ_SLOW, SENTENCE, some_text
from hypothesis import given

from newsledger.errors import InputError
from newsledger.ingest.text import article_from_text
from newsledger.nlp.model import load_nlp
from newsledger.pipeline import analyze, analyze_many
from newsledger.records import Analysis, Article


def _check(analysis: Analysis) -> None:
    size = len(analysis.article.text)
    for group in (analysis.sentences, analysis.mentions, analysis.times, analysis.claims):
        for record in group:
            assert 0 <= record.start <= record.end <= size, record
    for event in analysis.events:
        assert 0 <= event.start <= event.end <= size, event


def _analyze_text(text: str) -> None:
    try:
        article = article_from_text(text, name="fuzz")
    except InputError:
        return
    _check(analyze(article))


@FUZZ_SLOW
@given(some_text)
def test_any_text_is_analysed_with_offsets_inside_it(text: str) -> None:
    _analyze_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "\u202e\u200b\ufeff Kyiv said \u0000 the talks\x01failed.",
        "🇺🇦🇷🇺 " * 200,
        "U.S. U.S. U.S.\n\nU.S.",
        "“" * 300 + SENTENCE,
        '"' * 301 + SENTENCE,
        "(" * 500 + SENTENCE + ")" * 500,
        "1 2 3 4 5 6 7 8 9 10 " * 100,
        "On 1 May 2024, 32 June 2023, 0/0/0000 and 99999 BC " * 20,
        "\n\n".join(["HEADLINE IN CAPS"] * 50),
        "ا" * 500 + " قال المتحدث",
        "a" * 5000,
        SENTENCE.replace(" ", "\t") * 30,
        (SENTENCE + " ") * 200,
    ],
    ids=[
        "controls",
        "flags",
        "abbrev",
        "curly-quotes",
        "odd-quotes",
        "brackets",
        "numbers",
        "bad-dates",
        "headlines",
        "rtl",
        "one-word",
        "tabs",
        "repeated",
    ],
)
def test_hostile_texts_are_analysed(text: str) -> None:
    _analyze_text(text)


def test_an_empty_article_gives_an_empty_analysis() -> None:
    analysis = analyze(Article(id="empty", text=""))
    assert analysis.events == [] and analysis.sentences == []


def test_text_over_the_parser_limit_is_an_input_error_naming_the_article() -> None:
    limit = load_nlp().max_length
    article = Article(id="too-long", text="a " * (limit // 2 + 1))
    with pytest.raises(InputError, match="^too-long: .* over the parser's limit"):
        list(analyze_many([article]))
