"""Time expressions (TIMEX3-style) and the publication date the text implies.

``extract_times`` recognises dates ("January 20, 2025", "last week", "Friday", "the third
quarter"), times ("10 p.m. Wednesday", "this morning"), durations ("two years", "days",
"months of coordination") and sets ("every day", "weekly") with the regex grammar of
``data/time``, plus the spaCy DATE/TIME entities the grammar does not cover. Relative
expressions are anchored to the publication date (``ctx.reference_date``), read in the
tense they are told in (``time_tense``); without one they stay underspecified. Expressions
anchored to the story rather than to publication ("that year", "the following month",
"at 10 p.m.") are read from the last date mentioned (``time_narrative``), and earnings
reports' relative quarters from the quarter reported (``time_finance``). It leaves alone
ages of people and numbers that only look like years ("2000 troops").

``infer_published`` bounds an undated article's publication from the dated events it
tells in the past tense.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span

from newsledger.context import Context
from newsledger.extract.time_coord import coordinate
from newsledger.extract.time_finance import ReportedQuarter, in_context
from newsledger.extract.time_grammar import Match, find_matches
from newsledger.extract.time_narrative import is_narrative, last_mention, narrative_value
from newsledger.extract.time_rules import normalise
from newsledger.extract.time_spacy import entity_times
from newsledger.extract.time_tense import FUTURE_AUX, expression_tense, governing_verb
from newsledger.nlp.parse import doc_text
from newsledger.records import Published, TimeExpr

_PAST_TAGS = frozenset({"VBD", "VBN"})
_RATE_BEFORE = frozenset({"CD", "NNS"})


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_rate(match: Match, span: Span) -> bool:
    # "$2 million a year", "four flights a week", "24 hours a day": "a year" after a number
    # or a plural noun is a rate, each year (a TIMEX3 SET), not a stretch of time.
    if match.rule != "duration" or match.groups.get("num", "").lower() not in ("a", "an"):
        return False
    return span.start > 0 and span.doc[span.start - 1].tag_ in _RATE_BEFORE


def extract_times(doc: Doc, ctx: Context) -> list[TimeExpr]:
    """Time expressions of the article, in text order, with TIMEX3 type and value."""
    parsed = doc_text(doc)
    text = ctx.article.text if len(ctx.article.text) == len(parsed) else parsed
    anchor = ctx.reference_date
    times: list[TimeExpr] = []

    @cache
    def words() -> frozenset[str]:
        return frozenset(t.lower_ for t in doc)

    report = ReportedQuarter(anchor)
    for match in find_matches(parsed):
        span = _span(doc, match.start, match.end)
        tense = expression_tense(span) if span is not None and len(span) else None
        value = normalise(match, anchor, tense)
        if value is None:
            continue
        if is_narrative(match):
            value = narrative_value(match, value, last_mention(times, match))
        if span is not None and len(span):
            before = parsed[max(0, match.start - 20) : match.start]
            after = parsed[match.end : match.end + 12]
            value = in_context(match, value, anchor, words, before, after)
        value = report.read(match, value)
        if span is not None and len(span) and _is_rate(match, span):
            value = dataclasses.replace(value, type="SET")
        times.append(
            TimeExpr(
                text=text[match.start : match.end],
                start=match.start,
                end=match.end,
                type=value.type,
                value=value.value,
                begin=value.begin,
                finish=value.finish,
            )
        )
    times.extend(entity_times(doc, times, anchor))
    times.sort(key=lambda t: t.start)
    return coordinate(times, text)


def _told_in_past(doc: Doc, time: TimeExpr) -> bool:
    span = _span(doc, time.start, time.end)
    if span is None or not len(span):
        return False
    verb = governing_verb(span.root, finite=True)
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (FUTURE_AUX | {"would", "could", "may", "might", "should", "must"}):
        return False
    return verb.tag_ in _PAST_TAGS or bool(auxes & {"was", "were", "had", "did", "has", "have"})


def infer_published(doc: Doc, ctx: Context, times: list[TimeExpr]) -> Published:
    """Publication bounds: the known date, else the latest past-tense event date as earliest.

    A full date or a year told in the past tense ("made prior to his swearing-in on January
    20, 2025") happened before publication, so publication is on or after the start of its
    interval. Relative expressions are skipped: their value depends on the date sought.
    """
    published = ctx.article.published
    if published.date is not None:
        return published
    earliest: date | None = None
    for time in times:
        if time.type != "DATE" or time.begin is None or time.value is None:
            continue
        if not time.value[:4].isdigit() or not _explicit(time.text):
            continue
        if _told_in_past(doc, time) and (earliest is None or time.begin > earliest):
            earliest = time.begin
    if earliest is None or (published.earliest is not None and published.earliest >= earliest):
        return published
    return dataclasses.replace(published, earliest=earliest, inferred=True)


def _explicit(text: str) -> bool:
    # Only expressions that carry their own year ("2024", "January 20, 2025") are evidence.
    return any(ch.isdigit() for ch in text) and any(
        text[i : i + 4].isdigit() for i in range(len(text) - 3)
    )
