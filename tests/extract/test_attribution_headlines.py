"""Title-case headlines read in sentence case (``newsledger.extract.attribution_headlines``)."""

from newsledger.extract.attribution_headlines import is_title_case, sentence_case

from support import attributions_of, by_cue

HEADLINE = "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Developers."


def test_title_case_is_a_short_line_of_capitalised_words() -> None:
    doc, _ = attributions_of(HEADLINE)
    assert is_title_case(next(doc.sents))
    doc, _ = attributions_of("Sanders vowed to eliminate tax breaks for developers.")
    assert not is_title_case(next(doc.sents))
    doc, _ = attributions_of("SANDERS VOWS TO ELIMINATE TAX BREAKS USED BY DEVELOPERS.")
    assert not is_title_case(next(doc.sents))


def test_sentence_case_keeps_offsets_and_names() -> None:
    doc, _ = attributions_of(HEADLINE)
    sent = next(doc.sents)
    recased = sentence_case(sent)
    assert recased is not None
    assert [t.idx for t in recased] == [t.idx - sent.start_char for t in sent]
    assert recased.text.startswith("Railing against") and " vows to " in recased.text


def test_headline_cue_found_in_sentence_case() -> None:
    _, found = attributions_of(HEADLINE)
    vows = by_cue(found, "Vows")
    assert vows.source is not None and vows.source.text == "Sanders"
    assert vows.content is not None and vows.content.text.startswith("To Eliminate Tax Breaks")
