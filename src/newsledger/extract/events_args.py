"""Arguments of an event trigger over the dependency parse: who acts (sources) and on whom
(targets), and where.

Sources are grammatical subjects (passive agents, the noun an -ing clause modifies, a
controller for "to" clauses, a pronoun's antecedent); targets are objects, the objects of a few
prepositions, the partner or possessor of a non-actor object ("denounced Serbia's
suppression"), and the objects of an uncoded complement verb ("threatened to cut off
electricity to Nakhichevan").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.events_actors import ActorCoder, _named_in, phrase_actors
from newsledger.extract.events_lexicon import rules
from newsledger.records import Mention

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
_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})


def subject_actors(token: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Who does what ``token`` names: subject, passive agent, controller or modified noun."""
    current = token
    controlled = False
    for _ in range(5):
        for child in current.children:
            if controlled and child.dep_ == "nsubjpass":
                # "Obama is scheduled to attend": the passive subject controls the "to" clause.
                found = phrase_actors(child, amap, coder) or _named_in(child, amap)
                if found:
                    return found
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
            if _measured(current):
                # "launched 10 days of war games": the games are the launched thing.
                current = current.head.head
                continue
            if current.dep_ == "compound" and current.head.pos_ in ("NOUN", "PROPN"):
                current = current.head
                continue
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
            controlled = current.dep_ == "xcomp"
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


def obliged_actors(clause: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Who a reported obligation binds: the clause's subject; for a pronoun ("a reminder to
    Iraq that it must"), whom the speaker addressed, else the pronoun's antecedent."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    if subject.pos_ != "PRON":
        return phrase_actors(subject, amap, coder) or _named_in(subject, amap)
    speech = clause.head if clause.head.pos_ == "VERB" else clause.head.head
    for child in speech.children:
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            for pobj in child.children:
                found = phrase_actors(pobj, amap, coder) if pobj.dep_ == "pobj" else []
                if found:
                    return found
        if child.dep_ == "dobj" and child.i != clause.head.i:
            found = phrase_actors(child, amap, coder)
            if found:
                return found
    return _antecedent(clause, amap, coder)


def _measured(token: Token) -> bool:
    """Whether ``token`` is what a measure or count of it stands for ("days of war games")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    measure = token.head.head
    return measure.pos_ == "NOUN" and (
        measure.lemma_.lower() in rules()["measure_heads"]
        or any(c.dep_ == "nummod" for c in measure.children)
    )


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
            found = _partner(child, amap, coder)
            if found:
                return found
            found = _named_in(child, amap)
            if found:
                return found
    for child in children:
        # "denounced as an ugly crime Serbia's suppression": the possessor of an act.
        heads = [child] if child.dep_ in ("dobj", "nsubjpass", "attr") else []
        if child.dep_ == "prep" and child.lower_ == "as":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        for head in [*heads, *(a for h in heads for a in h.children if a.dep_ == "appos")]:
            for poss in head.children:
                if poss.dep_ == "poss" and poss.i in amap:
                    return phrase_actors(poss, amap, coder)
    if token.pos_ == "NOUN":
        # "the withdrawal of forces from Panama", "a suspension of air links with Serbia".
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    found = _partner(pobj, amap, coder) if pobj.dep_ == "pobj" else []
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


def _partner(
    head: Token, amap: dict[int, Mention], coder: ActorCoder, depth: int = 1
) -> list[Mention]:
    """The actor a noun phrase is with, to, against or from ("air links with Serbia"), also
    through one "of" ("a resumption of ties between Gondor and Osgiliath")."""
    for link in head.children:
        if link.dep_ != "prep":
            continue
        for pobj in (c for c in link.children if c.dep_ == "pobj"):
            if link.lower_ in ("with", "to", "against", "on", "from", "between"):
                found = phrase_actors(pobj, amap, coder)
            elif link.lower_ == "of" and depth > 0 and pobj.i not in amap:
                found = _partner(pobj, amap, coder, depth - 1)
            else:
                found = []
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
