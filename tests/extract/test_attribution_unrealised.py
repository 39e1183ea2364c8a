"""Cue verbs whose speaker is only possible (``newsledger.extract.attribution_unrealised``),
an inquiry's finding, a told infinitive and a verb set off from its predicate."""

from support import attributions_of, by_cue, cue_texts


def _cues(text: str) -> list[str]:
    return cue_texts(attributions_of(text)[1])


def test_infinitive_of_letting_reports_nothing() -> None:
    assert "tell" not in _cues("Readers may not let editorials tell them how to vote.")
    assert "know" not in _cues("She wanted to let them know that this is not who we are.")


def test_participle_on_anyone_reports_nothing() -> None:
    text = "The website is an excellent resource for anyone wanting to learn more about savings."
    assert "wanting" not in _cues(text)


def test_inquiry_finds_even_a_bare_object() -> None:
    _, found = attributions_of("A 2014 study by a law professor found 31 incidents of fraud.")
    study = by_cue(found, "found")
    assert study.source is not None and study.source.text == "A 2014 study by a law professor"
    assert "found" not in _cues("The senator found a way to win the vote.")


def test_infinitive_after_the_addressee_is_what_was_told() -> None:
    _, found = attributions_of(
        "Trump tells his supporters at a Michigan rally to go to their polling place and vote."
    )
    tells = by_cue(found, "tells")
    assert tells.content is not None and tells.content.text.endswith("and vote")


def test_appear_set_off_from_its_adjunct_is_turning_up() -> None:
    text = (
        "Most states have passed the deadline, meaning Clinton's name would likely be "
        "required to appear, short of court-ordered solutions."
    )
    assert "to appear" not in _cues(text)
