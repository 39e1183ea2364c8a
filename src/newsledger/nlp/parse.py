"""The spaCy Doc of a whole article, with our sentence boundaries imposed on the parser."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

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
    return "".join(chars)


def _preset(doc: Doc, sentences: list[Sentence]) -> Doc:
    starts = {s.start for s in sentences}
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
            continue
        # Whitespace tokens between sentences join the preceding sentence.
        token.is_sent_start = token.idx in starts
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
    yield from nlp.pipe(docs, batch_size=batch_size)


def sentence_spans(doc: Doc, sentences: list[Sentence]) -> list[Span]:
    """The Doc span of each sentence, one for one (robust to whitespace-only tokens)."""
    spans = []
    for sentence in sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        spans.append(span if span is not None else doc[0:0])
    return spans
