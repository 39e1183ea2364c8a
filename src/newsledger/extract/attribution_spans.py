"""Character spans for attribution roles: subtrees with holes, trimmed, with whole quotes.

PolNeAR-style conventions these helpers implement: a role span never starts or ends with
white space or with the punctuation that joins it to the rest of the sentence (a comma
before "he said", the final full stop), but a quotation keeps its own marks and the comma
or full stop inside them ("“We will win,” she said" -> content "“We will win,”").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

Piece = tuple[int, int]

OPENING_QUOTES = frozenset("“‘«")
CLOSING_QUOTES = frozenset("”’»")
STRAIGHT_QUOTES = frozenset('"')
_EDGE_PUNCT = frozenset(",;:.-–—―()[]")


def token_pieces(doc: Doc, indices: Iterable[int]) -> list[Piece]:
    """Character spans of the maximal runs of consecutive token indices."""
    pieces: list[Piece] = []
    run_start: int | None = None
    previous = -2
    for i in sorted(set(indices)):
        if i != previous + 1:
            if run_start is not None:
                pieces.append(_chars(doc, run_start, previous))
            run_start = i
        previous = i
    if run_start is not None:
        pieces.append(_chars(doc, run_start, previous))
    return pieces


def _chars(doc: Doc, first: int, last: int) -> Piece:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subtree_indices(token: Token, holes: Iterable[int] = ()) -> set[int]:
    """Token indices of ``token``'s subtree, less ``holes``."""
    return {t.i for t in token.subtree} - set(holes)


def _is_apostrophe(text: str, i: int) -> bool:
    """A right single mark between letters ("Trump’s", "don’t") is an apostrophe."""
    return (
        text[i] == "’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalpha()
    )


def _is_closing(text: str, i: int) -> bool:
    char = text[i]
    if char in CLOSING_QUOTES:
        return not _is_apostrophe(text, i)
    if char == "'":
        # Two apostrophes stand for a double mark in some wires (''like this''): the
        # second one of a pair after a word closes.
        return i >= 2 and text[i - 1] == "'" and not text[i - 2].isspace()
    # A straight quote closes when it follows a non-space character, or when white space
    # surrounds it ("'outreach,' " he told": the mark after a nested single quote).
    return char in STRAIGHT_QUOTES and i > 0 and (not text[i - 1].isspace() or _bare(text, i))


def _is_opening(text: str, i: int) -> bool:
    char = text[i]
    if char in OPENING_QUOTES:
        return True
    if char == "'":
        # The first one of a pair before a word opens.
        return (
            i + 1 < len(text)
            and text[i + 1] == "'"
            and (i == 0 or text[i - 1].isspace() or text[i - 1] in "(—")
        )
    return (
        char in STRAIGHT_QUOTES
        and (i == 0 or text[i - 1].isspace() or text[i - 1] in "(—")
        and not _bare(text, i)
    )


def _bare(text: str, i: int) -> bool:
    """A mark with white space (or the end of the text) after it opens nothing."""
    return i + 1 >= len(text) or text[i + 1].isspace()


def trim(text: str, piece: Piece) -> Piece | None:
    """``piece`` without outer space and joining punctuation; quotation marks stay."""
    start, end = piece
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
        end -= 1
    if end > start and _is_closing(text, end - 1):
        # Keep the comma or stop a quotation carries inside its closing mark.
        return start, end
    return (start, end) if end > start else None


def quoted(text: str, piece: Piece, floor: int, ceiling: int) -> Piece:
    """``piece`` widened to the quotation marks that belong to it.

    A content ending in a closing mark whose opening mark lies before it (an earlier
    sentence of the same quotation, or the mark the parser left outside the clause) is
    widened back to the opening mark, and a closing mark right after the content (after
    its comma) is taken in. ``floor``/``ceiling`` bound the search (the paragraph).
    """
    start, end = piece
    after = end
    while after < ceiling and text[after] in ",.!?":
        after += 1
    if text[after : after + 2] == "''":
        after += 1
    before = start - 1
    while before >= floor and text[before].isspace():
        before -= 1
    closes_after = after < ceiling and _is_closing(text, after)
    if closes_after and before >= floor and _is_opening(text, before):
        # The parser left both marks of a whole quotation outside the clause.
        return before, after + 1
    if closes_after and _open_count(text, start, end) > 0:
        end = after + 1
    if end > start and _is_closing(text, end - 1) and _open_count(text, start, end - 1) <= 0:
        i = start - 1
        while i >= floor:
            if _is_opening(text, i):
                start = i
                break
            if _is_closing(text, i):
                break
            i -= 1
    return start, end


def _open_count(text: str, start: int, end: int) -> int:
    """Opening marks minus closing marks in ``text[start:end]``."""
    count = 0
    for i in range(start, end):
        if _is_opening(text, i):
            count += 1
        elif _is_closing(text, i):
            count -= 1
    return count


