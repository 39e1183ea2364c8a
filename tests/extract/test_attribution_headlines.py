"""Title-case headlines: their cues are found on the sentence-case parse
(:mod:`newsledger.nlp.headline` gives it to every stage)."""

from support import attributions_of, by_cue

HEADLINE = "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Developers."


def test_headline_cue_found_in_sentence_case() -> None:
    _, found = attributions_of(HEADLINE)
    vows = by_cue(found, "Vows")
    assert vows.source is not None and vows.source.text == "Sanders"
    assert vows.content is not None and vows.content.text.startswith("To Eliminate Tax Breaks")


def test_headline_verb_read_as_a_noun_reports() -> None:
    # "questions" and "rules" come tagged as plural nouns in a headline without a verb.
    _, found = attributions_of(
        "Trump questions the fairness of moderators ahead of debate.\n\n"
        "Donald Trump spoke on Friday."
    )
    questions = by_cue(found, "questions")
    assert questions.source is not None and questions.source.text == "Trump"
    assert questions.content is not None
    assert questions.content.text == "the fairness of moderators ahead of debate"
    _, found = attributions_of(
        "Federal court rules against Ohio's purges of voter rolls.\n\n"
        "A federal appeals court on Friday struck down the purges."
    )
    rules = by_cue(found, "rules against")
    assert rules.source is not None and rules.source.text == "Federal court"


def test_headline_noun_before_a_place_is_no_report() -> None:
    _, found = attributions_of(
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays.\n\nThe show is popular."
    )
    assert not [a for a in found if a.cue.text.startswith("airs")]
