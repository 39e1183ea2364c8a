"""Calendar arithmetic for TIMEX3 values: which year, week or quarter a name points to.

Relative names are read from an ``anchor`` date (the document creation time) and the
``tense`` they are told in: "March" told in the past is the last March, "Friday" told in
the future the next Friday.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from newsledger.extract.time_grammar import lexicon
from newsledger.extract.time_values import Tense

MONTHS_AHEAD = 4  # how far ahead a month named without a year or tense may lie


def month_number(text: str) -> int:
    months: dict[str, int] = lexicon()["months"]
    return months[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def year_for(month: int, day: int | None, anchor: date, tense: Tense) -> int:
    """The year of a month (and day) named without one, read from the anchor and tense."""
    target = (month, day or 1)
    now = (anchor.month, anchor.day if day else 1)
    if tense == "future" and target < now:
        return anchor.year + 1
    # A date a month or two ahead told in the past is mostly a deadline ("set Nov. 10 as
    # the deadline"), not the same day of last year.
    if tense == "past" and target > now and month - anchor.month > 2:
        return anchor.year - 1
    if tense in (None, "present", "near"):
        # No tense to go by: the reading in the twelve months around the anchor, which
        # reach further back than ahead because news mostly tells what has happened.
        if month - anchor.month > MONTHS_AHEAD:
            return anchor.year - 1
        if anchor.month - month > 11 - MONTHS_AHEAD:
            return anchor.year + 1
    return anchor.year


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def weekday_date(weekday: int, anchor: date, rel: str, tense: Tense) -> date:
    delta = weekday - anchor.isoweekday()
    if rel in ("next", "the following", "this coming"):
        return anchor + timedelta(delta % 7 or 7)
    if rel in ("last", "the previous", "this past"):
        return anchor - timedelta(-delta % 7 or 7)
    if rel == "this" or tense == "future":
        return anchor + timedelta(delta % 7)
    if tense in ("near", "present") and delta % 7 < -delta % 7:
        return anchor + timedelta(delta % 7)
    return anchor - timedelta(-delta % 7)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(anchor: date) -> tuple[int, int]:
    return anchor.year, (anchor.month - 1) // 3 + 1


def shift_quarter(year: int, q: int, by: int) -> str:
    index = year * 4 + q - 1 + by
    return f"{index // 4}-Q{index % 4 + 1}"


def holiday_date(name: str, year: int) -> date:
    first = date(year, 11, 1)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        return first + timedelta((3 - first.weekday()) % 7 + 21)
    if name == "election day":  # the Tuesday after the first Monday of November
        return first + timedelta((0 - first.weekday()) % 7 + 1)
    month_day: str = lexicon()["holidays"][name]
    return date(year, int(month_day[:2]), int(month_day[3:]))


def pod_code(text: str) -> str:
    codes: dict[str, str] = lexicon()["parts_of_day"]
    return codes[re.sub(r"^mid[- ]?", "", text.lower())]


def calendar_date(
    month: int, day: int, year: int | None, anchor: date | None, tense: Tense
) -> str | None:
    """ISO date of a month and day, the year read from the anchor when not given.

    None when the day does not exist in that month; "XXXX-MM-DD" without year or anchor.
    """
    if year is None and anchor is not None:
        year = year_for(month, day, anchor, tense)
    if day > calendar.monthrange(year or 2000, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
