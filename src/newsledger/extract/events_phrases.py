"""Noun-phrase shapes that hide the actor: collective heads and people placed in a country.

"Tens of thousands of university students" and "a group of refugees" name their actor in the
"of" phrase; "Ethnic Albanians in south Serbia" are coded by the country they live in (the
Phoenix convention: SRBCVL), not by the demonym.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events_lexicon import rules
from newsledger.records import Mention

_RESIDENCE_PREPS = frozenset({"in", "of"})


def collective_member(token: Token) -> Token:
    """The noun a collective or quantity head stands for ("thousands of students" ->
    "students"), following chains ("tens of thousands of students"); else ``token``."""
    heads = set(rules()["collective_heads"])
    current = token
    for _ in range(4):
        if current.lemma_.lower() not in heads and current.lower_ not in heads:
            break
        pobj = next(
            (
                g
                for c in current.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if pobj is None:
            break
        current = pobj
    return current


def residence(token: Token, named: Mention, amap: dict[int, Mention]) -> Mention | None:
    """The country a demonym-named group lives in ("Albanians in south Serbia" -> Serbia)."""
    if named.kind != "country" or token.tag_ not in ("NNPS", "NNS"):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _RESIDENCE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            candidates = [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod"))]
            for cand in candidates:
                place = amap.get(cand.i)
                if place is not None and place.kind == "country" and place.code != named.code:
                    return place
    return None
