"""Grammar filters: names, titles and ages that only look like times."""

from __future__ import annotations

from newsledger.extract.time_grammar import find_matches, rejected


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_matches(text)]


def test_names_titles_and_ages_are_not_times() -> None:
    text = (
        'Foreign Minister Jan Kavan joined the March for Life. Baker said on "This Week," '
        "that Kopp was in his 30s. The index closed at 2082.1 on Friday."
    )
    assert _spans(text) == ["Friday"]
    assert rejected(text, text.index("30s"), text.index("30s") + 3)


def test_spoken_years_deadlines_and_year_end() -> None:
    text = "In January nineteen ninety-seven, and the winter of nineteen ninety-four, by year-end."
    assert _spans(text) == [
        "January nineteen ninety-seven",
        "winter of nineteen ninety-four",
        "year-end",
    ]


def test_later_and_earlier_leave_durations() -> None:
    assert _spans("Three days later, and a year earlier.") == ["Three days", "a year earlier"]
