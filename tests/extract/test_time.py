"""extract_times and infer_published on real spaCy docs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.context import Context
from newsledger.extract.time import extract_times, infer_published
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Published, TimeExpr

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"


def _analyse(text: str, published: date | None = None) -> tuple[list[TimeExpr], Published]:
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    ctx = Context(Article(id="t", text=text, published=Published(date=published)), sentences)
    times = extract_times(doc, ctx)
    return times, infer_published(doc, ctx, times)


def _values(text: str, published: date | None = None) -> dict[str, str | None]:
    return {t.text: t.value for t in _analyse(text, published)[0]}


@pytest.mark.skipif(not SEED.exists(), reason="shared examples not present")
def test_seed_article_times_and_inferred_publication() -> None:
    text = SEED.read_text(encoding="utf-8")
    times, published = _analyse(text)
    values = [(t.text, t.type, t.value) for t in times]
    assert ("2024", "DATE", "2024") in values
    assert ("January 20, 2025", "DATE", "2025-01-20") in values
    assert ("days", "DURATION", "PXD") in values
    assert ("weeks", "DURATION", "PXW") in values
    assert ("months", "DURATION", "PXM") in values
    for t in times:
        assert text[t.start : t.end] == t.text
    swearing_in = next(t for t in times if t.value == "2025-01-20")
    assert swearing_in.begin == swearing_in.finish == date(2025, 1, 20)
    assert published == Published(date=None, earliest=date(2025, 1, 20), latest=None, inferred=True)


def test_relative_expressions_are_anchored_to_publication() -> None:
    values = _values(
        "The minister arrived yesterday. Talks began last week. "
        "The treaty was signed two years ago. Troops withdrew on Wednesday.",
        published=date(2024, 3, 15),  # a Friday
    )
    assert values["yesterday"] == "2024-03-14"
    assert values["last week"] == "2024-W10"
    assert values["two years ago"] == "2022"
    assert values["Wednesday"] == "2024-03-13"


def test_future_tense_points_forward() -> None:
    values = _values("The envoy will visit Kyiv on Monday.", published=date(2024, 3, 15))
    assert values["Monday"] == "2024-03-18"


def test_without_publication_date_values_stay_underspecified() -> None:
    values = _values("The summit opened on January 20 and ended yesterday.")
    assert values["January 20"] == "XXXX-01-20"
    assert values["yesterday"] is None


def test_durations_sets_and_references() -> None:
    times = _analyse(
        "Officials meet every week. The ceasefire held for nearly two years. "
        "Fighting continues now.",
        published=date(2024, 3, 15),
    )[0]
    found = {t.text: (t.type, t.value) for t in times}
    assert found["every week"] == ("SET", "P1W")
    assert found["nearly two years"] == ("DURATION", "P2Y")
    assert found["now"] == ("DATE", "PRESENT_REF")


def test_modal_may_is_not_a_month() -> None:
    assert "May" not in _values("May the talks succeed. Officials may meet again.")


def test_known_publication_date_is_kept() -> None:
    _, published = _analyse("He was elected in 2020.", published=date(2024, 5, 1))
    assert published == Published(date=date(2024, 5, 1))


def test_future_dates_do_not_bound_publication() -> None:
    _, published = _analyse("The vote will take place on March 3, 2030.")
    assert published.earliest is None and not published.inferred


def test_year_told_in_past_bounds_publication_from_january() -> None:
    _, published = _analyse("Russia annexed Crimea in 2014.")
    assert published.earliest == date(2014, 1, 1) and published.inferred


def test_week_of_a_date_and_this_past_or_coming_season() -> None:
    text = (
        "The hearing is set for the week of March 6, 1990. Costs rose this past spring and "
        "will fall this coming winter. Orders were low in the early summer."
    )
    assert _values(text, date(1989, 10, 30)) == {
        "the week of March 6, 1990": "1990-W10",
        "this past spring": "1989-SP",  # the spring just gone, not the year before's
        "this coming winter": "1989-WI",
        "the early summer": "1989-SU",
    }
    assert _values("Costs will rise this coming spring.", date(1990, 2, 10)) == {
        "this coming spring": "1990-SP"
    }


def test_a_year_after_an_amount_is_a_rate() -> None:
    times, _ = _analyse(
        "The plan would save $500 million a year and add four flights a week. "
        "He lived there for a year.",
        date(1989, 10, 30),
    )
    assert [(t.text, t.type, t.value) for t in times] == [
        ("a year", "SET", "P1Y"),
        ("a week", "SET", "P1W"),
        ("a year", "DURATION", "P1Y"),
    ]
