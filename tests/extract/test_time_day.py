"""Values of days and hours: weekdays, holidays, parts of the day, clock times."""

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


def test_weekdays_follow_cues_and_tense() -> None:
    values = _values(
        "The team planned to leave Nairobi on Thursday. The deal is scheduled to close "
        "Monday. Protesters rallied Tuesday.",
        date(1998, 9, 30),  # a Wednesday
    )
    assert values["Thursday"] == ("DATE", "1998-10-01")
    assert values["Monday"] == ("DATE", "1998-10-05")
    assert values["Tuesday"] == ("DATE", "1998-09-29")


def test_holidays_and_parts_of_day() -> None:
    values = _values(
        "The boy was found last Thanksgiving. By mid-afternoon the crowd had left. "
        "Officials met at 10 a.m. Tuesday.",
        date(2000, 1, 7),
    )
    assert values["last Thanksgiving"] == ("DATE", "1999-11-25")
    assert values["mid-afternoon"] == ("TIME", "2000-01-07TAF")
    assert values["10 a.m. Tuesday"] == ("TIME", "2000-01-04T10:00")


def test_election_day_ahead() -> None:
    values = _values("Voters will go to the polls on Election Day.", date(1998, 10, 26))
    assert values["Election Day"] == ("DATE", "1998-11-03")


def test_planned_things_and_postponements_lie_ahead() -> None:
    values = _values(
        "Exiles planned a large demonstration on Saturday. Officials postponed until "
        "Tuesday any action on the case.",
        date(2000, 1, 7),  # a Friday
    )
    assert values["Saturday"] == ("DATE", "2000-01-08")
    assert values["Tuesday"] == ("DATE", "2000-01-11")


def test_last_month_name_of_the_previous_month_is_a_year_back() -> None:
    values = _values("Two helicopters crashed last February and last May.", date(1998, 3, 1))
    assert values["last February"] == ("DATE", "1997-02")
    assert values["last May"] == ("DATE", "1997-05")
