"""Coding rules over the dependency parse: triggers, folding, arguments, status.

A sentence's triggers are matched against the lexicon; a governing trigger (agree, demand,
refuse, threaten, appeal, and intent nouns such as "agreement") absorbs the trigger it
governs and takes a combined CAMEO code ("agreed to cooperate" -> 031); future tense and
negation turn cooperative actions into intents and rejections. What is refused, demanded
of the subject or charged against someone ("accused the rebels of violating") is not an
event of its own. Arguments (sources, targets, place) are found by
:mod:`newsledger.extract.events_args`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsledger.extract.events_lexicon import (
    Entry,
    Lexicon,
    match_trigger,
    plover_of,
    possible_triggers,
    rules,
)
from newsledger.extract.events_tokens import token_table
from newsledger.extract.events_unrealised import charged_acts, unrealised_objects

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "relcl"})
_NOUN_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "pobj"})
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
_COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "over"})
_HOSTILE_MODALS = frozenset({"may", "might", "could"})
_DEMAND_MODALS = frozenset({"must", "should", "ought"})
# A modal clause that reports an inference or a condition, not an obligation.
_NOT_DEONTIC = frozenset({"have", "been", "if", "unless"})
# The clauses a speaker's "must" or "should" hangs in.
_DEONTIC_DEPS = frozenset({"ccomp", "acl"})
_DEMAND_ENTRY = Entry(lemma="must", noun=False, cameo="100")


@dataclass
class Candidate:
    """A matched trigger on its way to becoming an event."""

    token: Token
    entry: Entry
    cameo: str
    status: str | None = None
    family: str | None = None
    complement: Candidate | None = None
    consumed: bool = False
    negated: bool = False
    # True when the trigger is what a speaker says someone must do (sources and targets swap).
    obligation: bool = False
    # The clause that carries the obligation ("the US must be ready to mediate": "be"); its
    # subject is the one obliged, the subject of the verb or noun it hangs from the demander.
    modal: Token | None = None
    extra: list[Token] = field(default_factory=list)


def _lookup(table: dict[str, str], code: str) -> str | None:
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def combine(family: str, code: str) -> str | None:
    """The CAMEO code of ``family`` (intent, demand, ...) applied to an action coded ``code``."""
    table: dict[str, str] = rules()["combine"].get(family, {})
    return _lookup(table, code)


def _root(code: str) -> str:
    return code[:2]


def is_hostile(code: str) -> bool:
    return _root(code) in rules()["hostile_roots"]


def is_cooperative(code: str) -> bool:
    return _root(code) in rules()["cooperative_roots"]


def find_candidates(sent: Span, extra: Lexicon | None = None) -> list[Candidate]:
    speech = set(rules()["speech_verbs"])
    table = token_table(sent.doc)
    found = []
    for i in possible_triggers(table, sent.start, sent.end, extra):
        token = sent.doc[i]
        entry = match_trigger(token, extra)
        if entry is None:
            continue
        if not entry.noun and token.tag_ == "VBN" and token.dep_ in _NOMINAL_DEPS:
            # "evacuated the wounded": a participle standing for people.
            continue
        cameo = entry.cameo
        stop = _stopper(token) if entry.noun else None
        if stop is not None:
            # "an end to the fighting": a stop to violence de-escalates it, and the stop is
            # what others call for or agree to; any other act paused is not happening.
            if _root(cameo) not in rules()["violent_roots"]:
                continue
            cameo, token = rules()["stopped_violence"], stop
        if token.lemma_.lower() in speech and entry.specificity == 0 and entry.family is None:
            continue
        negated = _negated(token)
        if entry.noun and token.dep_ == "dobj" and token.head.pos_ == "VERB":
            # "did not impose a curfew": the noun's verb carries the negation.
            negated = negated or _negated(token.head)
        found.append(
            Candidate(
                token=token,
                entry=entry,
                cameo=cameo,
                status=entry.status,
                family=entry.family,
                negated=negated,
            )
        )
    return found


def _stopper(noun: Token) -> Token | None:
    """The pause or end ``noun`` is the object of ("a pause in the bombing": "pause")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return None
    return prep.head if prep.head.lemma_.lower() in rules()["stop_nouns"] else None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children)


