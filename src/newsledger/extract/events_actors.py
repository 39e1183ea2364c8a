"""Actor coding for events: noun phrases to codes (ISO alpha-3 state plus sector, "RUSMIL").

Named actors come from ``ctx.mentions`` when an earlier stage filled them, else from spaCy's
entities resolved with :mod:`newsledger.resolve.actors` (plus
:mod:`newsledger.extract.events_countries`), the Phoenix dictionary (people with the role held
at the article's date) and surnames (:mod:`newsledger.extract.events_people`). A phrase's
sector comes from its head noun ("troops" -> MIL, "officials" -> GOV); a description in the
text ("U.N. mediator Diego Cordovez", "X, the UN relief coordinator") outranks a person's
dictionary code. Extra actor files are loaded by :mod:`newsledger.extract.events_coder`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsledger.context import Context
from newsledger.data import load_lines
from newsledger.extract.events_coder import ActorCoder, actor_coder
from newsledger.extract.events_countries import country_code, states
from newsledger.extract.events_people import surname_spans
from newsledger.extract.events_phoenix import is_root_agent, phoenix_spans
from newsledger.extract.events_phrases import collective_member, residence
from newsledger.extract.events_residence import home_state, is_minority
from newsledger.extract.events_tokens import token_table
from newsledger.records import Actor, Mention

__all__ = ["ActorCoder", "actor_coder", "actor_map", "country_code", "phrase_actors"]

_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})
_OF_PREPS = frozenset({"of", "in", "from", "throughout", "for"})
# Prepositions whose object is the whole the head belongs to, looked into for its actors
# ("positions of the Palestinian forces", "a camp for Congolese refugees").
_PART_PREPS = frozenset({"of", "for"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_UNCODED_LABELS = frozenset({"PERSON", "ORG", "NORP"})


@cache
def _sponsor_words() -> frozenset[str]:
    return frozenset(load_lines("actors/sponsor_words.txt"))


def _mention_for(span: Span, code: str, coder: ActorCoder, kind: str | None = None) -> Mention:
    return _mention_of(span, code, coder.index.lookup(span.text), kind)


def _mention_of(span: Span, code: str, actor: Actor | None, kind: str | None = None) -> Mention:
    """The mention of ``span`` coded ``code``; ``actor``: what the actor index says of it."""
    # A bare three-letter code is a state (the PETRARCH test dictionaries invent some); a
    # longer one names its state only in an ISO prefix ("UNWFP" is no state "UNW").
    prefix = code[:3]
    country = prefix if _ISO3.match(prefix) and (len(code) == 3 or prefix in states()) else None
    return Mention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        kind=(actor.kind if actor else kind or "country"),  # type: ignore[arg-type]
        code=code,
        name=actor.name if actor else span.text,
        country=actor.country if actor and actor.country else country,
        sector=actor.sector if actor else None,
    )


def _resolve_span(span: Span, coder: ActorCoder) -> Mention | None:
    actor, code = _resolve_text(span.text, coder)
    return _mention_of(span, code, actor) if code is not None else None


def _resolve_text(text: str, coder: ActorCoder) -> tuple[Actor | None, str | None]:
    """What the actor index says of ``text``, and its code (None: not an actor): the
    index's, else a country's."""
    actor = coder.index.lookup(text)
    if actor is not None and actor.kind != "equipment":
        return actor, actor.code
    return actor, country_code(text) or None


def _petr_matches(doc: Doc, coder: ActorCoder, amap: dict[int, Mention]) -> None:
    longest = max((len(k) for k in coder.phrases), default=0)
    words = token_table(doc).lower
    i = 0
    while i < len(doc):
        hit = 0
        for size in range(min(longest, len(doc) - i), 0, -1):
            code = coder.phrases.get(tuple(words[i : i + size]))
            if code:
                hit = size
                break
        if not hit:
            code = (
                next((c for p, c in coder.prefixes.items() if words[i].startswith(p)), None)
                if doc[i].is_alpha
                else None
            )
            hit = 1 if code else 0
        if hit and code:
            span = doc[i : i + hit]
            mention = _mention_for(span, code, coder, kind="group")
            for t in span:
                amap[t.i] = mention
            i += hit
        else:
            i += 1


def actor_map(doc: Doc, ctx: Context | None, coder: ActorCoder) -> dict[int, Mention]:
    """Token index -> the named actor it belongs to, for the whole Doc."""
    table = token_table(doc)
    amap: dict[int, Mention] = {}
    if coder.phrases:
        _petr_matches(doc, coder, amap)
    if ctx is not None:
        for mention in ctx.mentions:
            if mention.code and mention.kind != "equipment":
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for t in span or ():
                    amap.setdefault(t.i, mention)
    # Doc.ents makes new Spans on every call.
    ents = list(doc.ents)
    for ent in ents:
        if ent.label_ not in _ENTITY_LABELS or any(i in amap for i in range(ent.start, ent.end)):
            continue
        resolved = _resolve_span(ent, coder)
        if resolved is not None:
            for i in range(ent.start, ent.end):
                amap[i] = resolved
    day = ctx.reference_date if ctx is not None else None
    for span, code in phoenix_spans(doc, set(amap), day):
        mention = _mention_for(span, code, coder, kind="country" if len(code) == 3 else "group")
        for i in range(span.start, span.end):
            amap[i] = mention
    titles = surname_spans(doc, amap, lambda w: coder.sector_of(w) is not None, ents)
    for span, code in list(titles):
        mention = _mention_for(span, code, coder, kind="group")
        for i in range(span.start, span.end):
            amap[i] = mention
    for i, text in enumerate(table.text):
        if i in amap or not text[:1].isupper() or table.pos[i] not in ("ADJ", "PROPN", "NOUN"):
            continue
        # Most capitalised words name nobody: the Span is made only for one that does.
        actor, found = _resolve_text(text, coder)
        if found is not None:
            amap[i] = _mention_of(doc[i : i + 1], found, actor)
    return amap


def _sector(head: Token, coder: ActorCoder) -> str | None:
    """Sector of the phrase headed by ``head``: its longest known role ending ("human rights
    group"), else a title before a name ("President Vojislav Kostunica")."""
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if not t.is_punct]
    for start in range(max(0, len(words) - 4), len(words)):
        phrase = " ".join(t.lower_ for t in words[start:])
        found = coder.sector_of(phrase)
        if found:
            return found
    found = coder.sector_of(head.lemma_.lower())
    if found or head.pos_ != "PROPN":
        return found
    titles = [
        t for t in head.lefts if t.dep_ == "compound" and t.ent_type_ != "PERSON" and not t.is_upper
    ]
    for start in range(len(titles)):
        found = coder.sector_of(" ".join(t.lower_ for t in titles[start:]))
        if found:
            return found
    return None


