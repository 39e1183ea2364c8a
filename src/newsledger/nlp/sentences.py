"""Sentence segmentation with repair of splits the source introduced.

Text is cut into paragraphs at blank lines, paragraphs into sentences with pysbd. A
paragraph that ends inside a sentence (no final punctuation, or a final abbreviation such
as "U.S." after a lower-case word) is rejoined with the next paragraph; the result is one
sentence marked ``repaired``. The first paragraph of an article is its headline when it has
no final punctuation: it stays a sentence of its own and is never joined.
"""

from __future__ import annotations

import re
from functools import cache

import pysbd
from pysbd.lang.english import English
from pysbd.utils import TextSpan

from newsledger.data import load_lines
from newsledger.records import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CLOSED_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "in",
        "to",
        "of",
        "for",
        "from",
        "at",
        "by",
        "with",
        "on",
        "into",
        "about",
        "across",
        "against",
    ]
)
# Characters at which pysbd may end a sentence (or treat a quotation or a list apart).
_PYSBD_SPLITS = re.compile(r"[.!?\u2026\"\u201c\u201d\u00ab\u00bb()\[\]{}\n\r\u2022]")
_FINAL_PUNCT = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")", ":", ";")


class _AbbreviationReplacer(English.AbbreviationReplacer):  # type: ignore[misc,name-defined]
    """pysbd's abbreviation pass, trying only the abbreviations that the line holds with a
    period after them.

    pysbd runs two regex searches for each of its 188 abbreviations on every line whose
    lower-cased text contains the bare abbreviation ("a" and "al" are in almost every line),
    which made it a third of the sentence splitting. Each of its replacements turns a period
    right after the abbreviation into a placeholder, so a line without "abbr." in any case is
    left unchanged by that abbreviation: skipping it gives the same text. ("e.g" and the
    others with a period are regexes to pysbd, where "." is any character: they keep
    pysbd's own test.)
    """

    _NEEDLES = tuple(
        (stripped, stripped + "." if stripped.isalpha() else stripped)
        for stripped in (abbr.strip() for abbr in English.Abbreviation.ABBREVIATIONS)
    )

    def search_for_abbreviations_in_string(self, text: str) -> str:
        lowered = text.lower()
        # The body below is pysbd 0.3.4's, over the abbreviations that can apply.
        for stripped, needle in self._NEEDLES:
            if needle not in lowered:
                continue
            abbrev_match = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
            if not abbrev_match:
                continue
            char_array = re.findall(r"(?<={" + re.escape(stripped) + "} ).{1}", text)
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return str(text)


class _English(English):  # type: ignore[misc]
    AbbreviationReplacer = _AbbreviationReplacer


class _Segmenter(pysbd.Segmenter):  # type: ignore[misc]  # pysbd has no type hints
    """pysbd, with each sentence's span found after the previous one, and
    :class:`_AbbreviationReplacer` for its abbreviation pass.

    pysbd searches the whole paragraph with a fresh regex for every sentence (quadratic in
    the paragraph, and the regex cache thrashes: a tenth of the analysis went there). The
    spans are the same: the first place after the previous sentence, trailing space included.
    """

    def __init__(self) -> None:
        super().__init__(language="en", clean=False, char_span=True)
        self.language_module = _English

    def sentences_with_char_spans(self, sentences: list[str]) -> list[TextSpan]:
        text: str = self.original_text
        spans: list[TextSpan] = []
        pos = 0
        for sentence in sentences:
            at = text.find(sentence, pos)
            if at < 0:  # pysbd changed the text: its own search then
                return list(super().sentences_with_char_spans(sentences))
            end = at + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            spans.append(TextSpan(text[at:end], at, end))
            pos = end
        return spans


@cache
def _segmenter() -> pysbd.Segmenter:
    return _Segmenter()


