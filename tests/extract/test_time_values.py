"""Numbers, durations and intervals of TIMEX3 values, and the grammar's spans."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.extract.time_grammar import find_matches
from newsledger.extract.time_rules import normalise
from newsledger.extract.time_values import Value, duration_value, interval, number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two", 2),
        ("twenty-four", 24),
        ("5 1/2", 5.5),
        ("a couple of", 2),
        ("a hundred", 100),
        ("several", None),
        ("1,000", 1000),
        ("a five", 5),
    ],
)
def test_number(text: str, expected: float | None) -> None:
    assert number(text) == expected


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        (2, "days", "P2D"),
        (None, "weeks", "PXW"),
        (1, "hour", "PT1H"),
        (5.5, "hours", "PT5H30M"),
        (3, "minutes", "PT3M"),
        (2, "months", "P2M"),
        (2, "decades", "P20Y"),
        (1, "quarter", "P1Q"),
    ],
)
def test_duration_value(n: float | None, unit: str, expected: str) -> None:
    assert duration_value(n, unit) == expected


def test_interval() -> None:
    assert interval("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert interval("2024-W03") == (date(2024, 1, 15), date(2024, 1, 21))
    assert interval("1998-Q1") == (date(1998, 1, 1), date(1998, 3, 31))
    assert interval("2024-03-05T10:00") == (date(2024, 3, 5), date(2024, 3, 5))
    assert interval("PRESENT_REF") == (None, None)


def test_longest_match_and_edges() -> None:
    text = "It happened in early March 2023, days or even weeks before the end of 1990."
    spans = [text[m.start : m.end] for m in find_matches(text)]
    assert spans == ["early March 2023", "days", "weeks", "the end of 1990"]


def test_ages_and_fractions_are_not_durations() -> None:
    text = "A 6-year-old boy and three-quarters of the vote."
    assert find_matches(text) == []


def test_and_a_half_adds_half_a_unit() -> None:
    match = find_matches("But a minute and a half later, a pilot called.")[0]
    assert normalise(match, None) == Value("DURATION", "PT1M30S")
