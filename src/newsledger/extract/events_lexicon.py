"""The event-coding data: trigger lexicon, CAMEO codes with their PLOVER types, coding rules.

Everything here is read once from ``data/events`` (see its LICENSES.md) and kept in memory;
:func:`match_trigger` is the only place the lexicon is consulted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from newsledger.data import data_text, load_json
from newsledger.extract.events_entries import Entries, Entry
from newsledger.extract.events_tokens import TokenTable
from newsledger.extract.events_verbs import verb_file_pairs

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd", "dative", "obj"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Entity types of a prepositional object that sets the scene rather than completing the verb.
_SETTING_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Prefixes spaCy splits off at the hyphen: "re-impose" is "re", "-", "impose".
_VERB_PREFIXES = frozenset({"re", "co", "de", "counter"})


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    context: str | None


def split_code(code: str) -> tuple[str, str | None, bool]:
    """(code, reverse code, inverse) of a lexicon code field: "042", "042:043" or ":173"."""
    forward, _, reverse = code.strip().partition(":")
    if not forward:
        return reverse, None, True
    return forward, reverse or None, False


def _parse_entry(trigger: str, code: str, status: str, family: str) -> Entry:
    parts = trigger.split()
    head = parts[0]
    noun = head.startswith("n:")
    head = head.removeprefix("n:")
    modifier = None
    if "_" in head:
        # "hunger_strike": the head noun "strike" with the compound "hunger".
        modifier, head = head.rsplit("_", 1)
        modifier = modifier.replace("_", " ")
    requires = next((p[1:] for p in parts[1:] if p[0] in "+^"), None)
    particle = any(p.startswith("^") for p in parts[1:])
    objects = next((frozenset(p[1:].split("|")) for p in parts[1:] if p.startswith("~")), None)
    cameo, reverse, inverse = split_code(code)
    return Entry(
        lemma=head,
        noun=noun,
        cameo=cameo,
        reverse=reverse,
        inverse=inverse,
        particle=particle,
        status=None if status == "-" else status,
        family=None if family == "-" else family,
        requires=requires,
        objects=objects or frozenset(),
        modifier=modifier,
    )


Lexicon = dict[tuple[str, bool], tuple[Entry, ...]]


def _build(lines: list[str]) -> Lexicon:
    table: dict[tuple[str, bool], list[Entry]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        trigger, cameo, status, family, kind = (line.split("\t") + ["-", "-", "-"])[:5]
        entry = _parse_entry(trigger, cameo.strip(), status.strip(), family.strip())
        if kind.strip() == "light":
            entry = replace(entry, light=True)
        table.setdefault((entry.lemma, entry.noun), []).append(entry)
    # A stable sort: at equal specificity the hand-written lines (read first) win.
    return {
        key: Entries(sorted(entries, key=lambda e: -e.specificity))
        for key, entries in table.items()
    }


@cache
def lexicon() -> Lexicon:
    """Entries by (lemma, is_noun), most specific first: the hand-written ``lexicon.tsv``,
    then the verb patterns derived from PETRARCH's CAMEO dictionary (``verbs.tsv``)."""
    lines = data_text("events/lexicon.tsv").splitlines()
    # The derived verbs' own codes (no object or preposition) are too loose to stand alone;
    # a derived light-verb pattern ("express appreciation") is marked, for a light verb
    # leaves the event to its noun when the noun is a trigger ("reach an agreement").
    light = set(rules()["light_verbs"])
    families = _verb_families(lines)
    for line in data_text("events/verbs.tsv").splitlines():
        trigger, _, code = line.partition("\t")
        if " " not in trigger:
            continue
        if trigger.split()[0] in light:
            # Only with an object: "lead to" alone says nothing of the act.
            if " ~" in trigger:
                lines.append(f"{trigger}\t{code}\t-\t-\tlight")
            continue
        family = families.get(trigger.split()[0])
        if family is not None and family[2] == "demand" and code.startswith("02"):
            # PETRARCH files "demand elections" with the appeals; CAMEO's 10 (demand)
            # mirrors 02 (appeal) code for code, so a demand verb keeps its own root.
            code = f"10{code[2:]}"
        if family is not None and code.startswith(family[0]):
            # "agreed with ... to allow access": a pattern of the verb's own root still
            # governs the act it introduces, as the hand-written line says.
            line = f"{trigger}\t{code}\t{family[1]}\t{family[2]}"
        else:
            line = f"{trigger}\t{code}"
        lines.append(line)
    return _build(lines)