def _conjuncts(token: Token, amap: dict[int, Mention] | None = None) -> list[Token]:
    members = [token, *[c for c in token.conjuncts if c.i > token.i]]
    if amap is not None and token.i in amap:
        # A list of states parsed as an apposition ("The US, Russia, and Switzerland met").
        for child in token.children:
            if child.dep_ == "appos" and child.i in amap and amap[child.i].kind == "country":
                members += [child, *[c for c in child.conjuncts if c.i > child.i]]
    return members


def _named_in(
    head: Token,
    amap: dict[int, Mention],
    depth: int = 2,
    coder: ActorCoder | None = None,
    places: bool = True,
) -> list[Mention]:
    """Named actors among the head's modifiers ("Russian forces", "leaders of Egypt");
    ``places`` False leaves out the prepositional phrases ("a bombing in Baghdad")."""
    found: list[Mention] = []
    placed: list[Mention] = []
    owners: list[Mention] = []
    renamed: list[Mention] = []
    for child in head.children:
        if child.dep_ == "amod" and child.lemma_.lower() in _sponsor_words():
            # "the Iranian-backed Hezbollah group": the backer is not the group.
            continue
        if child.dep_ in _MODIFIER_DEPS:
            # An apposition renames the head ("the US commander, General Petraeus"): it
            # tells whose only when the head's own modifiers do not.
            into = renamed if child.dep_ == "appos" else found
            for member in _conjuncts(child):
                if member.i in amap:
                    into.append(_owned(member, amap))
                elif depth > 1:
                    into.extend(_named_in(member, amap, depth - 1))
        elif child.dep_ == "prep" and child.lower_ in _OF_PREPS and depth > 1 and places:
            into = owners if child.lower_ == "of" else placed
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for member in _conjuncts(pobj):
                        if member.i in amap:
                            into.append(_owned(member, amap))
                        elif child.lower_ in _PART_PREPS and coder is not None:
                            # "positions of the Palestinian security forces": PSEMIL.
                            into += [
                                m
                                for m in phrase_actors(member, amap, coder)
                                if not (m.code or "---").startswith("---")
                            ]
    # "The US commander in Iraq": the modifier says whose; the place only when nothing does;
    # "the withdrawal of Serbian forces from Bosnia": the "of" phrase before other places.
    found = found or renamed or owners or placed
    unique: dict[tuple[int, int], Mention] = {}
    for mention in found:
        unique.setdefault((mention.start, mention.end), mention)
    return list(unique.values())


