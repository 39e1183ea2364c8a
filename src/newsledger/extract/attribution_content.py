"""The characters of a content: its clause, widened to the quotations that belong to it.

A content keeps its quotation marks; a quotation the parse cut into pieces is taken whole;
one that a cue interrupts ('"A," he said, "B."') or that resumes after the cue's sentence
('"A," she said, clapping. "B."') is one content in several pieces; a quotation left open
at a paragraph's end runs on into the paragraphs that reopen it. "X said:" introduces a
quotation, the rest of the paragraph or the next paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.attribution_cues import is_cue_verb
from newsledger.extract.attribution_phrases import Draft
from newsledger.extract.attribution_spans import (
    Piece,
    clean_pieces,
    continued_quotation,
    enclosing_quotation,
    quotation_after,
    quotation_before,
    quoted,
    resumed_quotation,
    token_pieces,
)
from newsledger.nlp.parse import doc_text


def _paragraph(text: str, start: int) -> tuple[int, int]:
    floor = text.rfind("\n\n", 0, start)
    ceiling = text.find("\n\n", start)
    return floor + 1, len(text) if ceiling < 0 else ceiling


def _is_quote_end(text: str, piece: Piece) -> bool:
    return text[piece[1] - 1] in "”\"'’"


def _skip_clause_end(doc: Doc, offset: int) -> int:
    """Past the rest of the cue's sentence when only its ending punctuation is left."""
    text = doc_text(doc)
    i = offset
    while i < len(text) and (text[i].isspace() or text[i] in ",.:;"):
        i += 1
    return i


def quotation_indices(verb: Token, cue: list[int], source: list[int]) -> set[int]:
    """A quotation the sentence splitter put beside the clause: 'X said, "..."' or
    '"..." X said' with no complement in the clause itself."""
    doc = verb.doc
    text = doc_text(doc)
    floor, ceiling = _paragraph(text, verb.idx)
    clause = sorted(cue + source)
    last = doc[clause[-1]]
    after = last.idx + len(last.text)
    if last.text == ":":
        piece = _after_colon(text, after, ceiling)
    elif after < len(text) and text[after] == ":":
        piece = _after_colon(text, after + 1, ceiling)
    elif after < len(text) and text[after] == ",":
        # 'X said, "..."', else '"..." X said, looking out on the crowd.'
        piece = quotation_after(text, after + 1, ceiling) or quotation_before(
            text, doc[clause[0]].idx, floor
        )
    else:
        piece = quotation_before(text, doc[clause[0]].idx, floor)
    if piece is None:
        return set()
    span = doc.char_span(piece[0], piece[1], alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _after_colon(text: str, position: int, ceiling: int) -> Piece | None:
    """What 'X said:' introduces: a quotation, the rest of the paragraph, or, when the
    colon ends its paragraph, the whole next paragraph."""
    quotation = quotation_after(text, position, ceiling)
    if quotation is not None:
        return quotation
    if text[position:ceiling].strip():
        return position, ceiling
    start = ceiling
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return None
    return start, _paragraph(text, start)[1]


def content_pieces(doc: Doc, draft: Draft) -> list[Piece]:
    text = doc_text(doc)
    pieces = clean_pieces(text, token_pieces(doc, draft.content))
    if not pieces:
        return []
    floor, ceiling = _paragraph(text, pieces[0][0])
    widened = [quoted(text, p, floor, ceiling) for p in pieces]
    cue_end = doc[max(draft.cue)].idx + len(doc[max(draft.cue)])
    if (
        widened[-1][1] <= doc[min(draft.cue)].idx
        and _is_quote_end(text, widened[-1])
        and any(is_cue_verb(doc[i]) for i in draft.cue)
    ):
        # '"A," he said. "B."': the quotation after the cue continues the content.
        clause_end = max(cue_end, *(doc[i].idx + len(doc[i]) for i in draft.source or [0]))
        tail = quotation_after(text, _skip_clause_end(doc, clause_end), ceiling)
        if tail is None:
            last = doc[max(draft.cue + draft.source)]
            tail = resumed_quotation(text, clause_end, last.sent.end_char)
        if tail is not None:
            widened.append(tail)
    merged: list[Piece] = []
    for start, end in sorted(widened):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    whole = enclosing_quotation(text, merged[0][0], merged[-1][1], floor, ceiling)
    if whole is None and not text[cue_end : merged[0][0]].strip(" :,"):
        # 'tweeted: “Did she help ... ?”': a quotation right after the cue is all of
        # its content, however the parse split it.
        whole = quotation_after(text, merged[0][0], ceiling)
        if whole is not None and whole[1] < merged[-1][1]:
            whole = None
    if whole is not None and not whole[0] <= doc[min(draft.cue)].idx < whole[1]:
        merged = [whole]
    return _quotation_split_by_cue(doc, draft, merged, floor) + continued_quotation(
        text, merged[-1][0], merged[-1][1]
    )


def _quotation_split_by_cue(doc: Doc, draft: Draft, merged: list[Piece], floor: int) -> list[Piece]:
    """'"Every time you say that," he said, "you give ammunition ..."': a quotation that
    resumes right after the cue clause began right before it."""
    text = doc_text(doc)
    clause = draft.cue + draft.source
    clause_start, clause_end = doc[min(clause)].idx, doc[max(clause)].idx + len(doc[max(clause)])
    if merged[0][0] < clause_end or text[clause_end : merged[0][0]].strip(" ,:"):
        return merged
    if any(i not in clause and not doc[i].is_punct for i in range(min(clause), max(clause))):
        # '"A," Trump said, adding later, "B."': the first part is the other cue's.
        return merged
    if quotation_after(text, merged[0][0], merged[0][1]) is None:
        return merged
    head = quotation_before(text, clause_start, floor)
    if head is None or text[head[1] - 2 : head[1] - 1] != ",":
        # Only a quotation broken off at a comma resumes: '“A.” She said: “B.”' are two.
        return merged
    return [head, *merged]