def _complement_tokens(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in _COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ in ("xcomp",))
            # "agreed to hold talks": the event noun of a light complement verb.
            out.extend(c for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
        elif child.dep_ in _NOUN_COMPLEMENT_DEPS:
            out.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in _COMPLEMENT_PREPS:
            out.extend(c for c in child.children if c.dep_ in ("pcomp", "pobj"))
    return out


def _fold(candidates: list[Candidate]) -> None:
    by_token = {c.token.i: c for c in candidates}
    commitment_nouns = set(rules()["commitment_nouns"])
    commitment_types = set(rules()["commitment_types"])
    for cand in candidates:
        if cand.family is None or cand.consumed:
            continue
        if cand.family == "appeal" and _self_directed(cand.token):
            # "Western nations seek to bolster ...": their own aim, not an appeal to anyone.
            cand.family, cand.cameo = "intent", "0"
        comp = next(
            (
                by_token[t.i]
                for t in _complement_tokens(cand.token)
                if t.i in by_token and not by_token[t.i].consumed and by_token[t.i] is not cand
            ),
            None,
        )
        if comp is None:
            if cand.negated and cand.family == "reject":
                cand.cameo, cand.family = "0", None
            continue
        comp_plover = plover_of(comp.cameo)
        if (
            cand.token.lemma_.lower() in commitment_nouns
            and comp_plover is not None
            and comp_plover.type in commitment_types
        ):
            # A named deal or decision ("an agreement to deliver") is the action itself
            # at a stage of its life; the status keeps the stage.
            comp.status = cand.status
            comp.extra.append(cand.token)
            cand.consumed = True
            continue
        family = cand.family
        if cand.negated and family == "intent":
            family = "reject"
        code = combine(family, comp.cameo) if not comp.negated else combine("reject", comp.cameo)
        if code is not None:
            cand.cameo = code
        cand.complement = comp
        comp.consumed = True


def _self_directed(token: Token) -> bool:
    """An appeal verb with a bare "to" clause and nobody appealed to ("seek to ...")."""
    deps = {c.dep_ for c in token.children}
    return (
        token.pos_ == "VERB"
        and "xcomp" in deps
        and not deps & {"dobj", "dative", "nsubjpass", "prep"}
    )


def _has_aux(token: Token, words: set[str] | frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in token.children)


def _governing_adjective(token: Token) -> str | None:
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "ADJ":
        found: str | None = rules()["intent_adjectives"].get(head.lower_)
        return found
    return None


def apply_modalities(cand: Candidate) -> None:
    """Negation, obligation, appeal, intent and threat as the trigger's clause marks them."""
    if cand.family is not None:
        return
    token = cand.token
    future = set(rules()["future_aux"])
    adjective = _governing_adjective(token)
    if cand.negated:
        if is_cooperative(cand.cameo):
            cand.cameo = combine("reject", cand.cameo) or "120"
        elif is_hostile(cand.cameo):
            cand.cameo = "0"
        return
    modal = deontic_clause(token)
    if modal is not None:
        # "X declared that China must drop barriers": X demands it of China.
        cand.cameo = combine("demand", cand.cameo) or "100"
        cand.family = "demand"
        cand.obligation = True
        cand.modal = modal
        return
    want = token.head.lemma_.lower() in rules()["want_verbs"] and token.head.i != token.i
    if want and token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children):
        # "Obama wants Putin to attack Switzerland": an appeal to Putin.
        cand.cameo = combine("appeal", cand.cameo) or "020"
        cand.obligation, cand.modal = True, token
        return
    # An event noun takes the tense of the verb it is the object of ("will extend the
    # curfew", "could impose sanctions").
    verb = token.head if cand.entry.noun and token.dep_ in ("dobj", "nsubjpass") else token
    if token is not verb:
        adjective = adjective or _governing_adjective(verb)
    if adjective is not None or _has_aux(verb, future) or (want and token.dep_ == "xcomp"):
        if is_cooperative(cand.cameo) and not cand.cameo.startswith("03"):
            cand.cameo = combine("intent", cand.cameo) or "030"
            cand.status = cand.status or adjective or "proposed"
        elif is_hostile(cand.cameo) and not cand.cameo.startswith("13"):
            cand.cameo = combine("threaten", cand.cameo) or "130"
    elif _has_aux(verb, _HOSTILE_MODALS) and is_hostile(cand.cameo):
        cand.cameo = combine("threaten", cand.cameo) or "130"


