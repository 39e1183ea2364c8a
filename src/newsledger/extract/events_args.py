"""Arguments of an event trigger over the dependency parse: who acts (sources) and on whom
(targets), and where.

Sources are grammatical subjects (passive agents, the noun an -ing clause modifies, a
controller for "to" clauses, a pronoun's antecedent, in this sentence or the one before, the
doer named on the attack a passive happened in: "killed in Israeli shelling"); targets are
objects, the noun a passive participle modifies ("soldiers killed in Ukraine"), the objects of
a few prepositions, the partner, author or possessor of a non-actor object ("denounced
Serbia's suppression", "rejected calls by Belarus's rulers"), the objects of an uncoded
complement verb ("threatened to cut off electricity to Nakhichevan"), the subject of a
threat's condition ("unless Israel rescinded"), and for hostile acts the state they are "of"
("the invasion of Lebanon") or the place they or their object lie in.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from newsledger.data import load_lines
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
    "among",
)
_OBJECT_DEPS = ("nsubjpass", "dobj", "dative", "attr", "oprd")
_PLACE_PREPS = frozenset({"in", "near", "at", "across", "along"})
_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})


def subject_actors(token: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Who does what ``token`` names: subject, passive agent, controller or modified noun;
    for a passive with no agent, whose attack it happened in ("killed in Israeli shelling")."""
    attacker = _attacker(token, amap)
    if attacker:
        return attacker
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


@cache
def _attack_nouns() -> frozenset[str]:
    return frozenset(load_lines("actors/attack_nouns.txt"))


def _attacker(token: Token, amap: dict[int, Mention]) -> list[Mention]:
    """The actors named on the attack a passive participle happened in or by: "were killed
    in Israeli tank shelling", "soldiers wounded by a US air strike"."""
    passive = token.tag_ == "VBN" and (
        token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in token.children)
    )
    if not passive:
        return []
    for prep in token.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by", "during"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN":
                continue
            if _is_attack(pobj):
                # Whose attack, not where: "a car bombing in central Baghdad" names no doer.
                found = _named_in(pobj, amap, places=False)
                if found:
                    return found
    return []


def _is_attack(noun: Token) -> bool:
    words = [t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound"]
    # The parser may split "tank shelling" and leave "shelling" a verb after "tank".
    after = noun.nbor().lower_ if noun.i + 1 < len(noun.doc) else ""
    phrase = " ".join([*words[-1:], noun.lemma_.lower()])
    return bool({noun.lemma_.lower(), phrase, after} & _attack_nouns())


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
    """A pronoun subject's actor: the subject of the nearest clause above ("Syria says it
    ..."), else the main subject of the sentence before ("Lavrov arrived. He said ...")."""
    current = token
    while current.head.i != current.i:
        current = current.head
        for child in current.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                found = phrase_actors(child, amap, coder) or _named_in(child, amap)
                if found:
                    return found
    start = token.sent.start
    if start == 0:
        return []
    previous = token.doc[start - 1].sent.root
    for child in previous.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
            found = phrase_actors(child, amap, coder) or _named_in(child, amap)
            if found and not all((m.code or "---").startswith("---") for m in found):
                return found
    return []


def object_actors(
    token: Token, amap: dict[int, Mention], coder: ActorCoder, hostile: bool
) -> list[Mention]:
    """Whom ``token`` acts on: objects, then objects of a few prepositions."""
    children = list(token.children)
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
        # "10 Russian soldiers killed in Ukraine": a passive participle acts on its noun.
        found = phrase_actors(token.head, amap, coder)
        if found:
            return found
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
    if hostile and token.pos_ == "NOUN":
        # "its invasion of South Lebanon", "the blockade of Serbia ... with Albania's help":
        # the state a hostile act is "of" is its target, before any "with" or "to".
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    state = amap.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if state is not None and state.kind == "country":
                        return phrase_actors(pobj, amap, coder)
    for prep in _TARGET_PREPS:
        for child in children:
            if child.dep_ in ("prep", "dative") and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = phrase_actors(pobj, amap, coder) or _named_in(pobj, amap)
                        if found:
                            return found
    if weak:
        return _placed_victims(token, weak, amap) if hostile else weak
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("against", "on"):
            # "advised against travel to Tunisia": the partner of the act opposed.
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = _partner(pobj, amap, coder)
                if found:
                    return found
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
        # "staged a protest in Beijing", "conducting exercises in Alaska": the place of an
        # act named by a noun is on the verb that carries it out.
        light = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else None
        for child in [*children, *(light.children if light is not None else ())]:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = phrase_actors(pobj, amap, coder) or _named_in(pobj, amap)
                        if found:
                            return found
        return _threatened(children, amap, coder) or _object_place(children, amap)
    return []


def _threatened(
    children: list[Token], amap: dict[int, Mention], coder: ActorCoder
) -> list[Mention]:
    """Whom a threat's condition names: "threatened a strike unless Israel rescinded"."""
    for child in children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in child.children
        ):
            for subject in child.children:
                if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ != "PRON":
                    found = phrase_actors(subject, amap, coder)
                    if found:
                        return found
    return []


def _object_place(children: list[Token], amap: dict[int, Mention]) -> list[Mention]:
    """The state a hostile act's object lies in: "blew up power lines leading into Kabul",
    "shelled positions near the town of Rafah"."""
    for obj in children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        heads = [obj, *(c for c in obj.children if c.dep_ in ("acl", "relcl"))]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in (*_PLACE_PREPS, "into"):
                    continue
                states = {
                    amap[t.i].code
                    for t in prep.subtree
                    if t.i in amap and amap[t.i].kind == "country"
                }
                if len(states) == 1:
                    place = next(amap[t.i] for t in prep.subtree if t.i in amap)
                    return [place]
    return []


def _placed_victims(token: Token, weak: list[Mention], amap: dict[int, Mention]) -> list[Mention]:
    """Uncoded victims of an attack belong to the state it happened in ("four children were
    killed in the east of the Gaza Strip": PSECVL)."""
    # The attack named beside the act may carry the place ("killed in shelling in Gaza").
    heads = [token, *(c for c in token.children if {c.lower_, c.lemma_} & _attack_nouns())]
    places = [
        pobj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and not _is_attack(pobj)
    ]
    states = {amap[t.i].country for p in places for t in p.subtree if t.i in amap} - {None}
    if len(states) != 1:
        return weak
    state = states.pop() or ""
    return [
        replace(m, code=state + (m.code or "")[3:], country=state)
        if (m.code or "").startswith("---")
        else m
        for m in weak
    ]


def _partner(
    head: Token, amap: dict[int, Mention], coder: ActorCoder, depth: int = 1
) -> list[Mention]:
    """The actor a noun phrase is with, to, against or from ("air links with Serbia"), also
    through one "of" ("a resumption of ties between Gondor and Osgiliath")."""
    for link in head.children:
        if link.dep_ != "prep":
            continue
        for pobj in (c for c in link.children if c.dep_ == "pobj"):
            if link.lower_ in ("with", "to", "against", "on", "from", "between", "by", "among"):
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
