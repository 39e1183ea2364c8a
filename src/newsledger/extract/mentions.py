"""Entity mentions: spaCy's NER with a rule layer from the actor data files.

Recognises countries, organisations, outlets, people, places, collective groups ("several
European nations", "Western allies") and named weapon systems. The rule layer (a phrase matcher
over every actor alias) wins over NER labels where they disagree, so "Pistorius" tagged ORG is
still the person, and "Patriot" tagged PERSON is equipment. Surname-only mentions resolve to the
full name seen earlier in the article. People carry the role valid at the article's date.
Leaves alone: common nouns ("officials", "troops"): sector coding belongs to event coding.
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsledger.context import Context
from newsledger.data import data_text
from newsledger.nlp.model import load_nlp
from newsledger.nlp.parse import doc_text
from newsledger.records import Actor, Mention, MentionKind
from newsledger.resolve.actors import ActorIndex, load_actor_index, role_on

_NER_KINDS: dict[str, MentionKind] = {
    "GPE": "place",
    "NORP": "group",
    "ORG": "organisation",
    "PERSON": "person",
    "LOC": "place",
    "FAC": "place",
}


@cache
def equipment_names() -> dict[str, str]:
    """Alias -> canonical weapon-system name, from ``actors/equipment.tsv``."""
    names: dict[str, str] = {}
    for line in data_text("actors/equipment.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _category, aliases = line.split("\t")
        for alias in aliases.split("|"):
            names[alias] = name
    return names


@cache
def _matchers(vocab: Vocab, index: ActorIndex) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Case-insensitive matcher for names, case-sensitive one for acronyms and equipment."""
    lower = PhraseMatcher(vocab, attr="LOWER")
    exact = PhraseMatcher(vocab, attr="ORTH")
    for alias, _actor in index.by_alias.items():
        _add(vocab, lower, alias, alias)
    for alias in index.exact_aliases:
        _add(vocab, exact, alias, alias)
    for alias in equipment_names():
        _add(vocab, exact, f"equipment:{alias}", alias)
    return lower, exact


def _add(vocab: Vocab, matcher: PhraseMatcher, key: str, alias: str) -> None:
    # The key is read back from its hash for every match. The matchers may first be built
    # inside the pipeline's memory zone, whose strings spaCy frees when the zone ends: the
    # key must outlive it.
    vocab.strings.add(key, allow_transient=False)  # type: ignore[call-arg]  # stub predates it
    matcher.add(key, [_tokens(vocab, alias)])


def _tokens(vocab: Vocab, text: str) -> Doc:
    return load_nlp().tokenizer(text) if vocab is load_nlp().vocab else Doc(vocab, text.split())


def _mention(span: Span, kind: MentionKind, actor: Actor | None, ctx: Context) -> Mention:
    role = role_on(actor, ctx.reference_date) if actor else None
    return Mention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        kind=actor.kind if actor else kind,
        code=actor.code if actor else None,
        name=actor.name if actor else None,
        country=actor.country if actor else None,
        sector=actor.sector if actor else None,
        role=role.title if role else None,
    )


def _rule_spans(doc: Doc, index: ActorIndex) -> list[tuple[Span, Actor | None, str | None]]:
    lower, exact = _matchers(doc.vocab, index)
    found: list[tuple[Span, Actor | None, str | None]] = []
    vocab = doc.vocab.strings
    for _match_id, start, end in lower(doc):
        span = doc[start:end]
        found.append((span, index.lookup(span.text), None))
    for match_id, start, end in exact(doc):
        key = vocab[match_id]
        span = doc[start:end]
        if key.startswith("equipment:"):
            found.append((span, None, equipment_names()[key.split(":", 1)[1]]))
        else:
            found.append((span, index.exact_aliases.get(key), None))
    # Longest first, so "several European nations" wins over "European".
    found.sort(key=lambda item: (-(item[0].end - item[0].start), item[0].start))
    chosen: list[tuple[Span, Actor | None, str | None]] = []
    taken: set[int] = set()
    for span, actor, equipment in found:
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append((span, actor, equipment))
            taken.update(range(span.start, span.end))
    return chosen


def extract_mentions(doc: Doc, ctx: Context, index: ActorIndex | None = None) -> list[Mention]:
    """Mentions in ``doc`` ordered by offset, resolved against the actor index."""
    index = index or load_actor_index()
    mentions: list[Mention] = []
    covered: set[int] = set()
    for span, actor, equipment in _rule_spans(doc, index):
        covered.update(range(span.start, span.end))
        if equipment:
            mentions.append(
                Mention(span.text, span.start_char, span.end_char, "equipment", name=equipment)
            )
        elif actor:
            mentions.append(_mention(span, actor.kind, actor, ctx))
    for ent in doc.ents:
        kind = _NER_KINDS.get(ent.label_)
        if kind is None or not covered.isdisjoint(range(ent.start, ent.end)):
            continue
        # Headlines in title case fool NER into long ORG spans; keep only resolvable ones there.
        mentions.append(_mention(ent, kind, index.lookup(ent.text), ctx))
    mentions.sort(key=lambda m: m.start)
    mentions = [_with_sector(doc, m, index) for m in mentions]
    return _resolve_surnames(mentions, ctx)


_MAX_SECTOR_WORDS = 4


def _with_sector(doc: Doc, mention: Mention, index: ActorIndex) -> Mention:
    """Extend a country mention over a following sector phrase: "Japanese Defense Ministry".

    The compound is the actor that acts (country code plus sector, e.g. JPNGOV, RUSMIL).
    """
    if mention.kind != "country" or mention.code is None:
        return mention
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    for size in range(_MAX_SECTOR_WORDS, 0, -1):
        tail = doc[span.end : span.end + size]
        if len(tail) < size or any(t.is_punct for t in tail):
            continue
        sector = index.sector_of(tail.text)
        last = tail[-1]
        if sector is None or (last.head.i > last.i and last.dep_ in ("amod", "compound")):
            # "a Ukrainian military offensive": the sector word modifies another noun, so
            # the actor stays the state.
            continue
        kind: MentionKind = "organisation" if sector in ("GOV", "MED", "BUS") else "group"
        return Mention(
            text=doc_text(doc)[mention.start : tail.end_char],
            start=mention.start,
            end=tail.end_char,
            kind=kind,
            code=f"{mention.code}{sector}",
            name=doc_text(doc)[mention.start : tail.end_char],
            country=mention.code,
            sector=sector,
        )
    return mention


def _resolve_surnames(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """A one-word person mention takes the full name of an earlier mention ending in it."""
    full_names: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind == "person" and mention.name and " " in mention.name:
            full_names.setdefault(mention.name.split()[-1], mention)
        if mention.kind in ("person", "organisation") and " " not in mention.text.strip():
            surname = mention.text.rstrip("\u2019's").strip()
            earlier = full_names.get(surname)
            if earlier is not None and earlier.start < mention.start:
                mention.kind = "person"
                mention.name = earlier.name
                mention.code = earlier.code
                mention.country = earlier.country
                mention.sector = earlier.sector
                mention.role = earlier.role
        if mention.kind == "person" and mention.name is None and " " in mention.text.strip():
            mention.name = mention.text
            full_names.setdefault(mention.text.split()[-1], mention)
    return mentions