def inside_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside quotation marks opened earlier in its paragraph."""
    floor = text.rfind("\n", 0, offset) + 1
    return _open_count(text, floor, offset) > 0


def continued_quotation(text: str, start: int, end: int) -> list[Piece]:
    """The paragraphs a quotation left open at ``end`` runs on into.

    Newspapers leave a quotation that spans paragraphs unclosed at each paragraph's end
    and open every following paragraph of it with a mark again; when a content that opens
    a quotation (at ``start``) reaches the end of such a paragraph, those paragraphs are
    content too. (A transcript that opens each turn with a mark it never closes starts
    its content after the mark, so its turns stay apart.)
    """
    pieces: list[Piece] = []
    while True:
        floor = max(start, text.rfind("\n", 0, end) + 1)
        ceiling = text.find("\n", end)
        ceiling = len(text) if ceiling < 0 else ceiling
        if (
            text[end:ceiling].strip(" .,;:")
            or not _is_opening(text, floor)
            or _open_count(text, floor, ceiling) <= 0
        ):
            return pieces
        start = ceiling
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text) or text[start] != text[floor] or not _is_opening(text, start):
            # The same mark as the quotation's own: a paragraph that opens with another
            # kind quotes someone else.
            return pieces
        following = text.find("\n", start)
        end = len(text) if following < 0 else following
        piece = trim(text, (start, end))
        if piece is None:
            return pieces
        pieces.append(piece)


def quotation_after(text: str, position: int, ceiling: int) -> Piece | None:
    """The quotation opening at ``position`` (after white space), to its closing mark."""
    while position < ceiling and text[position].isspace():
        position += 1
    if position >= ceiling or not _is_opening(text, position):
        return None
    depth = 0
    for i in range(position, ceiling):
        if _is_opening(text, i):
            depth += 1
        elif _is_closing(text, i):
            depth -= 1
            if depth == 0:
                return position, i + 1
    return None


def enclosing_quotation(text: str, start: int, end: int, floor: int, ceiling: int) -> Piece | None:
    """The quotation whose marks just enclose ``text[start:end]``, marks included.

    A quoted content the parse cut into pieces ('said: “Did she help (check out X) Y
    become a citizen?”', '“It's 3 a.m. ... Who do you want answering the phone?”') is
    the whole quotation, its marks and final punctuation with it.
    """
    before = start if _is_opening(text, start) else start - 1
    while before >= floor and text[before].isspace():
        before -= 1
    if before < floor or not _is_opening(text, before):
        return None
    quotation = quotation_after(text, before, ceiling)
    if quotation is None or quotation[1] < end:
        return None
    if text[end : quotation[1] - 1].strip(" .,!?;:()") or _open_count(text, before + 1, end):
        return None
    return quotation


def resumed_quotation(text: str, clause_end: int, sentence_end: int) -> Piece | None:
    """The quotation that resumes after a cue's sentence: '"A," she said, clapping. "B."'.

    ``clause_end`` ends the cue and its source, ``sentence_end`` the cue's sentence. The
    quotation must open the next sentence, with no other quotation between; one that
    opens the next paragraph counts when that paragraph is nothing but the quotation
    (a speaker's quotation running on, not a new speaker's "...," she said).
    """
    start = sentence_end
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or not _is_opening(text, start):
        return None
    between = text[clause_end:start]
    if any(_is_opening(text, i) or _is_closing(text, i) for i in range(clause_end, start)):
        return None
    if between.strip(" ,.:;") and not between.rstrip().endswith((".", ",", ":")):
        return None
    breaks = between.count("\n")
    ceiling = text.find("\n", start)
    ceiling = len(text) if ceiling < 0 else ceiling
    quotation = quotation_after(text, start, ceiling)
    if quotation is None or breaks and text[quotation[1] : ceiling].strip():
        return None
    return quotation


def quotation_before(text: str, position: int, floor: int) -> Piece | None:
    """The quotation closing just before ``position`` (before white space and a comma)."""
    end = position
    while end > floor and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= floor or not _is_closing(text, end - 1):
        return None
    depth = 0
    for i in range(end - 1, floor - 1, -1):
        if _is_closing(text, i):
            depth += 1
        elif _is_opening(text, i):
            depth -= 1
            if depth == 0:
                return i, end
    return None


def source_piece(doc: Doc, indices: list[int]) -> Piece | None:
    """The source's characters: its tokens, with the comma that closes an apposition.

    "Ivanka Trump, the nominee's daughter, noted": PolNeAR-style sources keep the comma
    after an apposition; closing brackets and abbreviation stops stay as the tokens have
    them.
    """
    tokens = [doc[i] for i in sorted(indices)]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in (",", "-", "—", "–") or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1]
    if any(t.text == "," for t in tokens) and last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
        last = doc[last.i + 1]
    return tokens[0].idx, last.idx + len(last.text)


def clean_pieces(text: str, pieces: Iterable[Piece]) -> list[Piece]:
    """Trimmed, non-empty pieces in text order."""
    out = [trimmed for p in sorted(pieces) if (trimmed := trim(text, p)) is not None]
    return out
