"""Actor coding for events: noun phrases to codes (ISO alpha-3 state plus sector, "RUSMIL").

Named actors come from ``ctx.mentions`` when an earlier stage filled them, else from spaCy's
entities resolved with :mod:`newsledger.resolve.actors` (plus ``data/events/demonyms.tsv``).
A phrase's sector comes from its head noun ("troops" -> MIL, "officials" -> GOV). Extra actor
files may be in the groups.tsv layout or in the PETRARCH dictionary layout (``NAME [CODE]``,
``+ALIAS`` lines, agents as ``WORD [~SECTOR]``); both are loaded for one run only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

import country_converter as coco
from spacy.tokens import Doc, Span, Token

from newsledger.context import Context
from newsledger.data import data_text
from newsledger.errors import InputError
from newsledger.extract.events_phoenix import agent_sector, is_root_agent, phoenix_spans
from newsledger.extract.events_phrases import collective_member, residence
from newsledger.records import Mention
from newsledger.resolve.actors import ActorIndex, load_actor_index

_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos"})
_OF_PREPS = frozenset({"of", "in", "from", "throughout"})
_PETR_ENTRY = re.compile(r"^\s*([^\[#]*?)\s*\[([^\]]*)\]")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_UNCODED_LABELS = frozenset({"PERSON", "ORG", "NORP"})


@dataclass
class ActorCoder:
    """Everything needed to code actor phrases, built once per set of extra actor files."""

    index: ActorIndex
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)

    def sector_of(self, words: str) -> str | None:
        key = tuple(words.lower().split())
        if key in self.agents:
            return self.agents[key]
        return (
            self.index.sector_of(words)
            or _extra_sectors().get(words.lower())
            or agent_sector(words)
        )


@cache
def _extra_sectors() -> dict[str, str]:
    table = {}
    for line in data_text("events/sectors.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            word, code = line.split("\t")
            table[word] = code.strip()
    return table


@cache
def _demonyms() -> dict[str, str]:
    table = {}
    for line in data_text("events/demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            word, code = line.split("\t")
            table[word.lower()] = code.strip()
    return table


@cache
def _converter() -> coco.CountryConverter:
    # country_converter logs every miss; a miss is an ordinary answer here.
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()


# Bounded: one entry per distinct name ever seen would grow for as long as a corpus runs.
@lru_cache(maxsize=1 << 15)
def country_code(text: str) -> str | None:
    """ISO alpha-3 of a country name, demonym or capital outside the actor index, or None."""
    key = " ".join(text.split()).strip(" .,'\u2019")
    key = re.sub(r"^(?:the\s+)", "", key, flags=re.I)
    key = re.sub(r"(?:'s|\u2019s)$", "", key)
    if not key:
        return None
    found = _demonyms().get(key.lower())
    if found:
        return found
    if key.endswith("s") and key[:-1].lower() in _demonyms():
        return _demonyms()[key[:-1].lower()]
    if not key[0].isupper():
        return None
    converted = _converter().convert(key, to="ISO3", not_found=None)
    if isinstance(converted, str) and _ISO3.match(converted) and converted != key:
        return converted
    return None


def _petr_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[_\s]+", name.strip().lower()) if w)


def _load_petr(coder: ActorCoder, text: str) -> None:
    current: str | None = None
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or line.startswith("!"):
            continue
        if line.lstrip().startswith("+"):
            if current is not None:
                _add_petr_name(coder, line.strip()[1:], current)
            else:
                pending.append(line.strip()[1:])
            continue
        match = _PETR_ENTRY.match(line)
        if match:
            name, code = match.group(1), match.group(2).split()[0] if match.group(2).split() else ""
            name = re.sub(r"\{.*?\}", "", name).strip()
            if code.startswith("~"):
                for word in [name, *re.findall(r"\{([^}]*)\}", line)]:
                    if word.strip():
                        coder.agents[_petr_words(word)] = code[1:]
                current = None
                continue
            current = code.upper()
            if name:
                _add_petr_name(coder, name, current)
            for alias in pending:
                _add_petr_name(coder, alias, current)
            pending = []
        elif line.strip() and not line.startswith(("\t", " ")):
            pending = [line.strip()]
            current = None
        elif current is None and line.strip().startswith("["):
            code = line.strip().strip("[]").split()[0]
            for alias in pending:
                _add_petr_name(coder, alias, code.upper())
            current = code.upper()
            pending = []


def _add_petr_name(coder: ActorCoder, name: str, code: str) -> None:
    exact = name.endswith("_")
    words = _petr_words(name)
    if not words or not code:
        return
    if len(words) == 1 and not exact and len(words[0]) >= 4:
        # PETRARCH matches a single word as a prefix unless it ends in "_".
        coder.prefixes.setdefault(words[0], code)
    coder.phrases.setdefault(words, code)


@cache
def actor_coder(actor_files: tuple[Path, ...] = ()) -> ActorCoder:
    """The coder for the package's actors plus ``actor_files`` (TSV or PETRARCH layout)."""
    tsv: list[Path] = []
    petr: list[str] = []
    for path in actor_files:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{path}: cannot read actor file ({exc.strerror})") from exc
        (petr.append(text) if "[" in text else tsv.append(Path(path)))  # type: ignore[func-returns-value]
    coder = ActorCoder(index=load_actor_index(tuple(tsv)))
    for text in petr:
        _load_petr(coder, text)
    return coder


