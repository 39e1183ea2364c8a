"""Where a content that opens its sentence begins: past the writer's own lead-in.

"As for complexity, X is hard, he said", "WASHINGTON ― X is ..., she said": a content
that precedes its cue takes the clause, not the framing adverbial set off by a comma or
the dateline that opens the sentence, as PolNeAR marks it. A lead-in without a comma
("But in recent days the president ...") stays, since nothing marks it as the writer's;
so does a leading "But" or "And", which PolNeAR annotators keep as often as not.
"""

from __future__ import annotations

from spacy.tokens import Doc

# Dependents that open a sentence as the writer's framing rather than the source's words.
_FRAMING = ("prep", "advmod", "intj", "dep")
_DASHES = ("--", "—", "–", "―")


def _dateline_end(doc: Doc, content: list[int]) -> int | None:
    """The dash that closes an upper-case dateline opening the content, if any."""
    for i in content[:6]:
        token = doc[i]
        if token.text in _DASHES:
            before = [doc[j] for j in content if j < i]
            if before and all(t.is_upper or t.is_punct for t in before):
                return i
            return None
    return None


def _framing_end(doc: Doc, content: list[int], cue: list[int]) -> int | None:
    """The comma closing an adverbial that opens the content ('As for complexity,')."""
    first = doc[content[0]]
    for phrase in (first, *first.ancestors):
        if phrase.left_edge.i != first.i or phrase.i in cue:
            return None
        after = phrase.right_edge.i + 1
        framing = (
            phrase.dep_ in _FRAMING
            or phrase.dep_ == "advcl"
            and any(
                # "As it stands," frames; "When it is tailored," "Before it filed," are the
                # source's own conditions.
                c.dep_ == "mark" and c.lower_ == "as"
                for c in phrase.children
            )
        )
        if framing and after in content and doc[after].text == ",":
            return after
    return None


def lead_in(doc: Doc, content: list[int], cue: list[int]) -> set[int]:
    """Tokens of the writer's lead-in at the start of a content that precedes its cue in
    the same sentence ("And", "Details aside,", "WASHINGTON ―")."""
    words = [i for i in content if not doc[i].is_punct and not doc[i].is_space]
    if not words or not cue or words[0] > min(cue) or words[-1] > min(cue):
        return set()
    sentence_start = doc[content[0]].sent.start
    while sentence_start < len(doc) and doc[sentence_start].is_space:
        sentence_start += 1
    if content[0] != sentence_start or doc[sentence_start].is_quote:
        # A quotation's own opening words are the source's.
        return set()
    dropped: set[int] = set()
    rest = list(content)
    for _ in range(3):
        if not rest:
            break
        end = _dateline_end(doc, rest)
        if end is None:
            end = _framing_end(doc, rest, cue)
        if end is None:
            break
        dropped |= {i for i in rest if i <= end}
        rest = [i for i in rest if i > end]
    return dropped if rest else set()
