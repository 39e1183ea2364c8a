"""Calendar arithmetic: the year of a month, the date of a weekday or holiday."""

from __future__ import annotations

from datetime import date

from newsledger.extract.time_calendar import (
    calendar_date,
    holiday_date,
    iso_week,
    shift_quarter,
    weekday_date,
    year_for,
)

OCT_27_1989 = date(1989, 10, 27)  # a Friday


def test_year_for_past_future_and_untensed() -> None:
    assert year_for(3, None, OCT_27_1989, "past") == 1989
    assert year_for(12, 7, OCT_27_1989, "past") == 1989  # a deadline a few weeks ahead
    assert year_for(6, 1, OCT_27_1989, "past") == 1989
    assert year_for(2, 1, OCT_27_1989, "future") == 1990
    assert year_for(3, None, OCT_27_1989, None) == 1989  # seven months back
    assert year_for(1, None, OCT_27_1989, None) == 1990  # three months ahead
    assert year_for(4, None, date(1989, 12, 1), None) == 1990
    assert year_for(5, None, date(1989, 1, 15), None) == 1989
    assert year_for(6, None, date(1989, 1, 15), None) == 1988


def test_weekday_date_by_tense_and_relation() -> None:
    assert weekday_date(5, OCT_27_1989, "", "past") == OCT_27_1989
    assert weekday_date(2, OCT_27_1989, "", "past") == date(1989, 10, 24)
    assert weekday_date(2, OCT_27_1989, "", "future") == date(1989, 10, 31)
    assert weekday_date(1, OCT_27_1989, "", "near") == date(1989, 10, 30)
    assert weekday_date(3, OCT_27_1989, "", "near") == date(1989, 10, 25)
    assert weekday_date(5, OCT_27_1989, "last", None) == date(1989, 10, 20)
    assert weekday_date(5, OCT_27_1989, "next", None) == date(1989, 11, 3)


def test_holidays_weeks_quarters_and_dates() -> None:
    assert holiday_date("thanksgiving", 1999) == date(1999, 11, 25)
    assert holiday_date("election day", 1998) == date(1998, 11, 3)
    assert holiday_date("christmas", 1998) == date(1998, 12, 25)
    assert iso_week(date(2000, 1, 7)) == "2000-W01"
    assert shift_quarter(1989, 1, -1) == "1988-Q4"
    assert calendar_date(2, 30, 1999, None, None) is None
    assert calendar_date(1, 20, None, None, None) == "XXXX-01-20"
