"""Earnings-report conventions: reported quarters, "a year earlier", "the year ended"."""

from __future__ import annotations

from datetime import date

from newsledger.context import Context
from newsledger.extract.time import extract_times
from newsledger.extract.time_finance import in_reported_quarter
from newsledger.extract.time_values import dated
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Published


def _values(text: str, published: date) -> dict[str, tuple[str, str | None]]:
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    ctx = Context(Article(id="t", text=text, published=Published(date=published)), sentences)
    return {t.text: (t.type, t.value) for t in extract_times(doc, ctx)}


def test_relative_quarters_follow_the_reported_quarter() -> None:
    values = _values(
        "Sun posted a loss for its fiscal first quarter. Sales rose to $538.5 million from "
        "$388.5 million a year earlier. In the 1988 period, the company earned $20.6 million.",
        date(1989, 10, 26),
    )
    assert values["its fiscal first quarter"] == ("DATE", "1989-Q1")
    assert values["a year earlier"] == ("DATE", "1988-Q1")
    assert values["the 1988 period"] == ("DATE", "1988-Q1")


def test_year_ended_is_a_duration_and_year_ago_a_quarter() -> None:
    values = _values(
        "Revenue was $980 million in the year ended March 31. The year-ago results "
        "included a charge. Profit for the quarter rose.",
        date(1989, 10, 31),
    )
    assert values["the year"] == ("DURATION", "P1Y")
    assert values["year-ago"] == ("DATE", "1988-Q3")
    assert values["the quarter"] == ("DATE", "1989-Q3")


def test_in_reported_quarter_keeps_the_offset() -> None:
    moved = in_reported_quarter(dated("DATE", "1988-Q3"), date(1989, 10, 26), "1989-Q1")
    assert moved.value == "1988-Q1"
    assert in_reported_quarter(dated("DATE", "1989"), date(1989, 10, 26), "1989-Q1").value == "1989"


def test_year_end_spellings_and_the_last_half_of_a_year() -> None:
    values = _values(
        "Cuts will be done by year end, or by year's end at the latest, and show at year-end. "
        "Earnings will be lower in the last half of 1989.",
        date(1989, 10, 26),
    )
    assert values["year end"] == ("DATE", "1989")
    assert values["year's end"] == ("DATE", "1989")
    assert values["year-end"][1] == "1989-12-31"
    assert values["the last half of 1989"] == ("DATE", "1989-H2")