def _verb_families(lines: list[str]) -> dict[str, tuple[str, str, str]]:
    """Verb lemma -> (CAMEO root, status, family) of the hand-written lines that give a bare
    verb a family (intent, demand, appeal, ...)."""
    found: dict[str, tuple[str, str, str]] = {}
    for line in lines:
        fields = line.split("\t")
        bare_verb = " " not in fields[0] and not fields[0].startswith("n:")
        if len(fields) == 4 and fields[3] != "-" and bare_verb:
            found.setdefault(fields[0], (fields[1][:2], fields[2], fields[3]))
    return found


@cache
def extra_lexicon(paths: tuple[Path, ...]) -> Lexicon:
    """Entries of extra PETRARCH verb dictionaries, consulted before :func:`lexicon`."""
    return _build([f"{trigger}\t{code}" for trigger, code in verb_file_pairs(paths)])


@cache
def rules() -> dict[str, Any]:
    value: dict[str, Any] = load_json("events/rules.json")
    return value


@cache
def cameo_table() -> dict[str, tuple[str, PloverCode | None]]:
    """CAMEO code -> (label, PLOVER 2021 type/mode/context or None)."""
    table: dict[str, tuple[str, PloverCode | None]] = {}
    for line in data_text("events/cameo.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, label, kind, mode, context = (line.split("\t") + ["", "", "", ""])[:5]
        plover = PloverCode(kind, mode.strip() or None, context.strip() or None) if kind else None
        table[code] = (label, plover)
    return table


def cameo_label(code: str) -> str | None:
    entry = cameo_table().get(code)
    return entry[0] if entry else None


def plover_of(code: str) -> PloverCode | None:
    """The PLOVER 2021 type of a CAMEO code: its own row, else its nearest coded parent."""
    table = cameo_table()
    for size in range(len(code), 1, -1):
        entry = table.get(code[:size])
        if entry and entry[1] is not None:
            return entry[1]
    extra = rules()["plover_extra"].get(code[:2])
    return PloverCode(extra[0], extra[1] or None, extra[2] or None) if extra else None


def legacy_plover(code: str) -> str | None:
    """The PLOVER 0.5 type (the one the PLOVER_GSR gold uses) of a CAMEO code."""
    table: dict[str, str] = rules()["plover_legacy"]
    for size in range(len(code), 1, -1):
        if code[:size] in table:
            return table[code[:size]]
    return None


def _child_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent", "dative")}


def _partitive_lemmas(noun: Token) -> set[str]:
    """Lemmas of the ``of`` objects of a quantity noun that has a number or a measure, or of
    a collective noun ("a mission of observers")."""
    collective = noun.lemma_.lower() in rules()["collective_heads"]
    if not collective and not any(c.dep_ in ("nummod", "quantmod", "nmod") for c in noun.children):
        return set()
    return {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }


def _object_lemmas(token: Token, prep: str | None) -> set[str]:
    """Lemmas of the objects of ``token``, and of the objects of its prepositions: any
    preposition (``prep`` None), none (""), or only ``prep``."""
    found: set[str] = set()
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            found.add(child.lemma_.lower())
            found.add(child.lower_)
            found.update(c.lemma_.lower() for c in child.children if c.dep_ == "compound")
            # A measure or quantity noun ("700 kg of medicine", "$5m worth of goods")
            # hides the real object behind "of".
            found.update(_partitive_lemmas(child))
        elif child.dep_ in ("prep", "agent") and prep in (None, child.lower_):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    found.add(grandchild.lemma_.lower())
                    found.add(grandchild.lower_)
        elif token.pos_ in _NOUN_POS and child.dep_ in _NOUN_MODIFIER_DEPS:
            found.add(child.lemma_.lower())
    return found


def _particles(token: Token) -> set[str]:
    """Particles of ``token``, and prepositions that do not just place it in space or time
    ("gave in", "clashed over the efforts", but not "gave a speech in Paris")."""
    return {
        c.lower_
        for c in token.children
        if c.dep_ == "prt"
        or (
            c.dep_ == "prep"
            and not any(g.dep_ == "pobj" and g.ent_type_ in _SETTING_ENTITIES for g in c.children)
        )
    }


class _Facts:
    """What the entries of one token ask about it, each computed once: a common verb has
    dozens of entries, and each used to walk the token's children again."""

    def __init__(self, token: Token) -> None:
        self.token = token
        self._objects: dict[str | None, set[str]] = {}

    @cached_property
    def particles(self) -> set[str]:
        return _particles(self.token)

    @cached_property
    def child_words(self) -> set[str]:
        return _child_words(self.token)

    def objects(self, prep: str | None) -> set[str]:
        if prep not in self._objects:
            self._objects[prep] = _object_lemmas(self.token, prep)
        return self._objects[prep]


def _fits(entry: Entry, token: Token, facts: _Facts) -> bool:
    words = facts.particles if entry.particle else facts.child_words
    if entry.requires is not None and entry.requires not in words:
        return False
    if entry.modifier is not None:
        mods = " ".join(c.lemma_.lower() for c in token.children if c.dep_ in _NOUN_MODIFIER_DEPS)
        if entry.modifier not in mods:
            return False
    if entry.objects:
        # A verb's "~X" is its direct object ("took part in the talks" is no "take talks");
        # a noun's may follow any preposition ("the withdrawal of troops").
        prep = "" if not entry.noun else None
        if entry.requires and not entry.noun:
            prep = entry.requires
        if not entry.objects & facts.objects(prep):
            return False
    return True


def possible_triggers(
    table: TokenTable, start: int, end: int, extra: Lexicon | None = None
) -> list[int]:
    """Token indices from ``start`` to ``end`` less those where :func:`match_trigger` surely
    finds no entry (a cheap test on the Doc's token facts, so that a scan makes a ``Token``
    only for a possible trigger)."""
    known = lexicon()
    pos, lemma, lower, text = table.pos, table.lemma, table.lower, table.text
    found = []
    for i in range(start, end):
        if pos[i] in _VERB_POS:
            noun = False
        elif pos[i] in _NOUN_POS:
            noun = True
        else:
            continue
        if i >= 2 and text[i - 1] == "-":
            # A split-off prefix makes a key of its own ("re-impose": "reimpose").
            found.append(i)
            continue
        keys = ((lemma[i], noun), (lower[i], noun))
        in_extra = extra is not None and (keys[0] in extra or keys[1] in extra)
        if keys[0] in known or keys[1] in known or in_extra:
            found.append(i)
    return found


def match_trigger(token: Token, extra: Lexicon | None = None) -> Entry | None:
    """The most specific lexicon entry ``token`` satisfies (``extra`` first), or None."""
    if token.pos_ in _VERB_POS:
        noun = False
    elif token.pos_ in _NOUN_POS:
        noun = True
    else:
        return None
    lemma = token.lemma_.lower()
    prefix = _split_prefix(token)
    keys = [prefix + lemma, lemma] if prefix else [lemma, token.lower_]
    facts = _Facts(token)
    for table in (extra, lexicon()):
        if not table:
            continue
        entries = next((found for key in keys if (found := table.get((key, noun)))), ())
        for entry in _worth_trying(entries, noun, facts):
            if _fits(entry, token, facts) and not (
                entry.light and _object_is_trigger(token, extra)
            ):
                return entry
    return None


def _worth_trying(entries: tuple[Entry, ...], noun: bool, facts: _Facts) -> Sequence[Entry]:
    """``entries`` in their order, less those whose only constraint is an object the token
    lacks (they would not fit: see :func:`_fits`)."""
    if not isinstance(entries, Entries) or not entries.by_object:
        return entries
    # The objects _fits asks of such an entry: a verb's direct ones, a noun's any.
    objects = facts.objects(None if noun else "")
    positions = set(entries.others)
    for word in objects:
        positions.update(entries.by_object.get(word, ()))
    return [entries[position] for position in sorted(positions)]


def _object_is_trigger(token: Token, extra: Lexicon | None) -> bool:
    """Whether an object of ``token`` (direct, prepositional, the noun compounded into it,
    or the event a measure noun counts: "10 days of war games") is an event noun."""
    nouns: list[Token] = []
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            nouns.append(child)
        elif child.dep_ in ("prep", "agent"):
            nouns.extend(g for g in child.children if g.dep_ == "pobj")
    for noun in list(nouns):
        nouns.extend(c for c in noun.children if c.dep_ == "compound")
        nouns.extend(
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        )
    return any(n.pos_ in _NOUN_POS and match_trigger(n, extra) is not None for n in nouns)


def _split_prefix(token: Token) -> str:
    """The prefix the tokenizer split off with its hyphen ("re-examine": "re"), else ""."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return ""
    word = doc[token.i - 2]
    if word.whitespace_ or word.lower_ not in _VERB_PREFIXES:
        return ""
    return word.lower_
