"""TIMEX3 values of a day and its hours: "yesterday", "Friday", "this morning",
"10 p.m. Wednesday", "Thanksgiving"."""

from __future__ import annotations

from datetime import date, timedelta

from newsledger.extract.time_calendar import (
    calendar_date,
    day_number,
    holiday_date,
    month_number,
    pod_code,
    weekday_date,
)
from newsledger.extract.time_grammar import lexicon
from newsledger.extract.time_values import Normaliser, Tense, Value, dated, words_of


def _deictic(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    word = (g.get("deictic") or g["deictic2"]).lower()
    if anchor is None:
        return Value("DATE", None)
    day = anchor + timedelta({"yesterday": -1, "tomorrow": 1}.get(word, 0))
    pod = g.get("pod") or g.get("pod2")
    if word == "tonight":
        pod = "night"
    if pod:
        return dated("TIME", f"{day.isoformat()}T{pod_code(pod)}")
    return dated("DATE", day.isoformat())


def _weekday(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    weekday: int = lexicon()["weekdays"][g["wd"].lower()]
    rel = " ".join(words_of(g.get("rel", "")))
    pod = f"T{pod_code(g['pod'])}" if "pod" in g else ""
    if rel in ("each", "every") or "plural" in g or "podplural" in g:
        return Value("SET", f"XXXX-WXX-{weekday}{pod}")
    if anchor is None or rel == "that":
        return Value("DATE", None)
    # "Friday night" is valued as the day, as TimeBank annotators mostly do (they often
    # leave "night" out of the expression).
    return dated("DATE", weekday_date(weekday, anchor, rel, tense).isoformat())


def _part_of_day(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    rel = g.get("rel", "").lower()
    if anchor is None or rel == "that":
        return Value("TIME", None)
    pod = g.get("pod") or g["pod2"]
    day = anchor - timedelta(1 if rel == "last" else 0)
    return dated("TIME", f"{day.isoformat()}T{pod_code(pod)}")


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
        year = int(g["year"]) if "year" in g else None
        day = calendar_date(month_number(g["month"]), day_number(g["day"]), year, anchor, tense)
    elif anchor is not None:
        if "wd" in g:
            weekday = lexicon()["weekdays"][g["wd"].lower()]
            day = weekday_date(weekday, anchor, "", tense).isoformat()
        else:
            shift = {"yesterday": -1, "tomorrow": 1}.get(g.get("deictic", "").lower(), 0)
            day = (anchor + timedelta(shift)).isoformat()
    return dated("TIME", f"{day}T{hhmm}" if day else None)


def _holiday(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    name = g["holiday"].lower()
    if "year" in g:
        return dated("DATE", holiday_date(name, int(g["year"])).isoformat())
    if anchor is None:
        if name not in lexicon()["holidays"]:
            return Value("DATE", None)
        return Value("DATE", f"XXXX-{lexicon()['holidays'][name]}")
    rel = g.get("rel", "").lower()
    tense = "past" if rel == "last" else "future" if rel == "next" else tense
    days = [holiday_date(name, anchor.year + k) for k in (-1, 0, 1)]
    if tense == "past":
        day = max(d for d in days if d <= anchor)
    elif tense == "future":
        day = min(d for d in days if d >= anchor)
    else:
        day = min(days, key=lambda d: abs((d - anchor).days))
    return dated("DATE", day.isoformat())


DAY_NORMALISERS: dict[str, Normaliser] = {
    "deictic": _deictic,
    "weekday": _weekday,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "holiday": _holiday,
}
