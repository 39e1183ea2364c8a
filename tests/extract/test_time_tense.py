"""The tense a time expression is told in, from the parse and cue words."""

from __future__ import annotations

import pytest

from newsledger.extract.time_tense import expression_tense
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences


def _tense(text: str, expression: str) -> str | None:
    doc = parse_article(text, split_sentences(text, has_headline=False))
    start = text.index(expression)
    span = doc.char_span(start, start + len(expression))
    assert span is not None
    return expression_tense(span)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The minister arrived on Friday.", "Friday", "past"),
        ("The envoy will visit Kyiv on Monday.", "Monday", "future"),
        ("The deal is scheduled to close Monday.", "Monday", "future"),
        ("The offer had been due to expire Friday.", "Friday", "past"),
        ("The team planned to leave Nairobi on Thursday.", "Thursday", "near"),
        ("The group could arrive as soon as Tuesday.", "Tuesday", "future"),
        ("The dividend is payable Dec. 7 to holders.", "Dec. 7", "future"),
        ("Relatives will fight Wednesday's ruling.", "Wednesday", "past"),
        ("Shares have risen 5% since January.", "January", "past"),
        ("He would travel Thursday.", "Thursday", "near"),
    ],
)
def test_expression_tense(text: str, expression: str, expected: str) -> None:
    assert _tense(text, expression) == expected
