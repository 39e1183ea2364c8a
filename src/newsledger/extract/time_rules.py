"""TIMEX3 values of grammar matches, anchored to a reference date.

Each rule of ``data/time/grammar.json`` has a normaliser here. Relative expressions are
resolved against ``anchor`` (the document creation time); without one their value stays
underspecified ("XXXX-01-20") or None, never guessed from today. ``tense`` ("past",
"future", "present" or None) picks the direction for "Friday" or "March".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from newsledger.extract.time_grammar import Match, lexicon
from newsledger.extract.time_values import (
    Tense,
    Value,
    dated,
    duration_value,
    number,
    words_of,
)

_BACK = {"last", "past", "previous", "year-earlier", "year-ago", "year-before"}
_FORWARD = {"next", "coming", "following"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_MONTHS_AHEAD = 4  # how far ahead a month named without a year or tense may lie


def _month(text: str) -> int:
    months: dict[str, int] = lexicon()["months"]
    return months[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _year_for(month: int, day: int | None, anchor: date, tense: Tense) -> int:
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
        if month - anchor.month > _MONTHS_AHEAD:
            return anchor.year - 1
        if anchor.month - month > 11 - _MONTHS_AHEAD:
            return anchor.year + 1
    return anchor.year


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _weekday_date(weekday: int, anchor: date, rel: str, tense: Tense) -> date:
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


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(anchor: date) -> tuple[int, int]:
    return anchor.year, (anchor.month - 1) // 3 + 1


def _shift_quarter(year: int, q: int, by: int) -> str:
    index = year * 4 + q - 1 + by
    return f"{index // 4}-Q{index % 4 + 1}"


def _date_full(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    month, day = _month(g["month"]), _day(g["day"])
    year = int(g["year"]) if "year" in g else None
    if year is None and anchor is not None:
        year = _year_for(month, day, anchor, tense)
    if day > calendar.monthrange(year or 2000, month)[1]:
        return None
    prefix = f"{year:04d}" if year else "XXXX"
    return dated("DATE", f"{prefix}-{month:02d}-{day:02d}")


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
    month = _month(g["month"])
    rel = g.get("rel", "").lower()
    if rel in ("each", "every"):
        return Value("SET", f"XXXX-{month:02d}")
    if "year" in g:
        return dated("DATE", f"{g['year']}-{month:02d}")
    if anchor is None:
        return Value("DATE", f"XXXX-{month:02d}")
    relyear = g.get("relyear", "").lower()
    if relyear:
        year = anchor.year + {"this year": 0, "last year": -1, "next year": 1}[relyear]
    elif rel in ("last", "this past"):
        year = anchor.year - (month >= anchor.month)
    elif rel in ("next", "this coming"):
        year = anchor.year + (month <= anchor.month)
    elif rel == "this":
        year = anchor.year
    else:
        year = _year_for(month, None, anchor, tense)
    return dated("DATE", f"{year:04d}-{month:02d}")


def _year_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return dated("DATE", g["year"])


def _spoken_year(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    words = words_of(g["spoken"])
    if words[:2] == ["two", "thousand"]:
        n = number(" ".join(words))
    else:
        rest = number(" ".join(w for w in words[1:] if w != "hundred"))
        n = 1900 + rest if rest is not None else None
    return dated("DATE", str(int(n))) if n else None


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


def _quarter_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    q = lexicon()["ordinals"][g["q"].lower()]
    pre = g.get("pre", "").lower()
    half = g["qunit"].lower() == "half"
    if q > (2 if half else 4):
        return None
    explicit = re.search(r"\d{4}", pre) or ("year" in g and re.search(r"\d{4}", g["year"]))
    if explicit:
        year = int(explicit.group(0))
    elif anchor is None:
        return Value("DATE", f"XXXX-{'H' if half else 'Q'}{q}")
    else:
        a_year, a_q = _quarter(anchor)
        year = a_year - (q > (a_q + 1) // 2 if half else q > a_q)
        if re.search(r"last year's|year-earlier|year-ago", pre):
            year -= 1
        elif "next year's" in pre:
            year += 1
    return dated("DATE", f"{year:04d}-{'H' if half else 'Q'}{q}")


def _year_period(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    # "the 1988 period" of an earnings report: that year's quarter matching the latest one.
    if anchor is None:
        return Value("DATE", f"{g['year']}-QX")
    _, q = _quarter(anchor)
    year, q = (int(g["year"]) - 1, 4) if q == 1 else (int(g["year"]), q - 1)
    return dated("DATE", f"{year:04d}-Q{q}")


def _year_adj(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return dated("DATE", str(anchor.year - 1)) if anchor else Value("DATE", None)


def _rel_unit(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    rel = set(g["rel"].lower().split())
    unit = g["unit"].lower()
    if rel & {"that", "same"} or anchor is None:
        return Value("DATE", None)
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
        year = anchor.year + step
        if step == 0 and tense == "past" and _SEASON_START[code] > anchor.month:
            year -= 1
        return Value("DATE", f"{year:04d}-{code}")
    if unit in ("year", "fiscal year"):
        return dated("DATE", str(anchor.year + step - year_back))
    if unit == "month":
        return dated("DATE", _add_months(anchor, step - 12 * year_back).strftime("%Y-%m"))
    if unit == "weekend" and step == 0 and tense == "past" and anchor.isoweekday() < 6:
        step = -1
    if unit in ("week", "weekend"):
        week = _week(anchor + timedelta(7 * step - 364 * year_back))
        return dated("DATE", week + ("-WE" if unit == "weekend" else ""))
    if unit == "day":
        return dated("DATE", (anchor + timedelta(step)).isoformat())
    if unit in ("quarter", "period"):
        year, q = _quarter(anchor)
        latest = rel & {"latest", "year-earlier", "year-ago", "comparable", "corresponding"}
        if step == 0 and (latest or rel == {"the"} or unit == "period"):
            step = -1
        return dated("DATE", _shift_quarter(year - year_back, q, step))
    if unit == "decade":
        return dated("DATE", str(anchor.year // 10 + step))
    if unit == "century":
        return Value("DATE", f"{anchor.year // 100 + step:02d}")
    return None


def _season(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DATE", f"{g['year']}-{lexicon()['seasons'][g['season'].lower()]}")


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
            "DATE", _add_months(anchor, k * (3 if unit == "quarter" else 1)).strftime("%Y-%m")
        )
    if unit in ("week", "weekend", "fortnight"):
        return dated("DATE", _week(anchor + timedelta(7 * k)))
    if unit in ("hour", "minute", "second"):
        return dated("TIME", anchor.isoformat())
    return dated("DATE", (anchor + timedelta(k)).isoformat())


def _duration(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    n = number(g["num"]) if "num" in g else None
    if "num" in g and g["num"].lower() in lexicon()["vague_numbers"]:
        n = None
    return Value("DURATION", duration_value(n, g["unit"]))


def _duration_vague(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DURATION", duration_value(None, g["unit"]))


def _pod_code(text: str) -> str:
    codes: dict[str, str] = lexicon()["parts_of_day"]
    return codes[re.sub(r"^mid-?", "", text.lower())]


def _deictic(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    word = (g.get("deictic") or g["deictic2"]).lower()
    if anchor is None:
        return Value("DATE", None)
    day = anchor + timedelta({"yesterday": -1, "tomorrow": 1}.get(word, 0))
    pod = g.get("pod") or g.get("pod2")
    if word == "tonight":
        pod = "night"
    if pod:
        return dated("TIME", f"{day.isoformat()}T{_pod_code(pod)}")
    return dated("DATE", day.isoformat())


def _weekday(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    weekday: int = lexicon()["weekdays"][g["wd"].lower()]
    rel = " ".join(words_of(g.get("rel", "")))
    pod = f"T{_pod_code(g['pod'])}" if "pod" in g else ""
    if rel in ("each", "every") or "plural" in g:
        return Value("SET", f"XXXX-WXX-{weekday}{pod}")
    if anchor is None or rel == "that":
        return Value("DATE", None)
    # "Friday night" is valued as the day, as TimeBank annotators mostly do.
    return dated("DATE", _weekday_date(weekday, anchor, rel, tense).isoformat())


def _part_of_day(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    rel = g.get("rel", "").lower()
    if anchor is None or rel == "that":
        return Value("TIME", None)
    pod = g.get("pod") or g["pod2"]
    day = anchor - timedelta(1 if rel == "last" else 0)
    return dated("TIME", f"{day.isoformat()}T{_pod_code(pod)}")


def _clock(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    if "cw" in g:
        hhmm: str = lexicon()["clock_words"][g["cw"].lower()]
    else:
        hour = int(g["hour"])
        ampm = g.get("ampm", "").lower()
        if ampm.startswith("p") or g.get("pod", "").lower() in ("afternoon", "evening"):
            hour = hour % 12 + 12
        elif ampm.startswith("a"):
            hour %= 12
        hhmm = f"{hour:02d}:{g.get('min', '00')}"
    day: str | None = None
    if "month" in g:
        on_day = _date_full(g, anchor, tense)
        day = on_day.value if on_day else None
    elif anchor is not None:
        if "wd" in g:
            weekday = lexicon()["weekdays"][g["wd"].lower()]
            day = _weekday_date(weekday, anchor, "", tense).isoformat()
        else:
            shift = {"yesterday": -1, "tomorrow": 1}.get(g.get("deictic", "").lower(), 0)
            day = (anchor + timedelta(shift)).isoformat()
    return dated("TIME", f"{day}T{hhmm}" if day else None)


def _set_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    unit = g["unit"]
    weekdays: dict[str, int] = lexicon()["weekdays"]
    if unit.lower() in weekdays:
        return Value("SET", f"XXXX-WXX-{weekdays[unit.lower()]}")
    if unit.lower().rstrip(".") in lexicon()["months"]:
        return Value("SET", f"XXXX-{_month(unit):02d}")
    n = number(g["num"]) if "num" in g else 1.0
    return Value("SET", duration_value(n, unit))


def _set_word(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("SET", lexicon()["sets"][g["setword"].lower()])


def _reference(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return Value("DATE", lexicon()["references"][g["ref"].lower()])


def _holiday_date(name: str, year: int) -> date:
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)  # the fourth Thursday of November
        return first + timedelta((3 - first.weekday()) % 7 + 21)
    month_day: str = lexicon()["holidays"][name]
    return date(year, int(month_day[:2]), int(month_day[3:]))


def _holiday(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    name = g["holiday"].lower()
    if "year" in g:
        return dated("DATE", _holiday_date(name, int(g["year"])).isoformat())
    if anchor is None:
        if name.startswith("thanksgiving"):
            return Value("DATE", None)
        return Value("DATE", f"XXXX-{lexicon()['holidays'][name]}")
    rel = g.get("rel", "").lower()
    tense = "past" if rel == "last" else "future" if rel == "next" else tense
    days = [_holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
    if tense == "past":
        day = max(d for d in days if d <= anchor)
    elif tense == "future":
        day = min(d for d in days if d >= anchor)
    else:
        day = min(days, key=lambda d: abs((d - anchor).days))
    return dated("DATE", day.isoformat())


Normaliser = Callable[[dict[str, str], date | None, Tense], Value | None]
_NORMALISERS: dict[str, Normaliser] = {
    "date_full": _date_full,
    "date_dmy": _date_full,
    "date_numeric": _date_numeric,
    "month": _month_rule,
    "year": _year_rule,
    "spoken_year": _spoken_year,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter_rule,
    "year_period": _year_period,
    "year_adj": _year_adj,
    "rel_unit": _rel_unit,
    "season": _season,
    "offset": _offset,
    "duration": _duration,
    "duration_vague": _duration_vague,
    "deictic": _deictic,
    "weekday": _weekday,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "set": _set_rule,
    "set_word": _set_word,
    "reference": _reference,
    "holiday": _holiday,
}


def normalise(match: Match, anchor: date | None, tense: Tense = None) -> Value | None:
    """Type, TIMEX3 value and bounds of ``match``; None when the match is not a time."""
    return _NORMALISERS[match.rule](match.groups, anchor, tense)


def in_context(
    match: Match, value: Value, anchor: date | None, words: set[str], before: str, after: str
) -> Value:
    """``value`` revised by its context: financial "a year ago" and "the year ended".

    ``words`` are the lower-case words of the document, ``before`` and ``after`` the text
    around the match. In a report on quarterly results "a year earlier" means the same
    quarter a year before, and "the year ended March 31" is a stretch of time rather than
    a calendar year.
    """
    unit = match.groups.get("unit", "").lower()
    one_year_back = match.rule == "year_adj" or (
        match.rule == "offset" and unit == "year" and number(match.groups.get("num", "")) == 1
    )
    if one_year_back and anchor is not None and words & set(lexicon()["financial_cues"]):
        year, q = _quarter(anchor)
        return dated("DATE", _shift_quarter(year - 1, q, -1))
    if match.rule == "rel_unit" and unit in ("year", "fiscal year"):
        rel = set(match.groups["rel"].lower().split())
        previous = before.lower().split()[-1:]
        if rel <= {"the", "fiscal", "full"} and (
            re.match(r"\s+end(?:ed|ing)\b", after) or previous == ["throughout"]
        ):
            return Value("DURATION", "P1Y")
    return value
