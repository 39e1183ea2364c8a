"""Title-case lines parsed in sentence case (``newsledger.nlp.headline``)."""

from __future__ import annotations

from newsledger.nlp.headline import is_title_case, sentence_case
from newsledger.nlp.model import load_nlp
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences

HEADLINE = (
    "US, UK, and Europe Conditionally Endorse Ukrainian Offensive as Russia Advances in Ukraine"
)


def test_title_case_is_a_short_line_of_capitalised_words() -> None:
    nlp = load_nlp()
    assert is_title_case(nlp(HEADLINE)[:])
    assert not is_title_case(nlp("Sanders vowed to eliminate tax breaks for developers.")[:])
    assert not is_title_case(nlp("SANDERS VOWS TO ELIMINATE TAX BREAKS USED BY DEVELOPERS")[:])


def test_sentence_case_lowers_verbs_adjectives_and_function_words_only() -> None:
    cased = sentence_case(HEADLINE, load_nlp())
    assert len(cased) == len(HEADLINE)
    # Names and nationality adjectives keep their capitals.
    assert cased == (
        "US, UK, and Europe conditionally endorse Ukrainian offensive as Russia advances in Ukraine"
    )
    assert sentence_case("Sanders Vows To Eliminate Tax Breaks", load_nlp()) == (
        "Sanders vows to eliminate tax breaks"
    )


def test_the_headline_of_an_article_is_parsed_in_sentence_case() -> None:
    text = f"{HEADLINE}\n\nWestern allies reportedly endorsed the offensive on Monday."
    sentences = split_sentences(text, has_headline=True)
    doc = parse_article(text, sentences)
    endorse = next(t for t in doc if t.text == "Endorse")
    # The words stay the article's; their tags and tree are those of the sentence case.
    assert endorse.pos_ == "VERB" and endorse.lemma_ == "endorse"
    assert {c.text for c in endorse.children} >= {"Offensive"}
    assert [s.start_char for s in doc.sents] == [s.start for s in sentences]
    assert doc.text == text
