"""Expressions read from the last date mentioned: "that year", "the following month"."""

from __future__ import annotations

from datetime import date

from newsledger.context import Context
from newsledger.extract.time import extract_times
from newsledger.extract.time_grammar import Match
from newsledger.extract.time_narrative import is_narrative, narrative_value
from newsledger.extract.time_values import Value
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Published


def _values(text: str, published: date) -> dict[str, str | None]:
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    ctx = Context(Article(id="t", text=text, published=Published(date=published)), sentences)
    return {t.text: t.value for t in extract_times(doc, ctx)}


def test_story_time_anchors_relative_expressions() -> None:
    values = _values(
        "He fled to Florida in June 1998 and returned later that year. On May 22, 1995, "
        "he was promoted, and the following year he moved. Kopp was seen in October 1998. "
        "His name was removed that same day. Slepian was shot on Oct. 23, 1998. He died "
        "at 10 p.m. at a hospital. Prices rose last month.",
        date(2000, 1, 28),
    )
    assert values["later that year"] == "1998"
    assert values["the following year"] == "1996"
    assert values["that same day"] == "1998-10-XX"
    assert values["10 p.m."] == "1998-10-23T22:00"
    assert values["last month"] == "1999-12"  # deictic: read from publication


def test_narrative_value_steps_and_falls_back() -> None:
    previous = Match("weekday", 0, 19, {"rel": "the previous", "wd": "Friday"})
    assert is_narrative(previous)
    assert narrative_value(previous, Value("DATE", None), "1989-10-27").value == "1989-10-20"
    following = Match("rel_unit", 0, 19, {"rel": "The following ", "unit": "month"})
    assert narrative_value(following, Value("DATE", None), "1989-03").value == "1989-04"
    deictic = Value("DATE", "1989-11")
    assert narrative_value(following, deictic, None) == deictic
    assert not is_narrative(Match("rel_unit", 0, 10, {"rel": "last ", "unit": "month"}))


def test_the_next_morning_is_the_day_after_the_last_mention() -> None:
    text = "He was released on Feb. 22. He appeared in court the next morning."
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    article = Article(id="t", text=text, published=Published(date=date(2000, 2, 24)))
    values = {t.text: t.value for t in extract_times(doc, Context(article, sentences))}
    assert values["the next morning"] == "2000-02-23"
