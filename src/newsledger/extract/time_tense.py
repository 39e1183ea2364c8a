"""The tense a time expression is told in, which picks the direction of "Friday" or "March".

The parse gives the governing verb's tense; a few cues override it: "as soon as Tuesday",
"payable Dec. 7" and "planned to leave on Thursday" point forward whatever the tense of
the clause, and "Wednesday's ruling" names a day already past.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from newsledger.extract.time_grammar import lexicon
from newsledger.extract.time_values import Tense
from newsledger.nlp.parse import doc_text

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Verbs whose dated object lies ahead whatever their tense: "planned a rally on Saturday".
_PLANNING = frozenset({"plan", "plans", "planned", "planning", "schedule", "schedules"})
_PLANNING |= {"scheduled", "scheduling"}
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def governing_verb(token: Token, finite: bool = False) -> Token | None:
    """The nearest verb above ``token``; with ``finite``, non-finite verbs pass it up.

    The nearest verb tells when the expression's own event happens ("payable Nov. 10,
    the company said" is not past); inferring publication bounds wants the finite verb
    of the clause ("reports of forces advancing in 2024 came ...").
    """
    current = token
    seen = 0
    while seen < 12:
        if current.pos_ in ("VERB", "AUX") and (
            not finite
            or current.tag_ in _FINITE_TAGS
            or any(c.dep_ in ("aux", "auxpass") for c in current.children)
        ):
            return current
        if current.head is current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        seen += 1
    return None


def tense_of(token: Token) -> Tense:
    """Past, present or future of the clause ``token`` belongs to (None when unknown)."""
    verb = governing_verb(token)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes) or verb.lower_ in FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or _planned(verb, token):
        return "future"
    if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes):
        return _infinitive_tense(verb)
    if any(a.tag_ == "MD" for a in auxes) or verb.tag_ == "MD":
        return "near"  # "would travel Thursday", "could come Tuesday": either way
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had") for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    return None


def _planned(verb: Token, token: Token) -> bool:
    # "planned a rally on Saturday": the date after the planned thing is when it happens;
    # "On Friday, the government planned to pay" dates the planning itself.
    return (
        verb.lower_ in _PLANNING
        and token.i > verb.i
        and any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)
    )


def _infinitive_tense(verb: Token) -> Tense:
    """An infinitive's event follows the one it hangs on ("planned to leave on Thursday").

    After a present or future verb it is ahead of the anchor ("is scheduled to close
    Monday"), after a past perfect behind it ("had been due to expire Friday"); after a
    simple past it may be either, so the nearest reading is taken.
    """
    head = verb.head
    if head is verb or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return "near"
    if head.pos_ == "ADJ" and head.head is not head:
        head = head.head  # "had been due to expire": the tense is the copula's
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes} | {head.lower_}
    if "had" in words:
        return "past"
    if words & FUTURE_AUX or any(t.tag_ in ("VBZ", "VBP") for t in [head, *auxes]):
        return "future"
    return "near"


@cache
def _cue(kind: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in lexicon()[kind])
    return re.compile(rf"\b(?:{cues})(?: on| at)?\s+$", re.IGNORECASE)


def expression_tense(span: Span) -> Tense:
    """The tense ``span`` is told in: cue words first, then its governing verb."""
    doc = span.doc
    before = doc_text(doc)[max(0, span.start_char - 30) : span.start_char]
    if _cue("future_cues").search(before):
        return "future"
    if _cue("past_cues").search(before):
        return "past"
    if span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return "past"
    return tense_of(span.root)
