"""Sources the parse hides (``newsledger.extract.attribution_subjects`` and
``attribution_cues.own_subject``)."""

from newsledger.records import Attribution

from support import attributions_of, by_cue


def _source(text: str, cue: str) -> str | None:
    found: Attribution = by_cue(attributions_of(text)[1], cue)
    return found.source.text if found.source is not None else None


def test_relative_that_keeps_its_antecedent() -> None:
    assert _source("It was the nations that argued the plan would fail.", "argued") == (
        "the nations that"
    )


def test_relative_who_stays_alone() -> None:
    assert _source("Voters who said the economy mattered most backed Trump.", "said") == "who"


def test_name_between_quotation_and_verb_is_the_speaker() -> None:
    text = (
        "“He's absolutely right,” Flynn, a top Trump surrogate, said Thursday morning on "
        "Fox News’s “Fox and Friends.”"
    )
    assert _source(text, "said") == "Flynn, a top Trump surrogate,"


def test_inverted_speaker_after_a_quotation() -> None:
    assert _source("“It will,” said James Acton, a physicist.", "said") == (
        "James Acton, a physicist"
    )


def test_noun_stranded_before_a_finite_cue_is_its_subject() -> None:
    text = "That's a small fraction of the minimum $20 million experts say it costs to run."
    source = _source(text, "say")
    assert source is not None and source.endswith("experts")
    text = (
        "As President Obama appears set to veto the bill, Democratic nominee Hillary "
        "Clinton apparently disagrees with her former boss."
    )
    source = _source(text, "apparently disagrees with")
    assert source is not None and source.endswith("Hillary Clinton")


def test_participle_after_a_reported_clause_takes_the_named_reporter() -> None:
    text = (
        "Sen. David Perdue said he didn't believe those characterizations hurt Romney, "
        "arguing that divisions in the party were a bigger hurdle."
    )
    source = _source(text, "arguing")
    assert source is not None and "Perdue" in source


def test_passive_conjunct_borrows_no_source() -> None:
    text = (
        "Mr. Effron is also a major donor for the campaign and has been mentioned as a "
        "potential Treasury secretary."
    )
    found = by_cue(attributions_of(text)[1], "has been mentioned as")
    assert found.source is None
    assert found.content is not None and found.content.text.startswith("Mr. Effron")


def test_participle_on_a_message_noun_still_reports() -> None:
    found = by_cue(
        attributions_of("In a statement announcing the pick, the union praised Clinton.")[1],
        "announcing",
    )
    assert found.source is not None and found.source.text.startswith("a statement")


def test_reduced_relative_parsed_as_the_main_verb() -> None:
    text = 'Protesters marching through the streets chanted "What curfew?" and kept going.'
    assert _source(text, "chanted") == "Protesters"


def test_participle_after_an_object_is_the_objects() -> None:
    text = 'The ad uses footage of Hillary Clinton asking, "Why aren\'t I 50 points ahead?"'
    assert _source(text, "asking") == "Hillary Clinton"


def test_relative_word_before_a_subject_is_not_the_subject() -> None:
    text = "One of the many reasons that Trump refuses to release his tax returns may be debt."
    assert _source(text, "refuses") == "Trump"


def test_fronted_participle_takes_a_passive_subject() -> None:
    text = "After saying her right foot was swollen, she was rushed to the hospital for tests."
    assert _source(text, "saying") == "she"


def test_participle_after_a_report_and_its_comma_continues_it() -> None:
    text = (
        '"The birther issue is insane," Sanders said, going on to say that the country has '
        "spent hundreds of years fighting racism."
    )
    assert _source(text, "going on to say") == "Sanders"
