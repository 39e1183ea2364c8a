"""Conditions and exceptions attached to an event ("an exception for the use of long-range
missiles", "provided that ...", "unless ...").

Recognises the cue phrases in ``data/extract/conditions.txt`` and returns the condition as the
cue plus the rest of its clause (up to the next comma, semicolon or sentence end). Leaves alone
conditions stated only by negation without content ("was not unconditional"): they tell that a
condition exists, the following text tells which.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from newsledger.data import load_lines
from newsledger.nlp.parse import doc_text
from newsledger.records import Cue

_CLAUSE_END = {",", ";", ":", ".", "!", "?", "\u2014"}


@cache
def condition_cues() -> tuple[tuple[str, ...], ...]:
    """Cue phrases as lower-case token tuples, longest first."""
    cues = {tuple(line.lower().split()) for line in load_lines("extract/conditions.txt")}
    return tuple(sorted(cues, key=len, reverse=True))


@cache
def _cues_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    # Only the cues that start with a token's word can match there; longest first as above.
    table: dict[str, list[tuple[str, ...]]] = {}
    for cue in condition_cues():
        table.setdefault(cue[0], []).append(cue)
    return {word: tuple(cues) for word, cues in table.items()}


def find_conditions(span: Span) -> list[Cue]:
    """Condition clauses inside ``span`` with their offsets."""
    words = [t.lower_ for t in span]
    by_first = _cues_by_first_word()
    found: list[Cue] = []
    i = 0
    while i < len(span):
        candidates = by_first.get(words[i], ())
        cue = next((c for c in candidates if tuple(words[i : i + len(c)]) == c), None)
        if cue is None:
            i += 1
            continue
        start_token = span[i]
        # "made an exception for": the clause starts at the determiner before the cue noun.
        if i > 0 and span[i - 1].dep_ == "det" and span[i - 1].head == start_token:
            start_token = span[i - 1]
        j = i + len(cue)
        while j < len(span) and span[j].text not in _CLAUSE_END:
            j += 1
        end_char = span[j - 1].idx + len(span[j - 1].text)
        found.append(Cue(doc_text(span.doc)[start_token.idx : end_char], start_token.idx, end_char))
        i = j
    return found
