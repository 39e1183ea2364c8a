"""The event-coding data: trigger lexicon, CAMEO codes with their PLOVER types, coding rules.

Everything here is read once from ``data/events`` (see its LICENSES.md) and kept in memory;
:func:`match_trigger` is the only place the lexicon is consulted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from newsledger.data import data_text, load_json
from newsledger.extract.events_verbs import verb_file_pairs

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd", "dative", "obj"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True)
class Entry:
    """One lexicon line: a trigger lemma, its constraints and the code it yields."""

    lemma: str
    noun: bool
    cameo: str
    status: str | None = None
    family: str | None = None
    requires: str | None = None
    objects: frozenset[str] = frozenset()
    modifier: str | None = None

    @property
    def specificity(self) -> int:
        return int(self.requires is not None) + int(bool(self.objects)) + int(bool(self.modifier))


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    context: str | None


def _parse_entry(trigger: str, cameo: str, status: str, family: str) -> Entry:
    parts = trigger.split()
    head = parts[0]
    noun = head.startswith("n:")
    head = head.removeprefix("n:")
    modifier = None
    if "_" in head:
        # "hunger_strike": the head noun "strike" with the compound "hunger".
        modifier, head = head.rsplit("_", 1)
        modifier = modifier.replace("_", " ")
    requires = next((p[1:] for p in parts[1:] if p.startswith("+")), None)
    objects = next((frozenset(p[1:].split("|")) for p in parts[1:] if p.startswith("~")), None)
    return Entry(
        lemma=head,
        noun=noun,
        cameo=cameo,
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
        trigger, cameo, status, family = (line.split("\t") + ["-", "-"])[:4]
        entry = _parse_entry(trigger, cameo.strip(), status.strip(), family.strip())
        table.setdefault((entry.lemma, entry.noun), []).append(entry)
    # A stable sort: at equal specificity the hand-written lines (read first) win.
    return {
        key: tuple(sorted(entries, key=lambda e: -e.specificity)) for key, entries in table.items()
    }


@cache
def lexicon() -> Lexicon:
    """Entries by (lemma, is_noun), most specific first: the hand-written ``lexicon.tsv``,
    then the verb patterns derived from PETRARCH's CAMEO dictionary (``verbs.tsv``)."""
    lines = data_text("events/lexicon.tsv").splitlines()
    # The derived verbs' own codes (no object or preposition) are too loose to stand alone,
    # and light verbs ("reach an agreement") leave the event to their noun.
    light = set(rules()["light_verbs"])
    demanding = _demand_verbs(lines)
    for line in data_text("events/verbs.tsv").splitlines():
        trigger, _, code = line.partition("\t")
        if " " in trigger and trigger.split()[0] not in light:
            if trigger.split()[0] in demanding and code.startswith("02"):
                # PETRARCH files "demand elections" with the appeals; CAMEO's 10 (demand)
                # mirrors 02 (appeal) code for code, so a demand verb keeps its own root.
                line = f"{trigger}\t10{code[2:]}"
            lines.append(line)
    return _build(lines)


def _demand_verbs(lines: list[str]) -> set[str]:
    """Verb lemmas the hand-written lexicon puts in the demand family."""
    found = set()
    for line in lines:
        fields = line.split("\t")
        if len(fields) == 4 and fields[3] == "demand" and not fields[0].startswith("n:"):
            found.add(fields[0].split()[0])
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
    """Lemmas of the ``of`` objects of a quantity noun that has a number or a measure."""
    if not any(c.dep_ in ("nummod", "quantmod", "nmod") for c in noun.children):
        return set()
    return {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }


def _object_lemmas(token: Token, prep: str | None) -> set[str]:
    found: set[str] = set()
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            found.add(child.lemma_.lower())
            found.add(child.lower_)
            found.update(c.lemma_.lower() for c in child.children if c.dep_ == "compound")
            # A measure or quantity noun ("700 kg of medicine", "$5m worth of goods")
            # hides the real object behind "of".
            found.update(_partitive_lemmas(child))
        elif child.dep_ in ("prep", "agent") and (prep is None or child.lower_ == prep):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    found.add(grandchild.lemma_.lower())
                    found.add(grandchild.lower_)
        elif token.pos_ in _NOUN_POS and child.dep_ in _NOUN_MODIFIER_DEPS:
            found.add(child.lemma_.lower())
    return found


def _fits(entry: Entry, token: Token) -> bool:
    if entry.requires is not None and entry.requires not in _child_words(token):
        return False
    if entry.modifier is not None:
        mods = " ".join(c.lemma_.lower() for c in token.children if c.dep_ in _NOUN_MODIFIER_DEPS)
        if entry.modifier not in mods:
            return False
    if entry.objects:
        prep = entry.requires if entry.requires and not entry.noun else None
        if not entry.objects & _object_lemmas(token, prep):
            return False
    return True


def match_trigger(token: Token, extra: Lexicon | None = None) -> Entry | None:
    """The most specific lexicon entry ``token`` satisfies (``extra`` first), or None."""
    if token.pos_ in _VERB_POS:
        noun = False
    elif token.pos_ in _NOUN_POS:
        noun = True
    else:
        return None
    lemma = token.lemma_.lower()
    for table in (extra, lexicon()):
        if not table:
            continue
        entries = table.get((lemma, noun)) or table.get((token.lower_, noun)) or ()
        for entry in entries:
            if _fits(entry, token):
                return entry
    return None