def _mention_for(span: Span, code: str, coder: ActorCoder, kind: str | None = None) -> Mention:
    actor = coder.index.lookup(span.text)
    country = code[:3] if _ISO3.match(code[:3]) else None
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
    actor = coder.index.lookup(span.text)
    if actor is not None and actor.kind != "equipment":
        return _mention_for(span, actor.code, coder)
    code = country_code(span.text)
    return _mention_for(span, code, coder) if code else None


def _petr_matches(doc: Doc, coder: ActorCoder, amap: dict[int, Mention]) -> None:
    longest = max((len(k) for k in coder.phrases), default=0)
    words = [t.lower_ for t in doc]
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
    amap: dict[int, Mention] = {}
    if coder.phrases:
        _petr_matches(doc, coder, amap)
    if ctx is not None:
        for mention in ctx.mentions:
            if mention.code and mention.kind != "equipment":
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for t in span or ():
                    amap.setdefault(t.i, mention)
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS or any(t.i in amap for t in ent):
            continue
        resolved = _resolve_span(ent, coder)
        if resolved is not None:
            for t in ent:
                amap[t.i] = resolved
    for span, code in phoenix_spans(doc, set(amap)):
        mention = _mention_for(span, code, coder, kind="country" if len(code) == 3 else "group")
        for t in span:
            amap[t.i] = mention
    for token in doc:
        if (
            token.i in amap
            or not token.text[:1].isupper()
            or token.pos_ not in ("ADJ", "PROPN", "NOUN")
        ):
            continue
        single = _resolve_span(doc[token.i : token.i + 1], coder)
        if single is not None:
            amap[token.i] = single
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


def _named_in(head: Token, amap: dict[int, Mention], depth: int = 2) -> list[Mention]:
    """Named actors among the head's modifiers ("Russian forces", "leaders of Egypt")."""
    found: list[Mention] = []
    placed: list[Mention] = []
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS:
            for member in _conjuncts(child):
                if member.i in amap:
                    found.append(amap[member.i])
                elif depth > 1:
                    found.extend(_named_in(member, amap, depth - 1))
        elif child.dep_ == "prep" and child.lower_ in _OF_PREPS and depth > 1:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for member in _conjuncts(pobj):
                        if member.i in amap:
                            placed.append(amap[member.i])
    # "The US commander in Iraq": the modifier says whose; the place only when nothing does.
    found = found or placed
    unique: dict[tuple[int, int], Mention] = {}
    for mention in found:
        unique.setdefault((mention.start, mention.end), mention)
    return list(unique.values())


def phrase_actors(head: Token, amap: dict[int, Mention], coder: ActorCoder) -> list[Mention]:
    """Coded actors of the noun phrase headed by ``head`` and its conjuncts."""
    actors: list[Mention] = []
    for member in _conjuncts(collective_member(head), amap):
        if member.pos_ == "PRON":
            continue
        if member.i in amap:
            named = amap[member.i]
            named = residence(member, named, amap) or named
            sector = _sector(member, coder) if named.kind in ("country", "group") else None
            code = named.code or ""
            if sector and len(code) == 3 and not named.text.endswith(member.text):
                code += sector
            actors.append(_with_code(named, code, member, sector))
            continue
        sector = _sector(member, coder)
        named_mods = _named_in(member, amap)
        span = member.doc[member.left_edge.i : member.i + 1]
        for named in named_mods:
            code = named.code or ""
            if sector and len(code) == 3:
                code += sector
            actors.append(_with_code(named, code, member, sector, span))
        if not named_mods and member.pos_ == "PROPN" and member.ent_type_ in _UNCODED_LABELS:
            # A named actor we cannot code is still the doer: "---" as in Phoenix data.
            actors.append(
                Mention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    kind="group",
                    code=f"---{sector or ''}",
                    name=span.text,
                    sector=sector,
                )
            )
        elif not named_mods and sector and member.pos_ == "NOUN":
            # Organisation roles ("a human rights group") are coded by the role alone: NGO.
            words = [t.lower_ for t in span if not t.is_punct]
            root = any(is_root_agent(" ".join(words[k:])) for k in range(len(words)))
            actors.append(
                Mention(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    kind="group",
                    code=sector if root else f"---{sector}",
                    name=span.text,
                    sector=sector,
                )
            )
    return actors


def _with_code(
    named: Mention, code: str, head: Token, sector: str | None, span: Span | None = None
) -> Mention:
    coded = replace(named, code=code, sector=sector or named.sector)
    if span is None:
        return coded
    return replace(coded, text=span.text, start=span.start_char, end=span.end_char)
