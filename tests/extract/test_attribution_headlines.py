"""Title-case headlines: their cues are found on the sentence-case parse
(:mod:`newsledger.nlp.headline` gives it to every stage)."""

from support import attributions_of, by_cue

HEADLINE = "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Developers."


def test_headline_cue_found_in_sentence_case() -> None:
    _, found = attributions_of(HEADLINE)
    vows = by_cue(found, "Vows")
    assert vows.source is not None and vows.source.text == "Sanders"
    assert vows.content is not None and vows.content.text.startswith("To Eliminate Tax Breaks")
