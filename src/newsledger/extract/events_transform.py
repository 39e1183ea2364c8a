"""Transformations of a coded event by what governs or who does it.

PETRARCH's TRANSFORMATIONS (CAMEO.2.0.txt): a state that says or claims that another actor
attacked accuses it ("a (b . ATTACK) SAY = a b 112"), and one that says it attacked itself
claims responsibility ("a (a b ATTACK) SAY = a b 015"). Only a speaker that opens the sentence
is read this way: a closing attribution ("..., police said") reports the attack instead.
An act with two sides is coded both ways: the visited host their visitor.
CAMEO's split of violence: a generic killing or attack by rebels, militias or criminals is
unconventional violence (18, PLOVER ASSAULT), by a state's forces conventional force (19).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsledger.extract.events_actors import ActorCoder
from newsledger.extract.events_args import subject_actors
from newsledger.extract.events_lexicon import plover_of, rules
from newsledger.records import Event, Mention

_ATTACK_ROOTS = frozenset({"18", "19", "20"})
# The codes said_attack gives: an accusation, a claim of responsibility.
_SAID_CODES = frozenset({"112", "015"})


def _state_speakers(verb: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    found = subject_actors(verb, amap, coder)
    return [m for m in found if m.country and (m.code or "").startswith(m.country)]


def said_attack(
    token: Token,
    cameo: str,
    sources: list[Mention],
    targets: list[Mention],
    amap: dict[int, Mention],
    coder: ActorCoder,
) -> tuple[str, list[Mention], list[Mention]] | None:
    """(code, sources, targets) of an accusation or claim of responsibility when ``token``
    (an attack) is what a state speaker opening the sentence says, else None."""
    if cameo[:2] not in _ATTACK_ROOTS or token.dep_ != "ccomp":
        return None
    verb = token.head
    if verb.lemma_.lower() not in rules()["accusing_speech"] or verb.i > token.i:
        return None
    speakers = _state_speakers(verb, amap, coder)
    if not speakers:
        return None
    own = {(m.code or "")[:3] for m in speakers}
    if sources and {(m.code or "")[:3] for m in sources} <= own:
        return "015", speakers, targets
    accused = [m for m in (sources or targets) if (m.code or "")[:3] not in own]
    return "112", speakers, accused


def irregular_violence(cameo: str, sources: list[Mention]) -> str:
    """The unconventional-violence code for a generic attack by non-state armed actors."""
    table: dict[str, str] = rules()["irregular_violence"]["codes"]
    if cameo not in table or not sources:
        return cameo
    sectors = set(rules()["irregular_violence"]["sectors"])
    if all((m.code or "")[3:6] in sectors or (m.sector or "") in sectors for m in sources):
        return table[cameo]
    return cameo


def fold_purpose(kept: list[Event], triggers: dict[int, Token]) -> list[Event]:
    """Drop a demand or appeal told as a protest's purpose ("went on hunger strike to demand
    his resignation"): the protest is the act, and the demand lends it its target."""
    folded: list[Event] = []
    for protest in kept:
        anchor = triggers.get(id(protest))
        if anchor is None or (protest.cameo or "")[:2] != "14":
            continue
        for other in kept:
            token = triggers.get(id(other))
            if token is None or other is protest or (other.cameo or "")[:2] not in ("02", "10"):
                continue
            purpose = token.dep_ in ("advcl", "xcomp", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children
            )
            if purpose and token.head.i in (anchor.i, anchor.head.i):
                if not protest.targets:
                    protest.targets = other.targets
                    protest.target_spans = other.target_spans
                folded.append(other)
    return [e for e in kept if not any(e is f for f in folded)]


def done_back(event: Event, code: str | None) -> list[Event]:
    """The act the target does back, coded ``code`` (PETRARCH's "[042:043]": a visit is also
    a hosting), when the event has both a source and a target."""
    if code is None or not event.sources or not event.targets:
        return []
    plover = plover_of(code)
    return [
        dataclasses.replace(
            event,
            cameo=code,
            plover=plover.type if plover else "",
            mode=plover.mode if plover else None,
            context=plover.context if plover else None,
            sources=event.targets,
            targets=event.sources,
            source_spans=event.target_spans,
            target_spans=event.source_spans,
        )
    ]


def claimed_together(kept: list[Event], triggers: dict[int, Token]) -> list[Event]:
    """Drop acts told in the same claim as an attack read as an accusation or a claim of
    responsibility ("The US claimed that ISIL had attacked Iraq and taken Mosul": one
    accusation, not also a seizure)."""
    claimed = {
        token.i
        for event in kept
        if (token := triggers.get(id(event))) is not None
        and (event.cameo or "") in _SAID_CODES
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in rules()["accusing_speech"]
    }
    return [
        e
        for e in kept
        if (token := triggers.get(id(e))) is None
        or not (token.dep_ == "conj" and token.head.i in claimed)
    ]
