from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsledger.context import Context
from newsledger.extract.attribution import extract_attributions
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Attribution

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"


def _run(text: str) -> tuple[Doc, list[Attribution]]:
    sentences = split_sentences(text)
    doc = parse_article(text, sentences)
    return doc, extract_attributions(doc, Context(Article("t", text), sentences))


def _by_cue(attributions: list[Attribution], cue: str) -> Attribution:
    return next(a for a in attributions if a.cue.text == cue)


@pytest.fixture(scope="module")
def seed() -> list[Attribution]:
    if not SEED.is_file():
        pytest.skip("seed article absent")
    return _run(SEED.read_text(encoding="utf-8"))[1]


def test_seed_chain_reads_outermost_first(seed: list[Attribution]) -> None:
    outer = _by_cue(seed, "According to")
    inner = _by_cue(seed, "citing")
    assert outer.source is not None and outer.source.text == "RIA Novosti"
    assert inner.source is not None and "Japanese Defense Ministry" in inner.source.text
    assert inner.parent == outer.id
    assert outer.content is not None and outer.content.text.startswith("this decision came")


def test_surname_and_pronoun_resolve_to_full_name(seed: list[Attribution]) -> None:
    assert _by_cue(seed, "confirmed").speaker == "Boris Pistorius"
    noted = _by_cue(seed, "noted")
    assert noted.source is not None and noted.source.text == "he"
    assert noted.speaker == "Boris Pistorius"
    # "A formal decision, he noted, could take ...": the content goes around the cue.
    assert [p.text for p in noted.content_parts] == [
        "A formal decision",
        "could take days or even weeks to finalize",
    ]


def test_reportedly_has_no_source(seed: list[Attribution]) -> None:
    reported = [a for a in seed if a.cue.text == "reportedly"]
    assert reported and all(a.source is None for a in reported)


def test_offsets_point_into_the_text() -> None:
    doc, found = _run("The talks failed, officials said Monday.")
    said = _by_cue(found, "said Monday")
    assert said.source is not None and said.source.text == "officials"
    assert said.content is not None and said.content.text == "The talks failed"
    assert doc.text[said.cue.start : said.cue.end] == said.cue.text


def test_quotation_keeps_its_marks() -> None:
    _, found = _run("“We will not give up,” she said.")
    said = _by_cue(found, "said")
    assert said.content is not None and said.content.text == "“We will not give up,”"


def test_that_clause_and_honorific_gender() -> None:
    text = "Mrs. Warren met John Brown in Boston. She said that the talks had failed."
    _, found = _run(text)
    said = _by_cue(found, "said")
    assert said.content is not None and said.content.text == "that the talks had failed"
    assert said.speaker == "Warren"


def test_sentence_without_cue_has_no_attribution() -> None:
    assert _run("The army crossed the river at dawn.")[1] == []
