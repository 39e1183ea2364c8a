"""Cue lexicons for certainty, modality and negation, and the token contexts they need.

The word lists live in ``data/certainty/*.tsv``; each entry names a *condition* that the
cue's first token must satisfy in its parse, because most cue words are ambiguous ("May"
the month, "appeared in a film", "considered the offer"). Conditions are small named
predicates over a spaCy token, kept here so that the data files stay declarative.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import cast

from spacy.tokens import Span, Token

from newsledger.data import load_lines
from newsledger.records import CERTAINTY_ORDER, Certainty

_NEGATORS = frozenset({"not", "n't", "never"})
_CONDITION_WORDS = frozenset({"if", "unless", "otherwise", "without", "even"})
_CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acl", "advcl"})


@dataclass(frozen=True)
class CueEntry:
    words: tuple[str, ...]
    kind: str
    grade: Certainty
    degree: str
    condition: str


@dataclass(frozen=True)
class CueMatch:
    entry: CueEntry
    span: Span

    @property
    def head(self) -> Token:
        return self.span[0]


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in token.children)


def _governed(token: Token) -> Token:
    """The verb a modal or auxiliary belongs to (itself for anything else)."""
    return token.head if token.dep_ in ("aux", "auxpass") else token


def _modal(token: Token) -> bool:
    return token.tag_ == "MD"


def _modal_open(token: Token) -> bool:
    # "could not", "would never": ability or habit denied, not a possibility held open;
    # "said he would": a future seen from the past, reported rather than hedged.
    if not _modal(token):
        return False
    verb = _governed(token)
    if _negated(verb):
        return False
    if verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        return False
    return not any(c.lower_ in ("later", "eventually", "soon", "often") for c in verb.children)


def _modal_counterfactual(token: Token) -> bool:
    # "would have won", "if ... would": a hypothetical world; narrative "would later
    # become" is a future seen from the past and asserts what happened.
    if not _modal_open(token):
        return False
    if any(c.lower_ == "have" for c in _governed(token).children):
        return True
    return any(t.lower_ in _CONDITION_WORDS for t in token.sent)


def _modal_hypothetical(token: Token) -> bool:
    # "Should oil production stop": inverted conditional, not obligation.
    return _modal(token) and (token.i == token.sent.start or token.nbor(-1).is_punct)


def _modal_inferential(token: Token) -> bool:
    # "must have been": an inference; "must comply": obligation.
    return _modal(token) and any(c.lower_ == "have" for c in _governed(token).children)


def _verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _passive(token: Token) -> bool:
    return token.tag_ == "VBN" and (
        any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in token.children)
        or token.dep_ == "acl"
    )


def _as_frame(token: Token) -> bool:
    # "seen as a symbol", "regarded as", "viewed as": an opinion about the object.
    return _verb(token) and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def _doxastic_frame(token: Token) -> bool:
    # "is considered (to be) the best", "considered it a success", "thought to be":
    # an opinion held by someone; "considered the offer" is deliberation.
    if not _verb(token) or token.tag_ == "VBG":
        return False
    if _passive(token) or _as_frame(token):
        return True
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in token.children)


def _raising(token: Token) -> bool:
    # "appears to be", "it appears that": an inference; "appeared in a film" is not.
    return _verb(token) and any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children)


def _clausal(token: Token) -> bool:
    return any(c.dep_ in _CLAUSAL_DEPS or c.dep_ == "mark" for c in token.children) or (
        token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "that"
    )


def _possible_frame(token: Token) -> bool:
    # "it is possible that", "a possible cause"; "as soon as possible", "made it possible
    # to" describe feasibility, not doubt.
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("as", "all", "every", "any") or token.dep_ == "ccomp":
        return False
    if token.dep_ == "acomp":
        after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        return after != "to" and any(c.lower_ == "it" for c in token.head.children)
    return token.dep_ == "amod"


def _predicative(token: Token) -> bool:
    return token.dep_ in ("acomp", "attr", "oprd") or token.head.lemma_ == "remain"


def _governs_verb(token: Token) -> bool:
    following = token.doc[token.i + 1 : token.i + 4]
    return any(t.tag_ == "VB" for t in following)


def _mark(token: Token) -> bool:
    return token.dep_ in ("mark", "advmod") and token.head.pos_ in ("VERB", "AUX")


CONDITIONS: dict[str, Callable[[Token], bool]] = {
    "any": lambda token: True,
    "modal": _modal,
    "modal_open": _modal_open,
    "modal_counterfactual": _modal_counterfactual,
    "modal_hypothetical": _modal_hypothetical,
    "modal_inferential": _modal_inferential,
    "verb": _verb,
    "as_frame": _as_frame,
    "doxastic_frame": _doxastic_frame,
    "raising": _raising,
    "clausal": _clausal,
    "possible_frame": _possible_frame,
    "predicative": _predicative,
    "governs_verb": _governs_verb,
    "mark": _mark,
}


def _rows(name: str, width: int) -> list[list[str]]:
    rows = []
    for line in load_lines(f"certainty/{name}"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != width:
            raise ValueError(f"certainty/{name}: expected {width} columns in {line!r}")
        rows.append(cells)
    return rows


def _check(condition: str, name: str) -> str:
    if condition not in CONDITIONS:
        raise ValueError(f"certainty/{name}: unknown condition {condition!r}")
    return condition


def _certainty(value: str) -> Certainty:
    if value not in CERTAINTY_ORDER:
        raise ValueError(f"certainty/cues.tsv: unknown grade {value!r}")
    return cast(Certainty, value)


@cache
def uncertainty_cues() -> dict[str, tuple[CueEntry, ...]]:
    """Uncertainty cue entries keyed by their first word."""
    index: dict[str, list[CueEntry]] = {}
    for phrase, kind, grade, degree, condition in _rows("cues.tsv", 5):
        entry = CueEntry(
            tuple(phrase.split()),
            kind,
            _certainty(grade),
            degree,
            _check(condition, "cues.tsv"),
        )
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


@cache
def modality_cues() -> dict[str, tuple[CueEntry, ...]]:
    """Future and conditional cues keyed by first word (``kind`` holds the modality)."""
    index: dict[str, list[CueEntry]] = {}
    for phrase, modality, condition in _rows("modality.tsv", 3):
        entry = CueEntry(
            tuple(phrase.split()), modality, "asserted", "", _check(condition, "modality.tsv")
        )
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


@cache
def negation_cues() -> dict[str, str]:
    """Negation word or lemma -> scope (neg, subject, verb)."""
    return {phrase: scope for phrase, scope in _rows("negation.tsv", 2)}


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(load_lines("certainty/reporting_verbs.txt"))


@cache
def _candidate_pattern() -> re.Pattern[str]:
    # A regular inflection starts with its lemma less a final "e" or "y" ("believed",
    # "implies"); irregular ones are listed in a data file.
    stems = set()
    for key in uncertainty_cues():
        stems.add(re.escape(key[:-1] if len(key) > 3 and key[-1] in "ey" else key))
    forms = {re.escape(form) for form, _ in _rows("irregular_forms.tsv", 2)}
    return re.compile(
        r"\b(?:(?:{})\w*|{})\b".format("|".join(sorted(stems)), "|".join(sorted(forms))),
        re.IGNORECASE,
    )


def may_hold_uncertainty_cue(text: str) -> bool:
    """False only when ``text`` cannot hold an uncertainty cue (a cheap pre-filter)."""
    return _candidate_pattern().search(text) is not None


def _word_matches(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


def match_cues(span: Span, index: dict[str, tuple[CueEntry, ...]]) -> list[CueMatch]:
    """Non-overlapping cue matches in ``span``, longest phrase first at each token."""
    matches: list[CueMatch] = []
    i = span.start
    doc = span.doc
    while i < span.end:
        token = doc[i]
        found: CueMatch | None = None
        for key in {token.lower_, token.lemma_.lower()}:
            for entry in index.get(key, ()):
                end = i + len(entry.words)
                if end > span.end:
                    continue
                if all(_word_matches(doc[i + k], w) for k, w in enumerate(entry.words)) and (
                    CONDITIONS[entry.condition](token)
                ):
                    if found is None or len(entry.words) > len(found.entry.words):
                        found = CueMatch(entry, doc[i:end])
                    break
        if found is not None:
            matches.append(found)
            i = found.span.end
        else:
            i += 1
    return matches
