"""TIMEX3 values of grammar matches, anchored to a reference date.

Each rule of ``data/time/grammar.json`` has a normaliser: dates, durations and sets here,
days and hours in ``time_day``, financial quarters in ``time_finance``. Relative expressions are
resolved against ``anchor`` (the document creation time); without one their value stays
underspecified ("XXXX-01-20") or None, never guessed from today. ``tense`` ("past",
"future", "present" or None) picks the direction for "Friday" or "March".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from newsledger.extract.time_calendar import (
    add_months,
    calendar_date,
    day_number,
    iso_week,
    month_number,
    quarter_of,
    shift_quarter,
    year_for,
)
from newsledger.extract.time_day import DAY_NORMALISERS
from newsledger.extract.time_finance import FINANCE_NORMALISERS
from newsledger.extract.time_grammar import Match, lexicon
from newsledger.extract.time_values import (
    Normaliser,
    Tense,
    Value,
    dated,
    duration_value,
    number,
    words_of,
)

_BACK = {"last", "past", "previous", "year-earlier", "year-ago", "year-before"}
_FORWARD = {"next", "coming", "following"}
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _date_full(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    rel = g.get("rel", "").lower()
    tense = "past" if rel in ("last", "this past") else "future" if rel else tense
    year = int(g["year"]) if "year" in g else None
    value = calendar_date(month_number(g["month"]), day_number(g["day"]), year, anchor, tense)
    if value and "weekof" in g:
        # "the week of March 6" is the (ISO) week that holds the day.
        if value.startswith("X"):
            return Value("DATE", None)
        return dated("DATE", iso_week(date.fromisoformat(value)))
    return dated("DATE", value) if value else None


def _date_numeric(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    if "iso" in g:
        return dated("DATE", g["iso"])
    month, day, year = (int(p) for p in g["us"].split("/"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return dated("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _month_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    month = month_number(g["month"])
    rel = g.get("rel", "").lower()
    if rel in ("each", "every"):
        return Value("SET", f"XXXX-{month:02d}")
    named = _year_of(g)
    if named:
        return dated("DATE", f"{named:04d}-{month:02d}")
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}")
    relyear = g.get("relyear", "").lower()
    if relyear:
        year = anchor.year + {"this year": 0, "last year": -1, "next year": 1}[relyear]
    elif rel in ("last", "this past"):
        back = (anchor.month - month) % 12 or 12
        if back == 1 and rel == "last":
            back = 13  # "last February" said in March is a year before: that month is "last month"
        year = (anchor.year * 12 + anchor.month - 1 - back) // 12
    elif rel in ("next", "this coming"):
        year = anchor.year + (month <= anchor.month)
    elif rel == "this":
        year = anchor.year
    else:
        year = year_for(month, None, anchor, tense)
    return dated("DATE", f"{year:04d}-{month:02d}")


def _year_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return dated("DATE", g["year"])


def _spoken_number(text: str) -> int | None:
    # "nineteen ninety-four" -> 1994, "two thousand and one" -> 2001
    words = words_of(text)
    if words[:2] == ["two", "thousand"]:
        n = number(" ".join(words))
    else:
        rest = number(" ".join(w for w in words[1:] if w != "hundred"))
        n = 1900 + rest if rest is not None else None
    return int(n) if n else None


def _year_of(g: dict[str, str]) -> int | None:
    """The year a match names, in digits or spoken."""
    if "year" in g:
        return int(g["year"])
    return _spoken_number(g["spoken"]) if "spoken" in g else None


def _spoken_year(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    year = _year_of(g)
    return dated("DATE", str(year)) if year else None


def _decade(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    if "decword" in g:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6}
        tens |= {"seventies": 7, "eighties": 8, "nineties": 9}
        return dated("DATE", f"19{tens[g['decword'].lower()]}")
    digits = re.sub(r"\D", "", g["decade"])
    if len(digits) == 2:
        century = "20" if digits == "00" or (anchor and int(digits) + 2000 <= anchor.year) else "19"
        return dated("DATE", f"{century}{digits[0]}")
    return dated("DATE", digits[:3])


def _century(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DATE", f"{int(g['cent']) - 1:02d}")


def _rel_unit(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    rel = set(g["rel"].lower().split())
    unit = g["unit"].lower()
    if rel & {"that", "same"} or anchor is None or unit in _PARTS_OF_DAY:
        return Value("DATE", None)  # read from the last mention (time_narrative)
    step = -1 if rel & _BACK else 1 if rel & _FORWARD else 0
    tail = g.get("tail", "").lower()
    year_back = 1 if ("year-earlier" in rel or "year-ago" in rel or "a year" in tail) else 0
    if tail == "last year":
        year_back = 1
    if "uyear" in g:
        return dated("DATE", g["uyear"])
    seasons: dict[str, str] = lexicon()["seasons"]
    if unit in seasons:
        code = seasons[unit]
        if "this" in rel and rel & {"past", "coming"}:
            # "this past spring" is the latest spring, "this coming winter" the next one;
            # "last spring" (the year before's) and "next spring" stay a year away.
            step = 1 if "coming" in rel and _SEASON_START[code] <= anchor.month else 0
            tense = "past" if "past" in rel else "future"
        year = anchor.year + step
        if step == 0 and tense == "past" and _SEASON_START[code] > anchor.month:
            year -= 1
        return Value("DATE", f"{year:04d}-{code}")
    if unit in ("year", "fiscal year"):
        return dated("DATE", str(anchor.year + step - year_back))
    if unit == "month":
        return dated("DATE", add_months(anchor, step - 12 * year_back).strftime("%Y-%m"))
    if unit == "weekend" and step == 0 and tense == "past" and anchor.isoweekday() < 6:
        step = -1
    if unit in ("week", "weekend"):
        week = iso_week(anchor + timedelta(7 * step - 364 * year_back))
        return dated("DATE", week + ("-WE" if unit == "weekend" else ""))
    if unit == "day":
        return dated("DATE", (anchor + timedelta(step)).isoformat())
    if unit in ("quarter", "period"):
        year, q = quarter_of(anchor)
        latest = rel & {"latest", "year-earlier", "year-ago", "comparable", "corresponding"}
        if step == 0 and (latest or rel == {"the"} or unit == "period"):
            step = -1
        return dated("DATE", shift_quarter(year - year_back, q, step))
    if unit == "decade":
        return dated("DATE", str(anchor.year // 10 + step))
    if unit == "century":
        return Value("DATE", f"{anchor.year // 100 + step:02d}")
    return None


def _season(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    year = _year_of(g)
    return Value("DATE", f"{year}-{lexicon()['seasons'][g['season'].lower()]}" if year else None)


def _offset(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    n = number(g["num"]) if "num" in g else None
    sign = -1 if g["dir"].lower() in ("ago", "earlier") else 1
    if n is None or n != int(n):
        return Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if anchor is None:
        return Value("DATE", None)
    k = sign * int(n)
    unit = re.sub(r"s$", "", g["unit"].lower())
    if unit in ("year", "decade", "century", "centurie"):
        years = k * {"year": 1, "decade": 10}.get(unit, 100)
        return dated("DATE", str(anchor.year + years))
    if unit in ("month", "quarter"):
        return dated(
            "DATE", add_months(anchor, k * (3 if unit == "quarter" else 1)).strftime("%Y-%m")
        )
    if unit in ("week", "weekend", "fortnight"):
        return dated("DATE", iso_week(anchor + timedelta(7 * k)))
    if unit in ("hour", "minute", "second"):
        return dated("TIME", anchor.isoformat())
    return dated("DATE", (anchor + timedelta(k)).isoformat())


def _duration(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    n = number(g["num"]) if "num" in g else None
    if "num" in g and g["num"].lower() in lexicon()["vague_numbers"]:
        n = None
    if n is not None and "half" in g and "num2" not in g:
        n += 0.5  # "a minute and a half" -> PT1M30S
    return Value("DURATION", duration_value(n, g["unit"]))


def _duration_vague(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DURATION", duration_value(None, g["unit"]))


def _set_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    unit = g["unit"]
    weekdays: dict[str, int] = lexicon()["weekdays"]
    if unit.lower() in weekdays:
        return Value("SET", f"XXXX-WXX-{weekdays[unit.lower()]}")
    if unit.lower().rstrip(".") in lexicon()["months"]:
        return Value("SET", f"XXXX-{month_number(unit):02d}")
    n = number(g["num"]) if "num" in g else 1.0
    return Value("SET", duration_value(n, unit))


def _set_word(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("SET", lexicon()["sets"][g["setword"].lower()])


def _reference(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DATE", lexicon()["references"][g["ref"].lower()])


_NORMALISERS: dict[str, Normaliser] = {
    "date_full": _date_full,
    "date_dmy": _date_full,
    "date_numeric": _date_numeric,
    "month": _month_rule,
    "year": _year_rule,
    "spoken_year": _spoken_year,
    "decade": _decade,
    "century": _century,
    "rel_unit": _rel_unit,
    "season": _season,
    "offset": _offset,
    "duration": _duration,
    "duration_vague": _duration_vague,
    "set": _set_rule,
    "set_word": _set_word,
    "reference": _reference,
    **FINANCE_NORMALISERS,
    **DAY_NORMALISERS,
}


def normalise(match: Match, anchor: date | None, tense: Tense = None) -> Value | None:
    """Type, TIMEX3 value and bounds of ``match``; None when the match is not a time."""
    return _NORMALISERS[match.rule](match.groups, anchor, tense)
