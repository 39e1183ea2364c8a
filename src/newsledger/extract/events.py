"""Event coding: every sentence to zero or more PLOVER/CAMEO events with coded actors.

Recognises actions named by a verb or an event noun from ``data/events/lexicon.tsv`` (see
:mod:`newsledger.extract.events_rules` for the coding rules), with a source actor (the doer)
and/or a target actor; codes actors as ISO alpha-3 plus sector ("RUSMIL") or group codes.
An act with two sides is coded both ways when it took place (a visit is also a hosting).
Leaves alone: sentences with no lexicon trigger or no codable actor (commentary), plain
statements and appeals (CAMEO 01/02, which PLOVER does not code) unless ``include_verbal``,
and claims, attribution and certainty, which come from their own stages (an event points to
the claim it rests on when ``ctx.claims`` is filled).
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsledger.context import Context
from newsledger.extract.events_actors import ActorCoder, actor_coder, actor_map, phrase_actors
from newsledger.extract.events_args import (
    location_of,
    object_actors,
    obliged_actors,
    subject_actors,
)
from newsledger.extract.events_domestic import localise
from newsledger.extract.events_equipment import equipment_and_quantity
from newsledger.extract.events_fallback import fallback_candidates
from newsledger.extract.events_lexicon import PloverCode, extra_lexicon, plover_of, rules
from newsledger.extract.events_rules import (
    Candidate,
    backgrounded,
    code_candidates,
    is_hostile,
    tense_status,
)
from newsledger.extract.events_transform import (
    claimed_together,
    done_back,
    fold_purpose,
    irregular_violence,
    said_attack,
)
from newsledger.records import Event, Mention

# The code of someone with no country and no role.
_BARE = "---"


def _clause(top: Token, sent: Span) -> Span:
    tokens = [t for t in top.subtree if sent.start <= t.i < sent.end]
    return top.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]


def _phrase_head(cand: Candidate) -> Token:
    """The noun an event noun modifies ("a mediation effort": "effort"), else the trigger."""
    token = cand.token
    if cand.entry.noun and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token


def _is_actor(token: Token, amap: dict[int, Mention], coder: ActorCoder) -> bool:
    return token.i in amap or bool(
        coder.sector_of(token.lemma_.lower()) or coder.sector_of(token.lower_)
    )


def _top(cand: Candidate) -> Token:
    token = _phrase_head(cand)
    if cand.entry.noun and token.dep_ in ("dobj", "attr", "nsubjpass", "nsubj"):
        return token.head
    return token


def _dedupe(mentions: list[Mention], exclude: set[str]) -> list[Mention]:
    """Mentions with distinct codes; a bare "---" (someone, no country, no role) only when
    nobody better is named in the same place."""
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.code and mention.code not in seen and mention.code not in exclude:
            seen.add(mention.code)
            out.append(mention)
    if len(out) > 1:
        out = [m for m in out if m.code != _BARE]
    return out


def _claim_of(ctx: Context | None, offset: int) -> tuple[int | None, str]:
    if ctx is None:
        return None, "asserted"
    for claim in ctx.claims:
        if claim.start <= offset < claim.end:
            return claim.id, claim.certainty
    return None, "asserted"


def _event(
    cand: Candidate,
    sent: Span,
    amap: dict[int, Mention],
    coder: ActorCoder,
    ctx: Context | None,
    next_id: int,
) -> Event | None:
    if (
        cand.entry.noun
        and cand.token.dep_ == "compound"
        and _is_actor(cand.token.head, amap, coder)
    ):
        # "invasion forces", "protest leaders": the noun names who they are, not an act.
        return None
    plover = plover_of(cand.cameo)
    top = _top(cand)
    hostile = is_hostile(cand.cameo)
    # Acts done to a place ("lifted a curfew in Montenegro") have it as their target.
    placed = hostile or cand.cameo.startswith(tuple(rules()["placed_roots"]))
    if cand.obligation:
        clause = cand.modal or cand.token
        demanders = _dedupe(subject_actors(clause.head, amap, coder), set())
        obliged = _dedupe(
            obliged_actors(clause, amap, coder), {m.code for m in demanders if m.code}
        )
        if demanders or obliged:
            return _build(cand, sent, amap, ctx, next_id, plover, demanders, obliged)
    sources = subject_actors(cand.token, amap, coder)
    if not sources and top.i != cand.token.i:
        sources = subject_actors(top, amap, coder)
    if not sources and (
        cand.family == "intent" or cand.cameo.startswith(tuple(rules()["self_passive_codes"]))
    ):
        # "Vietnam is committed to opening up": the passive form states the subject's intent;
        # "guerrillas have been demobilized": the passive subject is the one standing down.
        sources = [
            m
            for c in cand.token.children
            if c.dep_ == "nsubjpass"
            for m in phrase_actors(c, amap, coder)
        ]
    sources = _dedupe(sources, set())
    source_codes = {m.code for m in sources if m.code}
    joint = rules()["joint_nouns"].get(cand.entry.lemma) if cand.entry.noun else None
    if joint and len({code[:3] for code in source_codes}) > 1:
        cand.cameo = joint
    inner = [t for t in (cand.complement.token if cand.complement else None,) if t is not None]
    targets: list[Mention] = []
    if cand.family in ("demand", "appeal"):
        # "Obama is being pressured by Congress to help Iran": the one asked is the
        # passive subject, not whom the asked-for act concerns.
        targets = _dedupe(
            [
                m
                for c in cand.token.children
                if c.dep_ == "nsubjpass"
                for m in phrase_actors(c, amap, coder)
            ],
            source_codes,
        )
    head = [_phrase_head(cand)] if _phrase_head(cand).i != cand.token.i else []
    for token in [*inner, cand.token, *cand.extra, *head]:
        if targets:
            break
        if cand.family == "demand" and token.i != cand.token.i:
            found = subject_actors(token, amap, coder)
            targets = _dedupe(found, source_codes)
        if not targets:
            targets = _dedupe(object_actors(token, amap, coder, placed), source_codes)
        if targets:
            break
    if not targets:
        targets = _complement_targets(cand, amap, coder, placed, source_codes)
    if cand.entry.inverse:
        # "appeared before the court": the court (the object) acts on the subject.
        sources, targets = targets, sources
    if not sources and cand.cameo[:2] == "13":
        # A threat needs someone who threatens ("would soon be indicted" has nobody).
        return None
    if not sources and not (targets and hostile):
        return None
    if not targets and len(sources) < 2 and cand.cameo[:2] in rules()["directed_roots"]:
        return None
    said = said_attack(cand.token, cand.cameo, sources, targets, amap, coder)
    if said is not None:
        cand.cameo, sources, targets = said
    cand.cameo = irregular_violence(cand.cameo, sources)
    plover = plover_of(cand.cameo)
    return _build(cand, sent, amap, ctx, next_id, plover, sources, targets)


def _complement_targets(
    cand: Candidate,
    amap: dict[int, Mention],
    coder: ActorCoder,
    hostile: bool,
    exclude: set[str],
) -> list[Mention]:
    """Targets a governing verb reaches through a complement the lexicon does not know:
    "threatened to cut off electricity to X" (its objects), "demanded that X match ..." (the
    complement's subject, for demands and appeals)."""
    for child in cand.token.children:
        if child.dep_ not in ("xcomp", "ccomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        found: list[Mention] = []
        if child.dep_ == "ccomp" and cand.family in ("demand", "appeal"):
            for subj in child.children:
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    found += phrase_actors(subj, amap, coder)
        elif child.dep_ == "xcomp" or cand.family is not None:
            found = object_actors(child, amap, coder, hostile)
        found = _dedupe(found, exclude)
        if found:
            return found
    return []


def _build(
    cand: Candidate,
    sent: Span,
    amap: dict[int, Mention],
    ctx: Context | None,
    next_id: int,
    plover: PloverCode | None,
    sources: list[Mention],
    targets: list[Mention],
) -> Event:
    top = _top(cand)
    inner = [t for t in (cand.complement.token if cand.complement else None,) if t is not None]
    action = inner[0] if inner else cand.token
    place = location_of(action, amap) or location_of(cand.token, amap)
    status = cand.status
    if status is None and plover is not None and plover.type in ("AID", "COOPERATE", "ASSAULT"):
        status = tense_status(action)
    equipment, quantity = equipment_and_quantity([action, cand.token])
    clause = _clause(top, sent)
    claim, certainty = _claim_of(ctx, cand.token.idx)
    trigger_tokens = sorted([cand.token, *inner, *cand.extra], key=lambda t: t.i)
    return Event(
        id=next_id,
        claim=claim,
        plover=plover.type if plover else "",
        cameo=cand.cameo,
        start=clause.start_char,
        end=clause.end_char,
        text=clause.text,
        mode=plover.mode if plover else None,
        context=plover.context if plover else None,
        sources=[m.code for m in sources if m.code],
        targets=[m.code for m in targets if m.code],
        source_spans=sources,
        target_spans=targets,
        location=place.text if place is not None else None,
        quantity=quantity,
        equipment=equipment,
        status=status,
        certainty=certainty,  # type: ignore[arg-type]
        trigger=" ".join(t.text for t in trigger_tokens),
    )


def _coded(event: Event) -> bool:
    """Whether some actor of the event is known beyond its role: beside an event between
    coded actors, one between nobody in particular ("eight people were killed") is a
    detail of the same story, not an event of its own."""
    return any(not code.startswith("---") for code in [*event.sources, *event.targets])


def _repeats(event: Event, earlier: Event) -> bool:
    """The same act told twice in one sentence ("accused ... of making accusations")."""
    return (
        (event.cameo or "")[:2] == (earlier.cameo or "")[:2]
        and set(event.sources) <= set(earlier.sources)
        and set(event.targets) <= set(earlier.targets)
    )


def _fallback(
    sent: Span,
    amap: dict[int, Mention],
    coder: ActorCoder,
    ctx: Context | None,
    next_id: int,
    include_verbal: bool,
) -> list[Event]:
    """One event from the derived bare verbs, between two coded actors, or none."""
    for cand in fallback_candidates(sent):
        event = _event(cand, sent, amap, coder, ctx, next_id)
        if event is None or (not event.plover and not include_verbal):
            continue
        codes = [event.sources, event.targets]
        if all(c and not any(x.startswith("---") for x in c) for c in codes):
            return [event]
    return []


def code_events(
    doc: Doc,
    ctx: Context | None = None,
    *,
    actor_files: tuple[Path, ...] = (),
    include_verbal: bool = False,
    verb_files: tuple[Path, ...] = (),
) -> list[Event]:
    """Events of every sentence of ``doc`` (ids numbered from 0 in text order).

    ``actor_files`` adds actor dictionaries for this call (groups.tsv or PETRARCH layout);
    ``include_verbal`` keeps statements and appeals (CAMEO 01/02) that have no PLOVER type;
    ``verb_files`` adds PETRARCH verb dictionaries, consulted before the package's lexicon.
    """
    coder = actor_coder(tuple(actor_files))
    extra = extra_lexicon(tuple(verb_files)) if verb_files else None
    amap = actor_map(doc, ctx, coder)
    events: list[Event] = []
    for sent in doc.sents:
        kept: list[Event] = []
        background: list[Event] = []
        triggers: dict[int, Token] = {}
        returned: dict[int, str] = {}
        for cand in code_candidates(sent, extra):
            event = _event(cand, sent, amap, coder, ctx, len(events))
            if event is None or (not event.plover and not include_verbal):
                continue
            if any(_repeats(event, earlier) for earlier in kept):
                continue
            kept.append(event)
            triggers[id(event)] = cand.token
            # The act done back is coded only for an act that took place, not one proposed,
            # agreed or decided ("openness to selling" is no purchase yet).
            realised = cand.status in (None, *rules()["material_statuses"].values())
            if cand.entry.reverse and cand.cameo == cand.entry.cameo and realised:
                returned[id(event)] = cand.entry.reverse
            if backgrounded(cand.token):
                background.append(event)
        kept = fold_purpose(kept, triggers)
        kept = claimed_together(kept, triggers)
        if not kept:
            kept = _fallback(sent, amap, coder, ctx, len(events), include_verbal)
        if background and len(background) < len(kept):
            # "..., after a Serbian jet shot down a helicopter": told as the setting of the
            # sentence's own event, already coded in its own report.
            kept = [e for e in kept if e not in background]
        if len(kept) > 1 and any(_coded(e) for e in kept):
            kept = [e for e in kept if _coded(e)]
        kept = [e for event in kept for e in (event, *done_back(event, returned.get(id(event))))]
        localise(kept, sent, amap)
        for number, event in enumerate(kept, start=len(events)):
            event.id = number
            events.append(event)
    return events
