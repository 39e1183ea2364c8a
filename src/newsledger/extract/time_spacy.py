"""spaCy DATE/TIME entities the grammar missed, valued with dateparser.

An entity is kept only when dateparser reads it as a date (so "50 years old" or "the
last round" stay out), it overlaps no grammar match and no grammar rule rejects it.
Without an anchor, relative readings would be guessed from today, so only entities with
digits are kept then.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc

from newsledger.extract.time_grammar import rejected
from newsledger.extract.time_values import interval
from newsledger.nlp.parse import doc_text
from newsledger.records import TimeExpr

_LABELS = frozenset({"DATE", "TIME"})
_CLOCK = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|o'clock", re.IGNORECASE)
_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "week": "%Y-%m-%d"}


@cache
def _parser(anchor: date | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def _value(text: str, anchor: date | None) -> tuple[str, str] | None:
    if anchor is None and not any(ch.isdigit() for ch in text):
        return None
    data = _parser(anchor).get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "time":
        # Only a clock reading is a time: dateparser reads "the 11th hour" as eleven hours
        # before now, and without an anchor it dates "10:30" today; neither is in the text.
        if not _CLOCK.search(text):
            return None
        day = data.date_obj.strftime("%Y-%m-%d") if anchor is not None else "XXXX-XX-XX"
        return "TIME", f"{day}T{data.date_obj:%H:%M}"
    value = data.date_obj.strftime(_FORMATS.get(period, "%Y-%m-%d"))
    if anchor is None and not any(ch.isdigit() for ch in text[-4:]):
        value = "XXXX" + value[4:]
    return "DATE", value


def _has_word(text: str) -> bool:
    # Bare numbers tagged DATE are mostly ages and scores ("44", "52", "30s").
    return re.search(r"[^\W\d_]{3}", text) is not None


def entity_times(doc: Doc, taken: list[TimeExpr], anchor: date | None) -> list[TimeExpr]:
    """TimeExprs for spaCy DATE/TIME entities overlapping none of ``taken``."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS or "old" in ent.text.lower() or not _has_word(ent.text):
            continue
        start, end = ent.start_char, ent.end_char
        if any(start < t.end and t.start < end for t in taken):
            continue
        if rejected(doc_text(doc), start, end):
            continue
        read = _value(ent.text, anchor)
        if read is None:
            continue
        kind, value = read
        begin, finish = interval(value)
        found.append(
            TimeExpr(
                ent.text, start, end, "TIME" if kind == "TIME" else "DATE", value, begin, finish
            )
        )
    return found
