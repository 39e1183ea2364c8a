"""Conventions of financial reports: quarters, "the 1988 period", "a year earlier".

In an earnings report "a year earlier" is the same quarter a year before, "the latest
period" the last full quarter, and "the year ended March 31" a stretch of time; the
quarter a report is about is the one it named, else the last one before publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

from newsledger.extract.time_calendar import quarter_of, shift_quarter
from newsledger.extract.time_grammar import Match, lexicon
from newsledger.extract.time_values import Normaliser, Tense, Value, dated, number


def _quarter_rule(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    # "the last half of 1989" is its second half.
    q = lexicon()["ordinals"].get(g["q"].lower(), 2)
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
        a_year, a_q = quarter_of(anchor)
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
    _, q = quarter_of(anchor)
    year, q = (int(g["year"]) - 1, 4) if q == 1 else (int(g["year"]), q - 1)
    return dated("DATE", f"{year:04d}-Q{q}")


def _year_adj(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    return dated("DATE", str(anchor.year - 1)) if anchor else Value("DATE", None)


def _year_end(g: dict[str, str], anchor: date | None, tense: Tense) -> Value | None:
    # "by year-end" is this year's last day, "since year-end" last year's; "by year end" and
    # "by year's end" are read as the year, as TimeBank annotates them.
    if "spaced" in g:
        return dated("DATE", str(anchor.year)) if anchor else Value("DATE", "XXXX")
    if anchor is None:
        return Value("DATE", "XXXX-12-31")
    return dated("DATE", f"{anchor.year - (tense == 'past')}-12-31")


def in_context(
    match: Match,
    value: Value,
    anchor: date | None,
    words: Callable[[], AbstractSet[str]],
    before: str,
    after: str,
) -> Value:
    """``value`` revised by its context: financial "a year ago" and "the year ended".

    ``words`` gives the lower-case words of the document (a call, since few matches need
    them and collecting them walks every token), ``before`` and ``after`` the text
    around the match. In a report on quarterly results "a year earlier" means the same
    quarter a year before, and "the year ended March 31" is a stretch of time rather than
    a calendar year.
    """
    unit = match.groups.get("unit", "").lower()
    one_year_back = match.rule == "year_adj" or (
        match.rule == "offset" and unit == "year" and number(match.groups.get("num", "")) == 1
    )
    if one_year_back and anchor is not None and words() & set(lexicon()["financial_cues"]):
        year, q = quarter_of(anchor)
        return dated("DATE", shift_quarter(year - 1, q, -1))
    if match.rule == "rel_unit" and unit in ("year", "fiscal year"):
        rel = set(match.groups["rel"].lower().split())
        previous = before.lower().split()[-1:]
        if rel <= {"the", "fiscal", "full"} and (
            re.match(r"\s+end(?:ed|ing)\b", after) or previous == ["throughout"]
        ):
            return Value("DURATION", "P1Y")
    return value


def _quarter_index(value: str) -> int | None:
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    return int(m.group(1)) * 4 + int(m.group(2)) - 1 if m else None


def in_reported_quarter(value: Value, anchor: date, reported: str) -> Value:
    """A quarter read from the publication date, moved to the quarter the report is about.

    Relative quarters ("the latest period", "a year earlier" in an earnings report) are
    first read as offsets from the last full quarter before publication; when the text
    named the quarter it reports ("its fiscal first quarter"), the same offset applies
    from that one instead.
    """
    index = _quarter_index(value.value or "")
    target = _quarter_index(reported)
    if index is None or target is None:
        return value
    default = anchor.year * 4 + (anchor.month - 1) // 3 - 1
    shifted = target + index - default
    return dated(value.type, f"{shifted // 4}-Q{shifted % 4 + 1}")


# How far (characters) a named quarter stays the one an earnings report is about.
_REPORT_REACH = 400


@dataclass
class ReportedQuarter:
    """The quarter an earnings report is about, followed through the text.

    A past quarter the text names ("its fiscal first quarter") becomes the report's for
    the next few hundred characters; forecasts ("the third quarter of 1990") do not.
    """

    anchor: date | None
    quarter: str | None = None
    named_at: int = 0

    def read(self, match: Match, value: Value) -> Value:
        """``value`` of ``match`` moved to the reported quarter where it is relative."""
        if match.rule == "quarter" and "plural" not in match.groups and value.value:
            if self.anchor is None or (value.finish is not None and value.finish < self.anchor):
                self.quarter, self.named_at = value.value, match.end
            return value
        if (
            self.quarter
            and self.anchor is not None
            and match.rule in ("offset", "rel_unit", "year_period")
            and match.start - self.named_at < _REPORT_REACH
        ):
            return in_reported_quarter(value, self.anchor, self.quarter)
        return value


FINANCE_NORMALISERS: dict[str, Normaliser] = {
    "quarter": _quarter_rule,
    "year_period": _year_period,
    "year_adj": _year_adj,
    "year_end": _year_end,
}
