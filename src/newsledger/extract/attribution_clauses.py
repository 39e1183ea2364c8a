"""What a verb cue takes in beyond its own complement, where the parse hides it.

- the preposition that opens a prepositional content joins the cue ("complained
  about", "decided against");
- the object an infinitive or "as"/"of"/"for" phrase predicates on joins the content
  ("urged Republicans to join", "described Clinton as a disgrace");
- a cue that ends its sentence after a comma reports everything before the comma,
  whatever the parse hung it on ("A, but B, the source added.");
- "A, as police have said": the host clause of an "as" clause is its content.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_cues import cue_lemma
from newsledger.extract.attribution_lexicon import prepositionless_cues
from newsledger.extract.attribution_spans import subtree_indices


def clause_before_postposed(verb: Token, source: list[int]) -> range:
    """ "A, but B, the source added.": a cue that ends its sentence after a comma reports
    everything before the comma, whatever the parse hung it on."""
    sent = verb.sent
    if not source or min(source) <= sent.start or verb.i < max(source):
        return range(0)
    comma = verb.doc[min(source) - 1]
    if comma.text != "," or any(
        not t.is_punct and not t.is_space for t in verb.doc[verb.i + 1 : sent.end]
    ):
        return range(0)
    return range(sent.start, comma.i)


def object_before(verb: Token, heads: list[Token]) -> set[int]:
    """ "urged Republicans to join", "described Clinton as a disgrace", "accused X of
    lying": the object an infinitive or a preposition predicates on is part of what was
    said (PolNeAR's content); the addressee of a that-clause ("told reporters that")
    is not."""
    if any(h.dep_ == "ccomp" for h in heads):
        return set()
    first = min(h.i for h in heads)
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "dobj" and verb.i < child.i < first:
            out |= subtree_indices(child)
    return out


def is_as_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    )


def opening_preposition(verb: Token, heads: list[Token], cue: list[int]) -> bool:
    """ "complained about his mic", "decided against X": the preposition that opens the
    content belongs to the cue when it follows the verb, unless it names what the verb
    answers ("did not respond to requests")."""
    return (
        bool(heads)
        and all(h.dep_ in ("pobj", "pcomp") and h.head.head.i == verb.i for h in heads)
        and heads[0].head.i == cue[-1] + 1
        and cue_lemma(verb) not in prepositionless_cues()
    )
