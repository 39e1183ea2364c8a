"""Commentary versus checkable claims.

A span is checkable when it states something a reader could verify: a concrete actor
(a resolved mention, a proper name, a personal pronoun, or an actor noun such as
"forces" or "ministry") doing a non-abstract act, or a number or a date. Commentary
relates abstractions with copular or evaluative verbs ("This move reflects a complex
interplay ...", "These developments raise critical questions ...", "the world will be
watching closely"). Word lists live in ``data/certainty/commentary_*.txt`` and
``actor_nouns.txt``. Truth and sourcing are left to other stages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from newsledger.data import load_lines
from newsledger.records import Mention

_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_DATE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})


@cache
def commentary_verbs() -> frozenset[str]:
    return frozenset(load_lines("certainty/commentary_verbs.txt"))


@cache
def commentary_nouns() -> frozenset[str]:
    return frozenset(load_lines("certainty/commentary_nouns.txt"))


@cache
def actor_nouns() -> frozenset[str]:
    return frozenset(load_lines("certainty/actor_nouns.txt"))


def _has_number_or_date(span: Span) -> bool:
    for token in span:
        if token.ent_type_ in _DATE_ENTS or (token.like_num and token.lower_ != "one"):
            return True
    return _YEAR.search(span.text) is not None


def _in_mention(token: Token, mentions: Sequence[Mention]) -> bool:
    return any(m.start <= token.idx < m.end for m in mentions)


def _concrete(head: Token, mentions: Sequence[Mention]) -> bool:
    """A noun phrase head that names a concrete actor."""
    if head.lemma_.lower() in commentary_nouns():
        return False
    return (
        _in_mention(head, mentions)
        or head.pos_ == "PROPN"
        or head.ent_type_ in _NAME_ENTS
        or head.lower_ in _PERSONAL
        or head.lemma_.lower() in actor_nouns()
    )


def _actor_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    # "Russian forces advancing in eastern Ukraine": the participle's noun does the act.
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        return verb.head
    if verb.dep_ == "conj":
        return _actor_of(verb.head)
    return None


def _describes_abstraction(token: Token) -> bool:
    """Inside a clause that elaborates an abstraction.

    Either it modifies an abstract noun ("the balance nations must keep") or it is the
    complement of a commentary verb whose subject is abstract ("This delay underscores
    [that] nations must ...").
    """
    nouns = commentary_nouns()
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head.lemma_.lower() in nouns:
            return True
        if ancestor.i != token.i and ancestor.lemma_.lower() in commentary_verbs():
            subject = _actor_of(ancestor)
            if subject is not None and subject.lemma_.lower() in nouns:
                return True
    return False


def _named_actors(span: Span, mentions: Sequence[Mention]) -> int:
    names = {m.code or m.text for m in mentions if m.kind != "equipment"}
    names |= {e.text for e in span.ents if e.label_ in _NAME_ENTS}
    return len(names)


def concrete_acts(span: Span, mentions: Sequence[Mention] = ()) -> list[Token]:
    """Verbs in ``span`` whose subject is a concrete actor and whose act is not abstract."""
    acts = []
    for token in span:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass"):
            continue
        if token.lemma_.lower() in commentary_verbs() or _describes_abstraction(token):
            continue
        actor = _actor_of(token)
        if actor is not None and _concrete(actor, mentions):
            acts.append(token)
    return acts


def is_checkable(span: Span, mentions_in_span: Sequence[Mention] = ()) -> bool:
    """False for commentary: no concrete actor doing a concrete act, no number, no date."""
    if concrete_acts(span, mentions_in_span):
        return True
    # Headlines often lack a parsable verb ("US, UK Endorse Offensive as Russia Advances"):
    # several named actors under a non-commentary predicate still say who did what to whom.
    if span.root.lemma_.lower() not in commentary_verbs() and (
        _named_actors(span, mentions_in_span) >= 2
    ):
        return True
    return _has_number_or_date(span)
