from newsledger.extract.attribution_spans import inside_quotation

from support import attributions_of, by_cue


def test_copula_and_stance_adjective() -> None:
    _, found = attributions_of("Many Democrats are afraid that turnout may be low.")
    afraid = by_cue(found, "are afraid")
    assert afraid.source is not None and afraid.source.text == "Many Democrats"
    assert afraid.content is not None and afraid.content.text == "that turnout may be low"


def test_stance_adjective_takes_its_preposition() -> None:
    _, found = attributions_of(
        "Clinton aides were coy about whether they would change their approach."
    )
    coy = by_cue(found, "were coy about")
    assert coy.content is not None and coy.content.text.startswith("whether they would")


def test_stance_adjective_without_complement_is_no_cue() -> None:
    _, found = attributions_of("The protesters were angry.")
    assert not found


def test_light_verb_held_stance() -> None:
    _, found = attributions_of("Donald Trump is raising questions about his microphone problems.")
    raising = by_cue(found, "is raising questions about")
    assert raising.source is not None and raising.source.text == "Donald Trump"
    assert raising.content is not None and raising.content.text == "his microphone problems"


def test_light_verb_received_stance() -> None:
    _, found = attributions_of("The clip has faced ridicule online.")
    faced = by_cue(found, "has faced ridicule")
    assert faced.source is None
    assert faced.content is not None and faced.content.text == "The clip"


def test_conjoined_report_keeps_the_outer_subject() -> None:
    text = (
        "Trump said he would order a review of the defenses and warned against hackers from China."
    )
    _, found = attributions_of(text)
    said, warned = by_cue(found, "said"), by_cue(found, "warned against")
    assert warned.source is not None and warned.source.text == "Trump"
    assert said.content is not None and "warned" not in said.content.text
    assert warned.parent is None


def test_participle_after_preposition_reports_a_clause() -> None:
    _, found = attributions_of(
        "Dean appeared on MSNBC and began by saying he would never diagnose anyone."
    )
    saying = by_cue(found, "saying")
    assert saying.source is not None and saying.source.text == "Dean"


def test_straight_quote_after_nested_single_quote_closes() -> None:
    text = "\"I was insulted by the term 'outreach,' \" he told the group."
    assert not inside_quotation(text, text.index("he told"))
    assert inside_quotation(text, text.index("insulted"))


def test_market_and_outrage_adjectives_attribute_their_complement() -> None:
    _, found = attributions_of(
        "Republicans were incensed that the deals did not require testimony."
    )
    incensed = next(a for a in found if a.cue.text.endswith("incensed"))
    assert incensed.source is not None and incensed.source.text == "Republicans"
    _, found = attributions_of("Mr. McKinley is bearish on the future of student loans.")
    bearish = next(a for a in found if a.cue.text.startswith("is bearish"))
    assert bearish.content is not None and bearish.content.text == "the future of student loans"


def test_sending_a_message_is_a_light_verb_frame() -> None:
    _, found = attributions_of("The ruling sends a clear message that no one is above the law.")
    message = next(a for a in found if a.cue.text.startswith("sends"))
    assert message.source is not None and message.source.text == "The ruling"
    assert message.content is not None and message.content.text.startswith("that no one")
