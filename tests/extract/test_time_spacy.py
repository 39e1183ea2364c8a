"""dateparser readings of spaCy entities: a time only when the text reads a clock."""

from __future__ import annotations

from datetime import date

from newsledger.extract.time_spacy import _value


def test_only_clock_readings_are_times_and_never_dated_from_today() -> None:
    anchor = date(1998, 2, 13)
    # An idiom and a duration would be read as "that many hours before now".
    assert _value("the 11th hour", anchor) is None
    assert _value("11 hours", None) is None
    assert _value("10 p.m.", anchor) == ("TIME", "1998-02-12T22:00")
    # Without a publication date the day is unknown, not today's.
    assert _value("10:30", None) == ("TIME", "XXXX-XX-XXT10:30")
