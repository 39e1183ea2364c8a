"""Commitments: pledges of aid and arms followed across articles.

A commitment event is an event of a pledge type (``data/corpus/commitments.json``, PLOVER
AID by default) whose status the extractors set. Events with overlapping donors, overlapping
recipients and the same item (equipment, else the event mode) are one commitment; each
event adds a step to its history, with the article behind it and the lead times the text
gives ("a formal decision could take days or even weeks").

The current status is the one reported last (by publication date, then input order); on
the same day the furthest stage of the lifecycle wins, because outlets lag each other and
a later stage implies the earlier ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from newsledger.corpus.features import fold_name
from newsledger.data import load_json
from newsledger.records import Analysis, Commitment, CommitmentStatus, CommitmentStep, Event


@dataclass(frozen=True)
class CommitmentRules:
    plover_types: frozenset[str]
    statuses: dict[str, CommitmentStatus]
    lifecycle: tuple[CommitmentStatus, ...]
    value_pattern: re.Pattern[str]


@cache
def rules() -> CommitmentRules:
    raw = load_json("corpus/commitments.json")
    return CommitmentRules(
        plover_types=frozenset(raw["plover_types"]),
        statuses=dict(raw["statuses"]),
        lifecycle=tuple(raw["lifecycle"]),
        value_pattern=re.compile(raw["value_pattern"], re.I),
    )


def commitment_status(event: Event) -> CommitmentStatus | None:
    """The lifecycle stage of a pledge event, None when the event is no pledge."""
    conf = rules()
    if event.plover not in conf.plover_types or not event.status:
        return None
    return conf.statuses.get(event.status.lower())


def _item(event: Event) -> str | None:
    if event.equipment:
        return fold_name(event.equipment)
    return event.mode


def _lead_times(event: Event) -> list[str]:
    return [
        f"{step.stage}: {step.duration}" if step.duration else step.stage
        for step in event.next_steps
    ]


@dataclass
class _Open:
    donors: set[str]
    recipients: set[str]
    item: str | None
    events: list[tuple[Event, CommitmentStep, str | None]]


def _matches(entry: _Open, donors: set[str], recipients: set[str], item: str | None) -> bool:
    if not (entry.donors & donors and entry.recipients & recipients):
        return False
    return entry.item is None or item is None or entry.item == item


def _current(steps: list[CommitmentStep]) -> CommitmentStatus:
    order = rules().lifecycle
    latest = max((s.reported for s in steps if s.reported), default=None)
    recent = [s for s in steps if s.reported == latest] or steps
    return max((s.status for s in recent), key=order.index)


def _reported(analysis: Analysis) -> date | None:
    published = analysis.article.published
    return published.date or published.earliest


def track_commitments(analyses: Sequence[Analysis]) -> list[Commitment]:
    """Commitments in ``analyses``, each with its history in reporting order."""
    opened: list[_Open] = []
    for analysis in analyses:
        for event in analysis.events:
            status = commitment_status(event)
            if status is None or not event.targets:
                continue
            donors = set(event.sources) or {"?"}
            recipients = set(event.targets)
            item = _item(event)
            step = CommitmentStep(
                status=status,
                article=analysis.article.id,
                event=event.id,
                start=event.start,
                end=event.end,
                text=event.text,
                reported=_reported(analysis),
                certainty=event.certainty,
                lead_times=_lead_times(event),
            )
            value = _value(_sentence_around(analysis.article.text, event.start, event.end))
            entry = next((o for o in opened if _matches(o, donors, recipients, item)), None)
            if entry is None:
                opened.append(_Open(donors, recipients, item, [(event, step, value)]))
                continue
            entry.donors |= donors
            entry.recipients |= recipients
            entry.item = entry.item or item
            entry.events.append((event, step, value))
    return [_commitment(entry) for entry in opened]


def _commitment(entry: _Open) -> Commitment:
    history = sorted((step for _, step, _ in entry.events), key=lambda s: s.reported or date.min)
    events = [event for event, _, _ in entry.events]
    donors = sorted(entry.donors - {"?"})
    recipients = sorted(entry.recipients)
    key = "|".join([",".join(donors), ",".join(recipients), entry.item or ""])
    conditions: list[str] = []
    for event in events:
        conditions.extend(c for c in event.conditions if c not in conditions)
    quantity = next((e.quantity for e in reversed(events) if e.quantity is not None), None)
    return Commitment(
        id="commitment-" + hashlib.sha256(key.encode()).hexdigest()[:12],
        donors=donors,
        recipients=recipients,
        item=entry.item,
        quantity=quantity,
        value=next((v for _, _, v in reversed(entry.events) if v), None),
        conditions=conditions,
        status=_current(history),
        history=history,
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``: the amount is rarely inside the trigger."""
    begin = max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[begin : min(stops) if stops else len(text)]


def _value(sentence: str) -> str | None:
    """The first money amount in ``sentence`` ("$1.5 billion", "500 million euros")."""
    found = rules().value_pattern.search(sentence)
    return found.group(0).strip() if found else None
