from newsledger.nlp.parse import nlp_text, parse_article
from newsledger.nlp.sentences import split_sentences


def test_doc_sentences_follow_our_segmentation():
    text = "Headline Here\n\nThe former U.S.\n\nPresident spoke. Then he left."
    sentences = split_sentences(text)
    doc = parse_article(text, sentences)
    assert doc.text == nlp_text(text, sentences)
    assert len(doc.text) == len(text)
    assert [s.start_char for s in doc.sents] == [s.start for s in sentences]


def test_runaway_tokens_are_broken_for_the_parser_only():
    text = "[" * 2_000
    sentences = split_sentences(text, has_headline=False)
    doc = parse_article(text, sentences)
    assert len(doc.text) == len(text)
    assert max(len(t.text) for t in doc) <= 100
