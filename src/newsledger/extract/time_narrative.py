"""Expressions read against the last date the text mentioned, not the publication date.

"That year", "the following month", "later that day", "the previous Friday" and a bare
"at 10 p.m." refer to the time the narrative is at, which is the last dated expression
before them ("fled in June 1998 and returned later that year" -> 1998), as TempEval-style
systems do for narrative text. A mention coarser than the unit asked for leaves the finer
part underspecified ("that same day" after "in October 1998" -> "1998-10-XX").

Deictic expressions ("Tuesday", "last week", "March") stay read from the publication
date: on news gold, reading weekdays from the last mentioned date instead lost far more
values than it gained.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsledger.extract.time_grammar import Match, lexicon
from newsledger.extract.time_values import Value, dated
from newsledger.records import TimeExpr

_NARRATIVE_REL = frozenset({"that", "same", "following", "previous"})
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_UNITS = frozenset({"day", "week", "month", "quarter", "year"}) | _PARTS_OF_DAY
_POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4]))?(?=$|T)")


def is_narrative(match: Match) -> bool:
    """Whether ``match`` is read against the last mention rather than the anchor."""
    rel = set(match.groups.get("rel", "").lower().replace("-", " ").split())
    if match.rule == "weekday":
        return bool(rel & {"previous", "following"})
    if match.rule == "clock":
        # "shot at 10 p.m." tells the hour of the day the story is at.
        return not {"wd", "deictic", "month"} & set(match.groups)
    if match.rule != "rel_unit" or match.groups["unit"].lower() not in _UNITS:
        return False
    if rel & {"last", "this", "past", "coming"}:
        return False  # "last month" is read from the publication date
    return bool(rel & _NARRATIVE_REL) or ("next" in rel and "the" in rel)


def _step(match: Match) -> int:
    rel = set(match.groups.get("rel", "").lower().replace("-", " ").split())
    if rel & {"following", "next"}:
        return 1
    return -1 if "previous" in rel else 0


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def narrative_value(match: Match, value: Value, mention: str | None) -> Value:
    """``value`` of ``match`` read again from the last dated ``mention`` (TIMEX3 value).

    Where the mention cannot resolve it, ``value`` (read from the anchor) is kept unless
    it is empty; a narrative expression with neither stays without a value.
    """
    read = _from_mention(match, value, mention)
    return read if read.value is not None or value.value is None else value


def _from_mention(match: Match, value: Value, mention: str | None) -> Value:
    point = _POINT.match(mention or "")
    if point is None:
        return Value("DATE", None)
    year = int(point.group(1))
    month = int(point.group(2)) if point.group(2) else None
    day = date(year, month, int(point.group(3))) if month and point.group(3) else None
    quarter = int(point.group(4)) if point.group(4) else (month - 1) // 3 + 1 if month else None
    step = _step(match)
    if match.rule == "clock":
        if day is None or not value.value or "T" not in value.value:
            return Value("TIME", None)
        return dated("TIME", day.isoformat() + value.value[value.value.index("T") :])
    if match.rule == "weekday":
        if day is None:
            return Value("DATE", None)
        weekday: int = lexicon()["weekdays"][match.groups["wd"].lower()]
        delta = weekday - day.isoweekday()
        shift = (delta % 7 or 7) if step > 0 else -(-delta % 7 or 7)
        return dated("DATE", (day + timedelta(shift)).isoformat())
    unit = match.groups["unit"].lower()
    if unit in _PARTS_OF_DAY:
        unit = "day"  # "the next morning" is valued as the day, as TimeBank does
    if unit == "year":
        return dated("DATE", str(year + step))
    if unit == "quarter" and quarter is not None:
        index = year * 4 + quarter - 1 + step
        return dated("DATE", f"{index // 4}-Q{index % 4 + 1}")
    if unit == "month" and month is not None:
        y, m = _shift_month(year, month, step)
        return dated("DATE", f"{y:04d}-{m:02d}")
    if unit == "week" and day is not None:
        y, w, _ = (day + timedelta(7 * step)).isocalendar()
        return dated("DATE", f"{y}-W{w:02d}")
    if unit == "day" and day is not None:
        return dated("DATE", (day + timedelta(step)).isoformat())
    if unit == "day" and month is not None and step == 0:
        return Value("DATE", f"{year:04d}-{month:02d}-XX")
    return Value("DATE", None)


def last_mention(times: list[TimeExpr], match: Match) -> str | None:
    """The value of the last dated expression so far, where the narrative stands.

    "That quarter" looks back to the last quarter named, if any, past the days between.
    """
    dated = [t.value for t in times if t.type in ("DATE", "TIME") and t.value]
    dated = [v for v in dated if v[:4].isdigit()]
    if match.groups.get("unit", "").lower() == "quarter":
        quarters = [v for v in dated if "-Q" in v]
        dated = quarters or dated
    return dated[-1] if dated else None
