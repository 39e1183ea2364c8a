"""TIMEX3 value building blocks: numerals, ISO durations, and the interval of a value."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newsledger.extract.time_grammar import lexicon

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
# "near": the expression's event follows another whose tense is unknown; read the
# reading nearest the anchor.
Tense = Literal["past", "present", "future", "near"] | None


@dataclass(frozen=True)
class Value:
    type: TimeType
    value: str | None
    begin: date | None = None
    finish: date | None = None


# A rule's normaliser: the match's named groups, the anchor and the tense -> its value.
Normaliser = Callable[[dict[str, str], date | None, Tense], "Value | None"]


def words_of(text: str) -> list[str]:
    return re.split(r"[\s-]+", text.lower().strip())


def number(text: str) -> float | None:
    """The number a numeral denotes ("5 1/2", "twenty-four", "a couple of"); None if vague."""
    text = text.lower().strip().replace(",", "")
    frac = re.fullmatch(r"(\d+) (\d)/(\d)", text)
    if frac:
        return int(frac.group(1)) + int(frac.group(2)) / int(frac.group(3))
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    numbers = lexicon()["numbers"]
    if text in numbers:
        return float(numbers[text])
    total, current = 0.0, 0.0
    words = words_of(text.replace(" and ", " "))
    if len(words) > 1 and words[0] in ("a", "an") and words[1] not in ("couple", "few", "half"):
        # "a five-hour drive": the article belongs to the noun phrase, not the number.
        words = words[1:]
    for word in words:
        if word not in numbers or word in ("couple", "a", "an") and current:
            return None
        n = float(numbers[word])
        if n in (100, 1000):
            current = (current or 1) * n
            if n == 1000:
                total, current = total + current, 0.0
        else:
            current += n
    return total + current or None


def _num_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """ISO 8601 duration of ``n`` units ("P2D", "PT1H30M", "PXW" when ``n`` is vague)."""
    unit = re.sub(r"s$", "", unit.lower().replace("centuries", "centurie"))
    code = lexicon()["units"].get(unit, "D")
    if code == "DE" and n is not None:
        n, code = n * 10, "Y"
    elif code == "CE" and n is not None:
        n, code = n * 100, "Y"
    elif code == "W2":
        n, code = (n * 2 if n is not None else None), "W"
    elif code == "WE":
        n, code = (n * 2 if n is not None else None), "D"
    timed = code in lexicon()["time_units"] and unit != "month"
    prefix = "PT" if timed else "P"
    if n is None:
        return f"{prefix}X{code}"
    if n != int(n) and timed and code == "H":
        return f"PT{int(n)}H{round((n - int(n)) * 60)}M"
    if n != int(n) and code == "Y":
        years, months = int(n), round((n - int(n)) * 12)
        return f"P{years}Y{months}M" if years else f"P{months}M"
    if n != int(n) and code == "M" and timed:
        return f"PT{int(n)}M{round((n - int(n)) * 60)}S"
    return f"{prefix}{_num_text(n)}{code}"


def interval(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of the interval a DATE/TIME value denotes, where it denotes one."""
    if not value:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?=$|T)", value)
    if m:
        year = int(m.group(1))
        if m.group(3):
            day = date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (monday + timedelta(5) if m.group(3) else monday), monday + timedelta(6)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        last = 3 * q
        return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    return None, None


def dated(kind: TimeType, value: str | None) -> Value:
    begin, finish = interval(value)
    return Value(kind, value, begin, finish)