def phrase_actors(head: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Coded actors of the noun phrase headed by ``head`` and its conjuncts."""
    actors: list[Mention] = []
    shared: list[Mention] = []
    for number, member in enumerate(_conjuncts(collective_member(head), amap)):
        if member.pos_ == "PRON":
            continue
        found = _rehome(member, _member_actors(member, amap, coder), amap)
        if number == 0 and member.i not in amap:
            shared = [m for m in found if not (m.code or "---").startswith("---")]
        elif shared and found and all((m.code or "---").startswith("---") for m in found):
            # "Israeli helicopters and tanks": the first noun's modifier covers the list.
            found = [
                replace(m, code=(s.code or "")[:3] + (m.code or "")[3:])
                for m in found
                for s in shared
            ]
        actors += found
    return actors


def _rehome(member: Token, found: list[Mention], amap: dict[int, Mention]) -> list[Mention]:
    """Uncoded people, and ethnic groups, take the state they live or act in (see
    :mod:`newsledger.extract.events_residence`)."""
    if not found:
        return found
    minority = is_minority(member)
    home = home_state(member, amap, minority)
    if home is None or not home.code or home.code not in states():
        return found
    out = []
    for mention in found:
        code = mention.code or ""
        if code.startswith("---") or (minority and code[:3] in states()):
            mention = replace(mention, code=home.code + code[3:], country=home.code)
        out.append(mention)
    return out


def _member_actors(member: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    actors: list[Mention] = []
    described = _described(member, amap, coder)
    if described:
        return described
    if member.i in amap:
        named = amap[member.i]
        named = residence(member, named, amap) or named
        sector = _sector(member, coder) if named.kind in ("country", "group") else None
        code = _possessed(member, named.code or "", amap)
        if sector and len(code) == 3 and not named.text.endswith(member.text):
            code += sector
        return [_with_code(named, code, member, sector)]
    sector = _sector(member, coder)
    named_mods = _named_in(member, amap, coder=coder)
    span = member.doc[member.left_edge.i : member.i + 1]
    for named in named_mods:
        code = named.code or ""
        if sector and len(code) == 3:
            code += sector
        actors.append(_with_code(named, code, member, sector, span))
    if not named_mods and member.pos_ == "PROPN" and member.ent_type_ in _UNCODED_LABELS:
        # A named actor we cannot code is still the doer: "---" as in Phoenix data.
        actors.append(_uncoded(span, f"---{sector or ''}", sector))
    elif not named_mods and sector and member.pos_ == "NOUN":
        earlier = _definite_antecedent(member, sector, amap)
        if earlier is not None:
            return [_with_code(earlier, earlier.code or "", member, sector, span)]
        # Organisation roles ("a human rights group") are coded by the role alone: NGO.
        words = [t.lower_ for t in span if not t.is_punct]
        root = any(is_root_agent(" ".join(words[k:])) for k in range(len(words)))
        actors.append(_uncoded(span, sector if root else f"---{sector}", sector))
    return actors


def _definite_antecedent(member: Token, sector: str, amap: dict[int, Mention]) -> Mention | None:
    """The actor a bare definite role refers back to: "Sergei Lavrov arrived. The minister
    said ..." (RUSGOV), the nearest earlier mention, in the two sentences before, whose
    code has the role's sector."""
    lefts = list(member.lefts)
    if member.tag_ != "NN" or [t.lower_ for t in lefts] != ["the"]:
        return None
    sent = member.sent
    first = sent.start
    for _ in range(2):
        if first == 0:
            break
        first = member.doc[first - 1].sent.start
    for i in range(sent.start - 1, first - 1, -1):
        found = amap.get(i)
        if found is not None and (found.code or "")[3:6] == sector:
            return found
    return None


def _uncoded(span: Span, code: str, sector: str | None) -> Mention:
    return Mention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        kind="group",
        code=code,
        name=span.text,
        sector=sector,
    )


