"""The spaCy Doc of a whole article, with our sentence boundaries imposed on the parser."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from newsledger.nlp.headline import reparse_title_case
from newsledger.nlp.model import load_nlp
from newsledger.records import Sentence


def nlp_text(text: str, sentences: list[Sentence]) -> str:
    """``text`` with line breaks inside a sentence turned into spaces (same length).

    A repaired sentence spans a paragraph break; the parser must see one sentence there,
    and offsets must stay those of the article text.
    """
    chars = list(text)
    for sentence in sentences:
        for i in range(sentence.start, sentence.end):
            if chars[i] in "\r\n":
                chars[i] = " "
    return _LONG_RUN.sub(_break_run, "".join(chars))


# spaCy's tokenizer strips affixes from a whitespace-free run one character at a time,
# rescanning the rest each time: quadratic, minutes for 100 KB of "[". No real token is
# this long, so the parser sees such runs broken by a space (the length stays the same).
MAX_TOKEN_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS}}}")


def _break_run(match: re.Match[str]) -> str:
    return match.group()[:-1] + " "


def _preset(doc: Doc, sentences: list[Sentence]) -> Doc:
    # One array write: setting token.is_sent_start one token at a time rescans the whole Doc
    # for each token (quadratic; seconds for a long article).
    if not len(doc):
        return doc
    starts = numpy.fromiter((s.start for s in sentences), dtype=numpy.int64)
    offsets = doc.to_array(IDX).astype(numpy.int64)
    # Whitespace tokens between sentences join the preceding sentence (-1: not a start).
    flags = numpy.where(numpy.isin(offsets, starts), 1, -1).astype(numpy.uint64)
    flags[0] = 1
    doc.from_array([SENT_START], cast(Ints2d, flags.reshape(-1, 1)))
    return doc


def parse_article(text: str, sentences: list[Sentence], nlp: Language | None = None) -> Doc:
    """The parsed Doc of ``text`` whose ``doc.sents`` follow ``sentences``."""
    return next(parse_articles([(text, sentences)], nlp=nlp))


def parse_articles(
    items: Iterable[tuple[str, list[Sentence]]],
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[Doc]:
    """Parse many articles with ``nlp.pipe`` (one model load, batched)."""
    nlp = nlp or load_nlp()
    docs = (
        _preset(nlp.make_doc(nlp_text(text, sentences)), sentences) for text, sentences in items
    )
    parsed = nlp.pipe(docs, batch_size=batch_size)
    # nlp.pipe parses a batch at a time anyway; the batch's title-case lines then take one
    # more model call together.
    while batch := list(islice(parsed, batch_size)):
        reparse_title_case(batch, nlp)
        yield from batch


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token on each access,
    so a caller per cue or per mention made the analysis quadratic in the article's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "newsledger.doc_text"


def sentence_spans(doc: Doc, sentences: list[Sentence]) -> list[Span]:
    """The Doc span of each sentence, one for one (robust to whitespace-only tokens)."""
    spans = []
    for sentence in sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        spans.append(span if span is not None else doc[0:0])
    return spans
