"""Coordinated time expressions: a shared part of day, a bare second day."""

from __future__ import annotations

from datetime import date

from newsledger.context import Context
from newsledger.extract.time import extract_times
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Published


def _values(text: str, published: date) -> dict[str, tuple[str, str | None]]:
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    ctx = Context(Article(id="t", text=text, published=Published(date=published)), sentences)
    return {t.text: (t.type, t.value) for t in extract_times(doc, ctx)}


def test_weekday_joined_to_a_weekly_set_shares_its_part_of_day() -> None:
    values = _values(
        "Two new flights will leave Bombay on Monday and Tuesday nights.", date(1998, 2, 13)
    )
    assert values["Monday"] == ("SET", "XXXX-WXX-1TNI")
    assert values["Tuesday nights"] == ("SET", "XXXX-WXX-2TNI")


def test_bare_second_day_after_a_full_date() -> None:
    values = _values("The summit will be held on April 24 and 25.", date(1999, 2, 10))
    assert values["April 24"] == ("DATE", "1999-04-24")
    assert values["25"] == ("DATE", "1999-04-25")


def test_numbers_after_a_date_that_are_not_days_stay_out() -> None:
    values = _values("On April 24 and 25 percent of the vote went to him.", date(1999, 2, 10))
    assert "25" not in values
    values = _values("By May 3 and 40 soldiers had left.", date(1999, 2, 10))
    assert "40" not in values
