"""Typed records that flow between the stages (ingest -> nlp -> extract -> resolve -> checks).

Every extracted record keeps ``start``/``end`` character offsets into ``Article.text`` so
that any field of the ledger can be traced back to the characters it came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Certainty = Literal["asserted", "reported", "hedged", "speculative"]
MentionKind = Literal["country", "organisation", "person", "place", "group", "equipment"]
CERTAINTY_ORDER: tuple[Certainty, ...] = ("asserted", "reported", "hedged", "speculative")


@dataclass(frozen=True)
class Published:
    """Publication date: known (``date``) or bounded by what the text implies."""

    date: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    inferred: bool = False


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: Published = field(default_factory=Published)
    # Offset of the first body character; the text before it is the headline.
    body_start: int = 0


@dataclass
class Sentence:
    id: int
    start: int
    end: int
    text: str
    is_headline: bool = False
    # True when this sentence was rebuilt from pieces the source split apart.
    repaired: bool = False


@dataclass
class Role:
    """An office held by a person over a date interval (``end`` None means still held)."""

    title: str
    org: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Actor:
    """A resolved actor from the actor data files."""

    id: str
    name: str
    kind: MentionKind
    code: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: MentionKind
    code: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass
class SourceRef:
    name: str
    code: str | None
    kind: str
    start: int | None = None
    end: int | None = None


@dataclass
class Cue:
    text: str
    start: int
    end: int


@dataclass
class Attribution:
    """A reported-speech relation: who (source) says (cue) what (content).

    ``parent`` is the index of the attribution this one is nested in ("X, citing Y": Y's
    attribution has X's as parent), so chains read outermost first.
    """

    id: int
    cue: Cue
    source: Cue | None
    content: Cue | None
    speaker: str | None = None
    speaker_code: str | None = None
    speaker_kind: str | None = None
    parent: int | None = None
    # The pieces of a discontinuous content ("A decision, he noted, could take weeks"), in
    # text order; empty when the content is the one span ``content``.
    content_parts: list[Cue] = field(default_factory=list)


@dataclass
class CertaintyGrade:
    certainty: Certainty
    cues: list[Cue] = field(default_factory=list)
    polarity: Literal["positive", "negative"] = "positive"
    modality: Literal["actual", "future", "conditional"] = "actual"


@dataclass
class Claim:
    id: int
    sentence: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    source_chain: list[SourceRef] = field(default_factory=list)
    certainty: Certainty = "asserted"
    checkable: bool = True
    polarity: Literal["positive", "negative"] = "positive"
    modality: Literal["actual", "future", "conditional"] = "actual"
    cues: list[Cue] = field(default_factory=list)
    certainty_cues: list[Cue] = field(default_factory=list)
    content_start: int | None = None
    content_end: int | None = None


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None
    # ISO bounds of the interval the expression denotes, when it denotes one.
    begin: dt.date | None = None
    finish: dt.date | None = None


@dataclass
class EventTime:
    start: str | None = None
    end: str | None = None
    text: str | None = None


@dataclass
class Step:
    """A later stage of a commitment the text announces, with the lead time it gives."""

    stage: str
    status: str
    duration: str | None
    text: str
    start: int
    end: int


@dataclass
class Event:
    id: int
    claim: int | None
    plover: str
    cameo: str | None
    start: int
    end: int
    text: str
    mode: str | None = None
    context: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    source_spans: list[Mention] = field(default_factory=list)
    target_spans: list[Mention] = field(default_factory=list)
    location: str | None = None
    time: EventTime = field(default_factory=EventTime)
    quantity: int | float | None = None
    equipment: str | None = None
    status: str | None = None
    conditions: list[str] = field(default_factory=list)
    certainty: Certainty = "asserted"
    speaker: str | None = None
    trigger: str | None = None
    source_chain: list[SourceRef] = field(default_factory=list)
    next_steps: list[Step] = field(default_factory=list)


@dataclass
class Flag:
    kind: str
    message: str
    start: int
    end: int
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Analysis:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


@dataclass
class Story:
    """Articles about one happening: copies (near-duplicate text) and rewrites.

    ``copies`` groups the member articles whose text is near-identical (wire copies and
    syndication); each group counts once when sources are counted.
    """

    id: str
    articles: list[str]
    copies: list[list[str]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


CommitmentStatus = Literal["proposed", "agreed", "decided", "delivering", "delivered", "withdrawn"]


@dataclass
class CommitmentStep:
    """One status of a commitment as one article reports it, with the text behind it."""

    status: CommitmentStatus
    article: str
    event: int
    start: int
    end: int
    text: str
    reported: dt.date | None = None
    certainty: Certainty = "asserted"
    # Durations the text gives for what comes next ("days or weeks", "months").
    lead_times: list[str] = field(default_factory=list)


@dataclass
class Commitment:
    """A pledge of aid or arms followed across articles (Kiel tracker / SIPRI register style)."""

    id: str
    donors: list[str]
    recipients: list[str]
    item: str | None
    quantity: int | float | None = None
    value: str | None = None
    conditions: list[str] = field(default_factory=list)
    status: CommitmentStatus = "proposed"
    history: list[CommitmentStep] = field(default_factory=list)


@dataclass
class Corroboration:
    """How many independent sources report one event (its article and event id).

    ``origins`` names each independent source once: the innermost source of a claim's
    chain ("RIA Novosti, citing the Japanese Defense Ministry" rests on the ministry), else
    the group of near-identical articles the report appears in.
    """

    article: str
    event: int
    sources: int
    origins: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates and tuples as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value
