"""Coordinated time expressions that share what only one conjunct says.

"on Monday and Tuesday nights" are two weekly sets though only the second says "nights";
"the summit on April 24 and 25" names two days though the second is a bare number. The
grammar matches each conjunct on its own; ``coordinate`` completes the first one and adds
the bare second day.
"""

from __future__ import annotations

import calendar
import dataclasses
import re

from newsledger.extract.time_grammar import lexicon
from newsledger.extract.time_values import interval
from newsledger.records import TimeExpr

_JOIN = re.compile(r"\s+(?:and|or)\s+$")
# The bare day after a full date: "April 24 and 25", "May 3-4"; not "April 24 and 25
# percent" or "May 3 and 4,000 troops".
_SECOND_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|-)(\d{1,2})(?![\d,.]\d|\s*%|\s+[a-z])")
_FULL_DATE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)$")
_WEEKLY = re.compile(r"^XXXX-WXX-\d(T[A-Z]{2})$")


def coordinate(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """``times`` (in text order) with coordinated conjuncts completed and second days added."""
    out: list[TimeExpr] = []
    for i, time in enumerate(times):
        later = times[i + 1] if i + 1 < len(times) else None
        if later is not None:
            time = _shared_set(time, later, text)
        out.append(time)
        extra = _second_day(time, text, later)
        if extra is not None:
            out.append(extra)
    return out


def _shared_set(time: TimeExpr, later: TimeExpr, text: str) -> TimeExpr:
    # "Monday and Tuesday nights": a bare weekday joined to a weekly set takes its part of day.
    weekly = _WEEKLY.match(later.value or "")
    weekdays: dict[str, int] = lexicon()["weekdays"]
    if weekly is None or time.text.lower() not in weekdays:
        return time
    if not _JOIN.search(text[time.end : later.start]) or "\n" in text[time.end : later.start]:
        return time
    value = f"XXXX-WXX-{weekdays[time.text.lower()]}{weekly.group(1)}"
    return dataclasses.replace(time, type="SET", value=value, begin=None, finish=None)


def _second_day(time: TimeExpr, text: str, later: TimeExpr | None) -> TimeExpr | None:
    full = _FULL_DATE.match(time.value or "")
    if full is None or time.type != "DATE" or not time.text[-1:].isdigit():
        return None
    found = _SECOND_DAY.match(text, time.end)
    if found is None or (later is not None and later.start < found.end()):
        return None
    year, month, first = full.group(1), int(full.group(2)), int(full.group(3))
    day = int(found.group(1))
    last = calendar.monthrange(int(year), month)[1] if year.isdigit() else 31
    if not first < day <= last:
        return None
    value = f"{year}-{month:02d}-{day:02d}"
    begin, finish = interval(value)
    start, end = found.span(1)
    return TimeExpr(text[start:end], start, end, "DATE", value, begin, finish)
