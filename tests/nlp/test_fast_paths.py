"""The shortcuts taken for speed give what the slow paths give."""

from __future__ import annotations

import pysbd
import pytest

from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import _plain_sentence, _pysbd_spans, split_sentences

PLAIN = [
    "Germany agreed to deliver two Patriot systems to Ukraine.",
    "Russia's forces advanced in the Kharkiv region; officials said nothing more!",
    "Why would the minister resign now?",
]
NOT_PLAIN = [
    "The U.S. sent aid.",
    '"We will win," he said.',
    "Troops (about 300) arrived.",
    "No final stop here",
    "Aid arrived\nin March.",
]


def _pysbd(paragraph: str) -> list[str]:
    spans = pysbd.Segmenter(language="en", clean=False, char_span=True).segment(paragraph)
    pieces = (paragraph[p.start : p.end].strip() for p in spans)
    return [piece for piece in pieces if piece]


@pytest.mark.parametrize("paragraph", PLAIN)
def test_a_plain_paragraph_is_what_pysbd_returns_whole(paragraph: str) -> None:
    assert _plain_sentence(paragraph)
    assert _pysbd(paragraph) == [paragraph]


@pytest.mark.parametrize("paragraph", NOT_PLAIN)
def test_anything_pysbd_might_split_goes_to_pysbd(paragraph: str) -> None:
    assert not _plain_sentence(paragraph)


def test_the_parse_keeps_our_sentence_starts() -> None:
    text = (
        "Allies back offensive\n\nThe former U.S.\n\nPresident spoke on Monday. "
        "Germany agreed to deliver two Patriot systems. Deliveries start in weeks."
    )
    sentences = split_sentences(text)
    doc = parse_article(text, sentences)
    assert [s.start_char for s in doc.sents] == [s.start for s in sentences]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will not retreat," he said. "Not one step." Officials in Kyiv agreed.',
        "Mr. Smith went to Washington. He met Sen. Jones at 3 p.m. on Jan. 5. Talks failed!",
        "Kyiv said so. Kyiv said so. Kyiv said so again.",
        # pysbd's abbreviation pass (ours tries only abbreviations followed by a period)
        "Gen. Al Smith, a Ph.D. holder, met Capt. Jones in St. Louis (i.e. in Mo.) vs. art. 5.",
        "The U.S. and the U.K. met at 9 a.m. in Ark. No. 5 e.g. was Dr. phil. Mueller's. Done.",
        "Al said no. A. B. Jones said yes. ADJ. Adm. Byrd left the Ave. at 5. Then Aug. came.",
    ],
)
def test_sentence_spans_are_pysbds_own(paragraph: str) -> None:
    own = [
        (p.start, p.end)
        for p in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(paragraph)
    ]
    assert _pysbd_spans(paragraph) == own
