"""Coding rules over the dependency parse: triggers, folding, arguments, status.

A sentence's triggers are matched against the lexicon; a governing trigger (agree, demand,
refuse, threaten, appeal, and intent nouns such as "agreement") absorbs the trigger it
governs and takes a combined CAMEO code ("agreed to cooperate" -> 031); future tense and
negation turn cooperative actions into intents and rejections. Sources are grammatical
subjects (passive agents, the noun an -ing clause modifies, a controller for "to" clauses);
targets are objects and the objects of a few prepositions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsledger.extract.events_actors import ActorCoder, _named_in, phrase_actors
from newsledger.extract.events_lexicon import Entry, Lexicon, match_trigger, plover_of, rules
from newsledger.records import Mention

_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "relcl"})
_NOUN_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "pobj"})
_COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "over"})
_TARGET_PREPS = (
    "to",
    "against",
    "with",
    "on",
    "at",
    "toward",
    "towards",
    "into",
    "from",
    "over",
    "for",
    "between",
    "upon",
)
_OBJECT_DEPS = ("nsubjpass", "dobj", "dative", "attr", "oprd")
_PLACE_PREPS = frozenset({"in", "near", "at", "across", "along"})
_HOSTILE_MODALS = frozenset({"may", "might", "could"})
_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})
_DEMAND_MODALS = frozenset({"must", "should"})


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
    found = []
    for token in sent:
        entry = match_trigger(token, extra)
        if entry is None:
            continue
        if token.lemma_.lower() in speech and entry.specificity == 0 and entry.family is None:
            continue
        negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children)
        found.append(
            Candidate(
                token=token,
                entry=entry,
                cameo=entry.cameo,
                status=entry.status,
                family=entry.family,
                negated=negated,
            )
        )
    return found


def _complement_tokens(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in _COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(child)
            out.extend(c for c in child.children if c.dep_ in ("xcomp",))
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


def _has_aux(token: Token, words: set[str] | frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in token.children)


def _governing_adjective(token: Token) -> str | None:
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "ADJ":
        found: str | None = rules()["intent_adjectives"].get(head.lower_)
        return found
    return None


def _modalities(cand: Candidate) -> None:
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
    if _has_aux(token, _DEMAND_MODALS) and token.dep_ == "ccomp":
        # "X declared that China must drop barriers": X demands it of China.
        cand.cameo = combine("demand", cand.cameo) or "100"
        cand.family = "demand"
        cand.obligation = True
        return
    if adjective is not None or _has_aux(token, future):
        if is_cooperative(cand.cameo) and not cand.cameo.startswith("03"):
            cand.cameo = combine("intent", cand.cameo) or "030"
            cand.status = cand.status or adjective or "proposed"
        elif is_hostile(cand.cameo) and not cand.cameo.startswith("13"):
            cand.cameo = combine("threaten", cand.cameo) or "130"
    elif _has_aux(token, _HOSTILE_MODALS) and is_hostile(cand.cameo):
        cand.cameo = combine("threaten", cand.cameo) or "130"


def _nested_merge(candidates: list[Candidate]) -> None:
    """A trigger inside another's obliques is the same happening ("killed in a bombing")."""
    live = {c.token.i: c for c in candidates if not c.consumed}
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
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        outer = live.get(head.i)
        if outer is None or outer is cand or not cand.entry.noun:
            continue
        if is_hostile(outer.cameo) and is_hostile(cand.cameo):
            if len(cand.cameo) > len(outer.cameo) or outer.cameo in ("190", "1823"):
                outer.cameo = cand.cameo
            cand.consumed = True
        elif cand.token.dep_ in ("dobj", "attr"):
            cand.consumed = True


def code_candidates(sent: Span, extra: Lexicon | None = None) -> list[Candidate]:
    """The triggers of ``sent`` that stand as events after folding (``extra``: verb
    dictionaries consulted before the package's lexicon)."""
    candidates = find_candidates(sent, extra)
    _fold(candidates)
    for cand in candidates:
        if not cand.consumed:
            _modalities(cand)
    _nested_merge(candidates)
    return [c for c in candidates if not c.consumed and c.cameo != "0"]


