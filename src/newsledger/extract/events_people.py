"""People named by surname alone ("President Bouteflika", "Gbagbo said").

A person spaCy finds but no dictionary phrase covers is coded, in this order, by a fuller
mention of the same surname elsewhere in the article ("Abdelaziz Bouteflika ... Bouteflika"),
else, when a title stands before the name, by the Phoenix people who bear that surname if
they all belong to one state (see :func:`newsledger.extract.events_phoenix.surname_code`).
Leaves alone: bare surnames with no title and no fuller mention (too many namesakes), and
surnames the dictionary shares between states ("Santos").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc, Span

from newsledger.extract.events_phoenix import surname_code
from newsledger.records import Mention


def _words(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_ for t in span if t.is_alpha)


def surname_spans(
    doc: Doc,
    amap: dict[int, Mention],
    is_title: Callable[[str], bool],
    ents: Sequence[Span] | None = None,
) -> Iterator[tuple[Span, str]]:
    """(name span, code) for the people of ``doc`` that ``amap`` leaves uncoded;
    ``is_title`` says whether a lower-case word is a title or role ("president");
    ``ents``: ``doc.ents``, when the caller has them."""
    ents = doc.ents if ents is None else ents
    known: dict[str, str] = {}
    for ent in ents:
        last = ent[-1]
        if ent.label_ == "PERSON" and len(ent) > 1 and last.i in amap:
            code = amap[last.i].code or ""
            if code and not code.startswith("---"):
                known.setdefault(last.lower_, code)
    for ent in ents:
        if ent.label_ != "PERSON" or any(i in amap for i in range(ent.start, ent.end)):
            continue
        name = ent
        while len(name) > 1 and is_title(name[0].lower_):
            name = name[1:]
        words = _words(name)
        if not words:
            continue
        if words[-1] in known:
            yield name, known[words[-1]]
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = name.start > ent.start or (before is not None and is_title(before.lower_))
        found = surname_code(words) if titled else None
        if found:
            yield name, found