def _possessed(member: Token, code: str, amap: dict[int, Mention]) -> str:
    """A state's institution named by its generic name belongs to the state that owns it
    in the text ("Rwanda's Senate": RWALEG, where "Senate" alone is the US one)."""
    if len(code) <= 3 or code[:3] not in states():
        return code
    for child in member.children:
        owner = amap.get(child.i) if child.dep_ == "poss" else None
        if owner is not None and owner.kind == "country" and owner.code in states():
            return owner.code + code[3:]
    return code


def _owned(member: Token, amap: dict[int, Mention]) -> Mention:
    named = amap[member.i]
    code = _possessed(member, named.code or "", amap)
    return named if code == named.code else replace(named, code=code)


def _personal(member: Token, named: Mention | None) -> bool:
    """Whether ``member`` names a person: spaCy says so, or (where it takes "Oshima" for a
    place) a dictionary name of several proper nouns that is no state."""
    if member.ent_type_ == "PERSON":
        return True
    if named is None or named.kind == "country":
        return False
    span = member.doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None:
        return False
    return len(span) > 1 and all(t.pos_ == "PROPN" and t.is_alpha for t in span)


def _described(member: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """The actors a person's apposition names ("Kenzo Oshima, the United Nations relief
    coordinator": UN): the report's own description gives the role held at its date, where
    a dictionary code may be an earlier or later office."""
    own = amap.get(member.i)
    if not _personal(member, own):
        return []
    for child in member.lefts:
        # "U.N. mediator Diego Cordovez": a named title before the name.
        if child.dep_ not in ("compound", "amod", "nmod"):
            continue
        for token in [child, *child.children]:
            title = amap.get(token.i)
            if title is None or title is own or token.ent_type_ == "PERSON":
                continue
            if own is None or (title.code or "")[:3] != (own.code or "")[:3]:
                sector = _sector(member, coder)
                code = title.code or ""
                code += sector if sector and len(code) == 3 else ""
                return [_with_code(title, code, member, sector)]
    for child in member.children:
        if (
            child.dep_ == "appos"
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ != "PERSON"
        ):
            found = phrase_actors(child, amap, coder)
            if found and not any((m.code or "").startswith("---") for m in found):
                return found
    return []


def _with_code(
    named: Mention, code: str, head: Token, sector: str | None, span: Span | None = None
) -> Mention:
    coded = replace(named, code=code, sector=sector or named.sector)
    if span is None:
        return coded
    return replace(coded, text=span.text, start=span.start_char, end=span.end_char)
