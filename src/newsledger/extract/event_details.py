"""Details of coded events from the rest of the analysis: the claim each rests on (speaker,
source chain, certainty), quantity and equipment, time, location, conditions, and later
stages of commitments with their lead times.

Conditions in a sentence without an event of its own ("Western allies reportedly made an
exception for ...") qualify the most recent event of the sentences before; stages with a
duration ("A formal decision could take days or even weeks") qualify the most recent
commitment. Both look back at most ``LOOKBACK`` sentences: further away, the link is a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span

from newsledger.context import Context
from newsledger.data import load_lines
from newsledger.extract.conditions import find_conditions
from newsledger.extract.quantities import quantity_of_equipment
from newsledger.extract.steps import find_steps
from newsledger.nlp.parse import sentence_spans
from newsledger.records import Event, EventTime

LOOKBACK = 4


@cache
def conditionable_types() -> frozenset[str]:
    return frozenset(load_lines("extract/conditionable_types.txt"))


COMMITMENT_STATUSES = {"proposed", "agreed", "decided", "pending", "delivering"}


def _time_of(event: Event, sentence: Span, ctx: Context) -> EventTime:
    dates = [
        t
        for t in ctx.times
        if t.type in ("DATE", "TIME") and sentence.start_char <= t.start < sentence.end_char
    ]
    if not dates:
        return event.time
    nearest = min(dates, key=lambda t: abs(t.start - event.start))
    return EventTime(
        start=nearest.begin.isoformat() if nearest.begin else nearest.value,
        end=nearest.finish.isoformat() if nearest.finish else nearest.value,
        text=nearest.text,
    )


def _location_of(event: Event, sentence: Span, ctx: Context) -> str | None:
    """The coder's location, else the places named in the event's sentence."""
    places = [
        m
        for m in ctx.mentions
        if m.kind == "place" and sentence.start_char <= m.start < sentence.end_char
    ]
    return event.location or ", ".join(m.text for m in places) or None


def attach_details(doc: Doc, ctx: Context, events: list[Event]) -> list[Event]:
    """``events`` with claim, quantity, equipment, time, location, conditions and steps."""
    spans = sentence_spans(doc, ctx.sentences)
    sentence_of = {}
    for event in events:
        index = next(
            (i for i, s in enumerate(ctx.sentences) if s.start <= event.start < s.end), None
        )
        if index is None:
            continue
        sentence_of[event.id] = index
        span = spans[index]
        claim = next((c for c in ctx.claims if c.sentence == ctx.sentences[index].id), None)
        if claim is not None:
            event.claim = claim.id
            event.speaker = event.speaker or claim.speaker
            event.source_chain = claim.source_chain
            event.certainty = claim.certainty
        clause = doc.char_span(event.start, event.end, alignment_mode="expand") or span
        if event.quantity is None or event.equipment is None:
            quantity, equipment = quantity_of_equipment(clause, ctx.mentions)
            event.quantity = event.quantity if event.quantity is not None else quantity
            event.equipment = event.equipment or equipment
        if isinstance(event.quantity, float) and event.quantity.is_integer():
            event.quantity = int(event.quantity)
        if event.time.text is None:
            event.time = _time_of(event, span, ctx)
        event.location = _location_of(event, span, ctx)
    for index, span in enumerate(spans):
        conditions = find_conditions(span)
        if conditions:
            here = [e for e in events if sentence_of.get(e.id) == index]
            targets = here or _recent(
                events, sentence_of, index, lambda e: e.plover in conditionable_types()
            )
            for event in targets:
                event.conditions.extend(c.text for c in conditions)
        steps = find_steps(span, ctx.times)
        if steps and not any(sentence_of.get(e.id) == index for e in events):
            for event in _recent(
                events, sentence_of, index, lambda e: e.status in COMMITMENT_STATUSES
            ):
                event.next_steps.extend(steps)
    return events


def _recent(
    events: list[Event],
    sentence_of: dict[int, int],
    index: int,
    accept: Callable[[Event], bool],
) -> list[Event]:
    """Events of the closest earlier sentence (within LOOKBACK) that ``accept`` takes."""
    for back in range(1, LOOKBACK + 1):
        found = [e for e in events if sentence_of.get(e.id) == index - back and accept(e)]
        if found:
            return found
    return []
