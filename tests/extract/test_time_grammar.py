"""Grammar filters: names, titles and ages that only look like times."""

from __future__ import annotations

from newsledger.extract.time_grammar import _BARRIER, _anchored, _grammar, find_matches, rejected


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


def test_anchored_search_finds_what_a_full_pass_finds() -> None:
    # Every rule searched only around its anchors must match as a pass over the whole
    # text would: across barriers, line breaks, long modifier chains, odd case.
    texts = [
        'He left\n\nsix years ago."Two weeks" and (three-month) hence; 2005-01-02, 1/2/05.',
        "In the 1990s and '80s, about two years ago, at 10 p.m. EST Friday; MONDAY morning.",
        "For more than about nearly twenty-one years and a half, the fiscal year 1989 quarter.",
        "Every other Tuesday, twice a week, daily since Christmas Day 1998 and right now.",
        "The \u017fecond week of \u0130stanbul talks ran last week, in the summer of 1995.",
    ]
    rules, _ = _grammar()
    for text in texts:
        barriers = [m.start() for m in _BARRIER.finditer(text)]
        for lowered in (text.lower() if len(text.lower()) == len(text) else None, None):
            for rule in rules:
                full = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
                found = [
                    (m.span(), m.groupdict()) for m in _anchored(rule, text, lowered, barriers)
                ]
                assert found == full, (rule.name, text)


def test_time_zone_is_upper_case() -> None:
    # "ten" after "6 a.m." is a number, not a zone: "ten days" stays a duration.
    text = "His car was seen at 6 a.m. ten days before, at 9 p.m. EST Friday."
    assert _spans(text) == ["6 a.m.", "ten days", "9 p.m. EST Friday"]
