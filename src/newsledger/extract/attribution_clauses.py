"""What a verb cue takes in beyond its own complement, where the parse hides it.

- the preposition that opens a prepositional content joins the cue ("complained
  about", "decided against");
- the object an infinitive or "as"/"of"/"for" phrase predicates on joins the content
  ("urged Republicans to join", "described Clinton as a disgrace");
- a cue set off by commas reports what stands around it, whatever the parse hung it
  on ("A, but B, the source added.", "These employees, Stumpf explained, were paid");
- "A, as police have said": the host clause of an "as" clause is its content;
- "While he acknowledged funding was short, ...": a clause the parse made the cue's host
  is its complement.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.attribution_cues import cue_lemma
from newsledger.extract.attribution_lexicon import prepositionless_cues
from newsledger.extract.attribution_spans import subtree_indices

_ADVERBIAL = (
    "prep",
    "pobj",
    "pcomp",
    "advmod",
    "punct",
    "cc",
    "det",
    "amod",
    "compound",
    "nummod",
    "poss",
    "case",
)


def clause_around(verb: Token, source: list[int]) -> set[int]:
    """ "A, but B, the source added." and "These employees, Stumpf explained earlier in
    the hearing, were well paid": a cue set off by commas after the start of its
    sentence reports what stands around it, whatever the parse hung it on."""
    doc, sent = verb.doc, verb.sent
    if not source or min(source) <= sent.start or verb.i < max(source):
        return set()
    comma = doc[min(source) - 1]
    if comma.text != ",":
        return set()
    before = set(range(sent.start, comma.i))
    if all(doc[i].dep_ in _ADVERBIAL for i in before):
        # "On Thursday, however, Trump spoke to ...": a lead-in is no content.
        return set()
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not rest:
        return before
    # The cue's own adjuncts ("earlier in the committee hearing") run to the next comma.
    closing = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if closing is None or any(
        t.head.i != verb.i and verb.i not in [a.i for a in t.ancestors]
        for t in doc[verb.i + 1 : closing.i]
    ):
        return set()
    after = {t.i for t in doc[closing.i + 1 : sent.end]}
    return before | after if after else set()


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


def inverted_complement(verb: Token, cue: list[int]) -> set[int]:
    """ "While he acknowledged funding was a major reason, Ham noted ...": a cue with no
    complement whose host clause begins, subject first, right after it is reporting that
    clause; the parse hung the cue on what it reports."""
    host = verb.head
    if host.i <= verb.i or host.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
        return set()
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != cue[-1] + 1 or subject.i > host.i:
        return set()
    inner = subtree_indices(verb)
    return {i for i in subtree_indices(host) if i > cue[-1] and i not in inner}