def _pysbd_spans(paragraph: str) -> list[tuple[int, int]]:
    """pysbd's sentences of ``paragraph`` as character spans."""
    return [(piece.start, piece.end) for piece in _segmenter().segment(paragraph)]


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_lines("abbreviations.txt"))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-blank paragraphs of ``text``, stripped of outer space."""
    spans = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        if brk:
            pos = brk.end()
    return spans


def looks_like_headline(text: str) -> bool:
    """A first paragraph without final punctuation and short enough to be a title."""
    stripped = text.strip()
    return bool(stripped) and not stripped.endswith(_FINAL_PUNCT) and len(stripped) < 300


def _ends_mid_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped:
        return False
    if not stripped.endswith(_FINAL_PUNCT):
        return True
    words = stripped.split()
    last = words[-1]
    if last in _abbreviations() and len(words) > 1:
        # "former U.S." ends a line but not a sentence; "in the U.S." may end one, so only
        # a lower-case modifier before the abbreviation (an unfinished noun phrase) counts.
        previous = words[-2]
        return (
            previous[:1].islower()
            and not previous.endswith((".", ",", ";", ":"))
            and previous not in _CLOSED_WORDS
        )
    return False


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if _plain_sentence(text[start:end]):
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for s, e in _pysbd_spans(text[start:end]):
        chunk = text[start + s : start + e]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        first_word = stripped.split(maxsplit=1)[0]
        if spans and (stripped[0] in ",;" or first_word.isalpha() and first_word.islower()):
            # The segmenter split after an abbreviation ("Mitch McConnell, R-Ky.", ",
            # said Tuesday."): no sentence starts with a comma or a lower-case word
            # ("iPhone" is a name).
            spans[-1] = (spans[-1][0], start + s + lead + len(stripped))
            continue
        spans.append((start + s + lead, start + s + lead + len(stripped)))
    return spans or [(start, end)]


def _plain_sentence(paragraph: str) -> bool:
    """A paragraph pysbd would return whole: one final stop and nothing it splits at before.

    About half the paragraphs of news text are such; pysbd costs as much as a tenth of the
    analysis, so they skip it. Quotes, brackets, bullets and inner stops go to pysbd, whose
    splits there have quirks (a closing quote after the stop becomes a sentence of its own).
    """
    return (
        paragraph[-1:] in (".", "!", "?")
        and _PYSBD_SPLITS.search(paragraph, 0, len(paragraph) - 1) is None
    )


def _joinable_start(text: str) -> bool:
    return bool(text) and (text[0].isalnum() or text[0] in "\"'\u201c(")


# Longer runs are cut at whitespace: no real sentence is this long, and the cost of the
# per-sentence stages (and of pysbd on a paragraph) grows faster than linearly with length.
MAX_SENTENCE_CHARS = 2_000
MAX_PARAGRAPH_CHARS = 20_000


def bounded_pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``limit`` characters, at whitespace when
    there is some in the second half of a piece."""
    pieces = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _bounded(text: str, sentences: list[Sentence]) -> list[Sentence]:
    result: list[Sentence] = []
    for sentence in sentences:
        for s, e in bounded_pieces(text, sentence.start, sentence.end, MAX_SENTENCE_CHARS):
            result.append(
                Sentence(
                    len(result),
                    s,
                    e,
                    normalise_space(text[s:e]),
                    sentence.is_headline,
                    sentence.repaired,
                )
            )
    return result


def split_sentences(text: str, has_headline: bool | None = None) -> list[Sentence]:
    """Sentences of ``text`` with offsets; paragraphs split mid-sentence are rejoined.

    ``has_headline`` None means: decide from the first paragraph's shape.
    """
    paras = paragraphs(text)
    if not paras:
        return []
    if has_headline is None:
        has_headline = len(paras) > 1 and looks_like_headline(text[paras[0][0] : paras[0][1]])
    sentences: list[Sentence] = []
    carry: tuple[int, int] | None = None
    for index, (p_start, p_end) in enumerate(paras):
        headline = has_headline and index == 0
        spans = (
            [(p_start, p_end)]
            if headline
            else [
                span
                for chunk in bounded_pieces(text, p_start, p_end, MAX_PARAGRAPH_CHARS)
                for span in _split_paragraph(text, *chunk)
            ]
        )
        if carry is not None:
            spans[0] = (carry[0], spans[0][1])
        repaired_first = carry is not None
        carry = None
        for n, (s, e) in enumerate(spans):
            is_last = n == len(spans) - 1
            following = paras[index + 1] if index + 1 < len(paras) else None
            if (
                is_last
                and not headline
                and following is not None
                and _ends_mid_sentence(text[s:e])
                and _joinable_start(text[following[0] : following[1]])
            ):
                carry = (s, e)
                continue
            sentences.append(
                Sentence(
                    id=len(sentences),
                    start=s,
                    end=e,
                    text=normalise_space(text[s:e]),
                    is_headline=headline,
                    repaired=repaired_first and n == 0,
                )
            )
    if carry is not None:
        sentences.append(
            Sentence(len(sentences), carry[0], carry[1], normalise_space(text[carry[0] : carry[1]]))
        )
    return _bounded(text, sentences)


def normalise_space(text: str) -> str:
    """Runs of whitespace (newlines included) as one space."""
    return re.sub(r"\s+", " ", text).strip()
