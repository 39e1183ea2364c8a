"""Where a group of people lives or acts, when that, not a demonym, codes it.

"Refugees fleeing the civil war in Liberia" are Liberian (LBRREF) though no demonym says
so; "ethnic Albanian guerrillas operating in Macedonia" and "ethnic Albanians demonstrated
in Serbia" are coded by the state they live in (MKDREB, SRBCVL), the Phoenix and PLOVER
convention for minorities. Leaves alone: a group with a plain demonym ("Russian troops in
Syria" stay Russian) and places outside any coded state.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.records import Mention

_PLACE_PREPS = frozenset({"in", "from", "inside", "throughout"})
_MINORITY = frozenset({"ethnic"})


def _place_in(verb: Token, amap: dict[int, Mention], depth: int = 2) -> Mention | None:
    """A state named in a place phrase of ``verb`` ("operating in Macedonia"), also inside
    its object ("fleeing the war in Liberia")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for token in [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod"))]:
                    found = amap.get(token.i)
                    if found is not None and found.kind == "country":
                        return found
        elif child.dep_ == "dobj" and depth > 1:
            found = _place_in(child, amap, depth - 1)
            if found is not None:
                return found
    return None


def is_minority(member: Token) -> bool:
    """Whether the phrase names an ethnic group ("ethnic Albanians")."""
    return any(
        t.lower_ in _MINORITY
        for c in member.children
        if c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
    )


def home_state(member: Token, amap: dict[int, Mention], minority: bool) -> Mention | None:
    """The state ``member``'s people live or act in: a place on a verb that describes them
    ("refugees fleeing ... in Liberia"); for an ethnic group also the place of the verb they
    are the subject of ("ethnic Albanians demonstrated in Serbia")."""
    for child in member.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            found = _place_in(child, amap)
            if found is not None:
                return found
    if minority and member.dep_ == "nsubj":
        return _place_in(member.head, amap, depth=1)
    return None
