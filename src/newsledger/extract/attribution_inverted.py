"""The speaker of a reporting verb that follows its quotation ('"...," Flynn said').

Kept apart from :mod:`newsledger.extract.attribution_cues` for size; the quotation marks
it reads are shared with it.
"""

from __future__ import annotations

from spacy.tokens import Token

CLOSING_MARKS = frozenset(("”", '"', "''"))
OPENING_MARKS = frozenset(("“", '"', "``"))
_VERBAL = ("VERB", "AUX")


def speaker_after_quotation(verb: Token, inverted: Token) -> Token | None:
    """'"...," Flynn, a top surrogate, said on "Fox and Friends."': a name set between a
    closing quotation mark and the verb is the speaker when the parse found a subject
    only in a title quoted after the verb (and took the name for part of the quotation)."""
    doc = verb.doc
    if not any(t.text in OPENING_MARKS for t in doc[verb.i + 1 : inverted.i]):
        return None
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    window = doc[max(verb.i - 12, 0) : verb.i - 1]
    closing = [t.i for t in window if t.text in CLOSING_MARKS]
    if not closing:
        return None
    start = closing[-1] + 1
    if start < verb.i and doc[start].text == ",":
        start += 1
    name = doc[start] if start < verb.i else None
    if name is None or name.pos_ != "PROPN" or any(t.pos_ in _VERBAL for t in doc[start : verb.i]):
        return None
    while name.head.i != name.i and start <= name.head.i < verb.i:
        name = name.head
    return name
