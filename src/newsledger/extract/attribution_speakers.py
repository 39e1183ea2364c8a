"""Who a source span names: pronouns and surnames resolved to a full name seen earlier.

Named mentions come from ``ctx.mentions`` (the mention stage, with codes) when it ran,
else from the parser's PERSON/ORG/GPE/NORP entities. A pronoun source ("he noted") is the
most recent person named before it whose gender does not clash (gender is known only
cheaply: from an honorific such as "Mrs." or an earlier pronoun resolved to the same
person). A surname ("Pistorius confirmed") is the longest earlier person name ending in
it ("Boris Pistorius").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.context import Context
from newsledger.extract.attribution_lexicon import honorific_genders, pronoun_genders
from newsledger.extract.attribution_spans import Piece
from newsledger.nlp.parse import doc_text

_ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
# A pronoun reaches back this many sentences at most: further, the guess is mostly wrong.
_PRONOUN_REACH = 4


@dataclass
class Named:
    text: str
    name: str
    start: int
    end: int
    kind: str | None
    code: str | None
    gender: str | None = None
    # A sentence subject (or its apposition): what a later "he" or "she" most likely means.
    salient: bool = False

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


@dataclass(frozen=True)
class Speaker:
    name: str | None
    code: str | None
    kind: str | None


def _honorific_gender(doc: Doc, start: int) -> str | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    return honorific_genders().get(before.lower_)


def _is_subject(doc: Doc, mention: Named) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def named_mentions(doc: Doc, ctx: Context) -> list[Named]:
    """Named mentions in text order: the mention stage's, else the parser's entities."""
    named: list[Named] = []
    if ctx.mentions:
        for m in ctx.mentions:
            named.append(Named(m.text, m.name or m.text, m.start, m.end, m.kind, m.code))
    else:
        for ent in doc.ents:
            kind = _ENTITY_KINDS.get(ent.label_)
            if kind is not None:
                named.append(Named(ent.text, ent.text, ent.start_char, ent.end_char, kind, None))
    for n in named:
        if n.is_person:
            n.gender = _honorific_gender(doc, n.start)
            n.salient = _is_subject(doc, n)
    return sorted(named, key=lambda n: (n.start, n.end))


class SpeakerResolver:
    """Resolves source spans of one article, left to right."""

    def __init__(self, doc: Doc, ctx: Context) -> None:
        self.doc = doc
        self.named = named_mentions(doc, ctx)
        self._sentence_starts = [s.start_char for s in doc.sents]

    def _sentence_index(self, offset: int) -> int:
        index = 0
        for i, start in enumerate(self._sentence_starts):
            if start <= offset:
                index = i
        return index

    def full_name(self, person: Named) -> Named:
        """The longest earlier person mention whose name ends with ``person``'s text.

        ``person`` itself may carry another kind: the parser often takes a lone surname
        for an organisation.
        """
        best = person
        words = person.text.split()
        for other in self.named:
            if other.start >= person.start:
                break
            other_words = other.text.split()
            if (
                other.is_person
                and len(other_words) > len(words)
                and other_words[-len(words) :] == words
                and len(other_words) > len(best.text.split())
            ):
                best = other
        return best

    def _antecedent(self, offset: int, gender: str) -> Named | None:
        floor = self._sentence_index(offset) - _PRONOUN_REACH
        candidates = [
            person
            for person in self.named
            if person.end <= offset
            and person.is_person
            and self._sentence_index(person.start) >= floor
        ]
        # Subjects first: "Pistorius confirmed the Patriot deal. He said ..." means Pistorius.
        for pool in ([c for c in candidates if c.salient], candidates):
            for person in reversed(pool):
                resolved = self.full_name(person)
                known = resolved.gender or person.gender
                if known is None or known == gender:
                    if resolved.gender is None:
                        resolved.gender = gender
                    return resolved
        return None

    def _named_head(self, start: int, end: int, head: Token) -> Named | None:
        """The mention that is the source's head or names it ("the minister, Boris X").

        A mention deeper in the phrase ("Trump" in "Trump's administration") is not the
        speaker.
        """
        inside = [n for n in self.named if start <= n.start and n.end <= end]
        covering = [n for n in inside if n.start <= head.idx < n.end]
        if covering:
            return covering[-1]
        for n in inside:
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "appos" and span.root.head.i == head.i:
                return n
        return None

    def resolve(self, source: Piece, head: Token) -> Speaker:
        start, end = source
        text = doc_text(self.doc)[start:end]
        gender = pronoun_genders().get(head.lower_)
        if gender is not None and head.pos_ == "PRON":
            if gender == "any":
                return Speaker(text, None, None)
            found = self._antecedent(start, gender)
            if found is None:
                return Speaker(text, None, None)
            return Speaker(found.name, found.code, found.kind)
        chosen = self._named_head(start, end, head)
        if chosen is None:
            return Speaker(text, None, None)
        chosen = self.full_name(chosen)
        if chosen.is_person:
            chosen.salient = True
        return Speaker(chosen.name, chosen.code, chosen.kind)
