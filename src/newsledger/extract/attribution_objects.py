"""What a cue verb's object says about whether the verb reports.

- a quotation as the object (or as the phrase after the verb) is someone's words, even
  for a verb whose frame is otherwise narrower: "Obama Sees 'Personal Insult'",
  "Clinton Speaks 'Directly To White People'";
- a verb of wanting or expecting (``data/attribution/desire_verbs.txt``) whose object is
  a free relative "what" names a thing, not a view: "below what she wants", "the gap
  between what we expect from Clinton and ...";
- a sum of money or a measure as the object is an amount, not words: "would eventually
  add $84 billion", "weighs 236 pounds" (unlike "added that ..."), except for verbs
  of estimating ("Wall Street expected 77 cents").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_lexicon import amount_verbs, desire_verbs

# Marks around a quoted object: the parse keeps the marks as tokens of their own.
_OPENING_QUOTES = frozenset(("“", "‘", '"', "'", "``"))
_CLOSING_QUOTES = frozenset(("”", "’", '"', "'", "''"))
_FREE_RELATIVES = ("what", "whatever")
_FREE_RELATIVE_ROLES = ("dobj", "nsubj", "attr")
# Entity types of an object that is an amount ("$84 billion", "236 pounds"); counts and
# percentages stay ("rated 22% of claims as true", "endorsed one").
_AMOUNTS = ("MONEY", "QUANTITY")


def _is_quoted(phrase: Token) -> bool:
    doc = phrase.doc
    first, last = phrase.left_edge.i, phrase.right_edge.i
    opened = doc[first].text in _OPENING_QUOTES or (
        first > 0 and doc[first - 1].text in _OPENING_QUOTES
    )
    closed = doc[last].text in _CLOSING_QUOTES or (
        last + 1 < len(doc) and doc[last + 1].text in _CLOSING_QUOTES
    )
    return opened and closed


def quoted_object(verb: Token) -> list[Token]:
    """The object after ``verb``, or the prepositional phrase after it, when it stands in
    quotation marks ("Sees 'Personal Insult'", "speak 'directly to white people'")."""
    for child in verb.rights:
        if child.dep_ in ("dobj", "prep") and _is_quoted(child):
            return [child]
    return []


def wants_a_thing(verb: Token, lemma: str | None) -> bool:
    """ "what she wants", "whatever he wanted", "what we expect from Clinton": a verb of
    wanting or expecting whose object is a free relative before it describes the thing
    wanted; no view is reported (unlike "what she called a rant", "what analysts
    described as tactics", where the verb's predicate says what was said)."""
    return lemma in desire_verbs() and any(
        c.lower_ in _FREE_RELATIVES and c.i < verb.i and c.dep_ in _FREE_RELATIVE_ROLES
        for c in verb.children
    )


def names_no_view(verb: Token, lemma: str | None) -> bool:
    """Whether the object of a cue verb shows it reports nothing here: a thing wanted
    (:func:`wants_a_thing`) or an amount ("would add $84 billion", "weighs 236 pounds"),
    save for verbs whose view is an amount ("Wall Street expected 77 cents",
    ``data/attribution/amount_verbs.txt``)."""
    return wants_a_thing(verb, lemma) or (
        lemma not in amount_verbs()
        and any(c.dep_ == "dobj" and c.ent_type_ in _AMOUNTS for c in verb.children)
    )