def subject_actors(token: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Who does what ``token`` names: subject, passive agent, controller or modified noun."""
    current = token
    for _ in range(5):
        for child in current.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = phrase_actors(pobj, amap, coder) or _named_in(pobj, amap)
                        if found:
                            return found
        subjects: list[Mention] = []
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj", "expl"):
                if child.pos_ == "PRON" and child.lower_ in _ANAPHORS:
                    subjects += _antecedent(current, amap, coder)
                else:
                    subjects += phrase_actors(child, amap, coder) or _named_in(child, amap)
        if subjects:
            return subjects
        if current.pos_ in ("NOUN", "PROPN"):
            found = _named_in(current, amap, depth=1)
            if found and current.dep_ not in ("dobj", "pobj"):
                return found
            if current.dep_ not in ("dobj", "attr", "nsubjpass", "nsubj"):
                # An event noun inside another phrase ("the risks of an offensive") has
                # no doer of its own.
                return []
        if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN"):
            if current.dep_ == "acl" and current.tag_ == "VBN":
                return []
            found = phrase_actors(current.head, amap, coder)
            if found:
                return found
            current = current.head
            continue
        if current.dep_ in (
            "xcomp",
            "conj",
            "advcl",
            "dobj",
            "attr",
            "nsubjpass",
            "ccomp",
            "acomp",
        ):
            if current.dep_ == "ccomp" and current.pos_ == "VERB":
                return []
            current = current.head
            continue
        if current.dep_ in ("pcomp", "pobj") and current.head.dep_ in ("prep", "agent"):
            if current.head.head.pos_ in ("NOUN", "PROPN") and current.head.head.dep_ not in (
                "dobj",
                "attr",
            ):
                return []
            current = current.head.head
            continue
        if current.dep_ == "ROOT" and current.pos_ in ("NOUN", "PROPN"):
            return _named_in(current, amap)
        break
    return []


def _antecedent(token: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """A pronoun subject's actor: the subject of the nearest clause above ("Syria says it ...")."""
    current = token
    while current.head.i != current.i:
        current = current.head
        for child in current.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                found = phrase_actors(child, amap, coder) or _named_in(child, amap)
                if found:
                    return found
    return []


def object_actors(
    token: Token, amap: dict[int, Mention], coder: ActorCoder, hostile: bool
) -> list[Mention]:
    """Whom ``token`` acts on: objects, then objects of a few prepositions."""
    children = list(token.children)
    # An uncoded role ("---MIL") or the doer's own people ("its troops") is kept only when
    # no coded actor turns up among the objects of prepositions.
    weak: list[Mention] = []
    for dep in _OBJECT_DEPS:
        for child in children:
            if child.dep_ == dep:
                found = phrase_actors(child, amap, coder)
                own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
                if found and not own and not all((m.code or "").startswith("---") for m in found):
                    return found
                weak = weak or found
    for prep in _TARGET_PREPS:
        for child in children:
            if child.dep_ in ("prep", "dative") and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = phrase_actors(pobj, amap, coder) or _named_in(pobj, amap)
                        if found:
                            return found
    if weak:
        return weak
    for child in children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            # "ratified an agreement with the European Union": the partner of the object.
            for link in child.children:
                if link.dep_ == "prep" and link.lower_ in ("with", "to", "against", "on"):
                    for pobj in link.children:
                        found = phrase_actors(pobj, amap, coder) if pobj.dep_ == "pobj" else []
                        if found:
                            return found
            found = _named_in(child, amap)
            if found:
                return found
    if hostile:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = phrase_actors(pobj, amap, coder) or _named_in(pobj, amap)
                        if found:
                            return found
    return []


def location_of(token: Token, amap: dict[int, Mention]) -> Span | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (
                    pobj.i in amap
                    or any(t.i in amap for t in pobj.subtree)
                    or pobj.ent_type_ in ("GPE", "LOC")
                ):
                    return token.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    return None


def tense_status(token: Token) -> str | None:
    progressive = token.tag_ == "VBG" and (
        token.dep_ in ("acl", "pcomp") or _has_aux(token, {"is", "are", "was", "were", "be"})
    )
    if progressive:
        return str(rules()["material_statuses"]["progressive"])
    if token.tag_ in ("VBD", "VBN") and token.dep_ not in ("amod", "acl"):
        return str(rules()["material_statuses"]["past"])
    return None
