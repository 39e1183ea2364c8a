from spacy.tokens import Doc

from newsledger.context import Context
from newsledger.extract.attribution import extract_attributions
from newsledger.extract.attribution_spans import inside_quotation
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Attribution


def _run(text: str) -> tuple[Doc, list[Attribution]]:
    sentences = split_sentences(text)
    doc = parse_article(text, sentences)
    return doc, extract_attributions(doc, Context(Article("t", text), sentences))


def _by_cue(attributions: list[Attribution], cue: str) -> Attribution:
    return next(a for a in attributions if a.cue.text == cue)


def test_copula_and_stance_adjective() -> None:
    _, found = _run("Many Democrats are afraid that turnout may be low.")
    afraid = _by_cue(found, "are afraid")
    assert afraid.source is not None and afraid.source.text == "Many Democrats"
    assert afraid.content is not None and afraid.content.text == "that turnout may be low"


def test_stance_adjective_takes_its_preposition() -> None:
    _, found = _run("Clinton aides were coy about whether they would change their approach.")
    coy = _by_cue(found, "were coy about")
    assert coy.content is not None and coy.content.text.startswith("whether they would")


def test_stance_adjective_without_complement_is_no_cue() -> None:
    _, found = _run("The protesters were angry.")
    assert not found


def test_light_verb_held_stance() -> None:
    _, found = _run("Donald Trump is raising questions about his microphone problems.")
    raising = _by_cue(found, "is raising questions about")
    assert raising.source is not None and raising.source.text == "Donald Trump"
    assert raising.content is not None and raising.content.text == "his microphone problems"


def test_light_verb_received_stance() -> None:
    _, found = _run("The clip has faced ridicule online.")
    faced = _by_cue(found, "has faced ridicule")
    assert faced.source is None
    assert faced.content is not None and faced.content.text == "The clip"


def test_conjoined_report_keeps_the_outer_subject() -> None:
    text = (
        "Trump said he would order a review of the defenses and warned against hackers from China."
    )
    _, found = _run(text)
    said, warned = _by_cue(found, "said"), _by_cue(found, "warned against")
    assert warned.source is not None and warned.source.text == "Trump"
    assert said.content is not None and "warned" not in said.content.text
    assert warned.parent is None


def test_participle_after_preposition_reports_a_clause() -> None:
    _, found = _run("Dean appeared on MSNBC and began by saying he would never diagnose anyone.")
    saying = _by_cue(found, "saying")
    assert saying.source is not None and saying.source.text == "Dean"


def test_straight_quote_after_nested_single_quote_closes() -> None:
    text = "\"I was insulted by the term 'outreach,' \" he told the group."
    assert not inside_quotation(text, text.index("he told"))
    assert inside_quotation(text, text.index("insulted"))