def deontic_clause(token: Token) -> Token | None:
    """The reported clause above ``token`` (itself, or through "ready to", "have to") that
    says what someone must or should do, when a speech verb or noun governs it."""
    current = token
    for _ in range(4):
        if current.dep_ in _DEONTIC_DEPS and _has_aux(current, _DEMAND_MODALS):
            head = current.head
            speech = set(rules()["speech_verbs"]) | set(rules()["demand_nouns"])
            inert = any(c.lower_ in _NOT_DEONTIC for c in current.children)
            if head.lemma_.lower() in speech and not inert:
                return current
            return None
        if current.dep_ not in ("xcomp", "acomp") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _bare_obligations(sent: Span, candidates: list[Candidate]) -> list[Candidate]:
    """Demands whose required action the lexicon does not know ("China must drop barriers")."""
    table = token_table(sent.doc)
    out = []
    for i in range(sent.start, sent.end):
        # deontic_clause gives back the token itself only for such a clause.
        if table.pos[i] not in ("VERB", "AUX") or table.dep[i] not in _DEONTIC_DEPS:
            continue
        token = sent.doc[i]
        if deontic_clause(token) is token:
            inside = {t.i for t in token.subtree}
            # An act done to the obliged ("must drop barriers or face penalties") is not
            # the act the obligation asks of it.
            acts = [c for c in candidates if not c.consumed and not c.entry.inverse]
            if not any(c.token.i in inside for c in acts):
                cand = Candidate(token=token, entry=_DEMAND_ENTRY, cameo="100", family="demand")
                cand.obligation, cand.modal = True, token
                out.append(cand)
    return out


def _nested_merge(candidates: list[Candidate]) -> None:
    """A trigger inside another's obliques is the same happening ("killed in a bombing")."""
    live = {c.token.i: c for c in candidates if not c.consumed}
    folded = {c.complement.token.i for c in candidates if c.complement is not None}
    for cand in candidates:
        if cand.consumed:
            continue
        head = cand.token.head
        if (
            cand.token.dep_ == "advcl"
            and cand.token.tag_ == "VBG"
            and head.i in live
            and live[head.i] is not cand
            and is_hostile(live[head.i].cameo)
            and is_hostile(cand.cameo)
        ):
            # "attacked the camp, killing 156 people": the participle tells the outcome
            # of the same attack, and its object may be the attack's target.
            live[head.i].extra.append(cand.token)
            cand.consumed = True
            continue
        node = cand.token
        if cand.entry.noun and node.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN"):
            # "ended mediation efforts": the noun phrase the trigger modifies is the object.
            node, head = head, head.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        outer = live.get(head.i)
        if outer is None and cand.entry.noun and head.i in folded and node.dep_ == "dobj":
            # "agreed to lift the sanctions": the object of a folded act is part of it.
            cand.consumed = True
            continue
        if outer is None or outer is cand or not cand.entry.noun:
            continue
        if is_hostile(outer.cameo) and is_hostile(cand.cameo):
            if len(cand.cameo) > len(outer.cameo) or outer.cameo in ("190", "1823"):
                outer.cameo = cand.cameo
            cand.consumed = True
        elif node.dep_ in ("dobj", "attr"):
            cand.consumed = True


def code_candidates(sent: Span, extra: Lexicon | None = None) -> list[Candidate]:
    """The triggers of ``sent`` that stand as events after folding (``extra``: verb
    dictionaries consulted before the package's lexicon)."""
    candidates = find_candidates(sent, extra)
    _fold(candidates)
    for cand in candidates:
        if not cand.consumed:
            apply_modalities(cand)
    candidates += _bare_obligations(sent, candidates)
    unrealised_objects(candidates)
    charged_acts(sent, candidates)
    _nested_merge(candidates)
    return [c for c in candidates if not c.consumed and c.cameo != "0"]


def backgrounded(token: Token) -> bool:
    """Whether ``token`` sits in a relative clause (or is a participle standing for one), or
    a temporal or causal adverbial clause ("who had taken them hostage", "a member jailed a
    year ago", "after the army shot down ...", "as police cracked down")."""
    marks = set(rules()["background_marks"])
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # "a Hamas member jailed a year ago": a reduced relative clause.
        return True
    current = token
    while current.head.i != current.i:
        if current.dep_ == "relcl":
            return True
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in current.children
        ):
            return True
        current = current.head
    return False


def tense_status(token: Token) -> str | None:
    progressive = token.tag_ == "VBG" and (
        token.dep_ in ("acl", "pcomp") or _has_aux(token, {"is", "are", "was", "were", "be"})
    )
    if progressive:
        return str(rules()["material_statuses"]["progressive"])
    if token.tag_ in ("VBD", "VBN") and token.dep_ not in ("amod", "acl"):
        return str(rules()["material_statuses"]["past"])
    return None
