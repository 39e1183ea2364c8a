from pathlib import Path

import pytest

from newsledger.records import Attribution

from support import attributions_of, by_cue, cue_texts

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed() -> list[Attribution]:
    if not SEED.is_file():
        pytest.skip("seed article absent")
    return attributions_of(SEED.read_text(encoding="utf-8"))[1]


def test_seed_chain_reads_outermost_first(seed: list[Attribution]) -> None:
    outer = by_cue(seed, "According to")
    inner = by_cue(seed, "citing")
    assert outer.source is not None and outer.source.text == "RIA Novosti"
    assert inner.source is not None and "Japanese Defense Ministry" in inner.source.text
    assert inner.parent == outer.id
    assert outer.content is not None and outer.content.text.startswith("this decision came")


def test_surname_and_pronoun_resolve_to_full_name(seed: list[Attribution]) -> None:
    assert by_cue(seed, "confirmed").speaker == "Boris Pistorius"
    noted = by_cue(seed, "noted")
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
    doc, found = attributions_of("The talks failed, officials said Monday.")
    said = by_cue(found, "said Monday")
    assert said.source is not None and said.source.text == "officials"
    assert said.content is not None and said.content.text == "The talks failed"
    assert doc.text[said.cue.start : said.cue.end] == said.cue.text


def test_quotation_keeps_its_marks() -> None:
    _, found = attributions_of("“We will not give up,” she said.")
    said = by_cue(found, "said")
    assert said.content is not None and said.content.text == "“We will not give up,”"


def test_that_clause_and_honorific_gender() -> None:
    text = "Mrs. Warren met John Brown in Boston. She said that the talks had failed."
    _, found = attributions_of(text)
    said = by_cue(found, "said")
    assert said.content is not None and said.content.text == "that the talks had failed"
    assert said.speaker == "Warren"


def test_sentence_without_cue_has_no_attribution() -> None:
    assert attributions_of("The army crossed the river at dawn.")[1] == []


def test_dash_signed_quotation() -> None:
    text = "“He does not speak for us. He never did.” ― Ana Ruiz\n“We need change.” ― Luis Gómez\n"
    _, found = attributions_of(text)
    signed = [a for a in found if a.cue.text == "―"]
    assert [a.source.text for a in signed if a.source] == ["Ana Ruiz", "Luis Gómez"]
    assert signed[0].content is not None
    assert signed[0].content.text == "“He does not speak for us. He never did.”"


def test_speaker_label_at_paragraph_start() -> None:
    _, found = attributions_of(
        "Transcript follows.\n\nWALLACE: Will she be there tomorrow night?\n"
    )
    label = by_cue(found, ":")
    assert label.source is not None and label.source.text == "WALLACE"
    assert label.content is not None and label.content.text.startswith("Will she be there")


def test_editorial_label_is_not_a_speaker() -> None:
    _, found = attributions_of("Correction: An earlier version misstated the date.\n")
    assert all(a.cue.text != ":" for a in found)


def test_colon_introduces_next_paragraph() -> None:
    _, found = attributions_of("The governor added:\n\nIt is typical of her. She knows nothing.\n")
    added = by_cue(found, "added:")
    assert added.content is not None and added.content.text.startswith("It is typical")


def test_passive_with_agent() -> None:
    _, found = attributions_of("The registration issue was first reported by The Washington Post.")
    reported = by_cue(found, "was first reported by")
    assert reported.source is not None and reported.source.text == "The Washington Post"
    assert reported.content is not None and reported.content.text == "The registration issue"


def test_catenative_verb_joins_the_cue() -> None:
    _, found = attributions_of(
        "Activists continued to call for more information about the shooting."
    )
    called = by_cue(found, "continued to call for")
    assert called.content is not None
    assert called.content.text == "more information about the shooting"


def test_object_keeps_its_completion() -> None:
    _, found = attributions_of("Trump blasted the American media for being dishonest.")
    blasted = by_cue(found, "blasted")
    assert blasted.content is not None
    assert blasted.content.text == "the American media for being dishonest"


def test_possessive_noun_cue() -> None:
    _, found = attributions_of(
        "Politifact checked Trump’s claim that there were thousands of shootings."
    )
    claim = by_cue(found, "claim")
    assert claim.source is not None and claim.source.text == "Trump’s"
    assert claim.content is not None and claim.content.text.startswith("that there were")


def test_apostrophe_is_not_a_closing_mark() -> None:
    _, found = attributions_of("Clinton called half of Donald Trump’s supporters “deplorables.”")
    called = by_cue(found, "called")
    assert called.content is not None and called.content.text.endswith("“deplorables.”")


def test_verbless_phrase_before_a_quotation_labels_it() -> None:
    _, found = attributions_of("A lesson from Loretta Lynch: 'Be the voice that people hear.'")
    label = by_cue(found, ":")
    assert label.source is not None and label.source.text == "A lesson from Loretta Lynch"
    assert label.content is not None and label.content.text.startswith("'Be the voice")
    _, found = attributions_of("A lesson from the past: the voters decide.")
    assert ":" not in cue_texts(found)


def test_reporting_verb_before_its_speaker_and_a_colon() -> None:
    _, found = attributions_of("Said Ellis: “I don’t get the sense she’s interested in reform.”")
    said = by_cue(found, "Said")
    assert said.source is not None and said.source.text == "Ellis"
    assert said.content is not None and said.content.text.startswith("“I don’t get")


def test_date_after_particle_word_is_no_particle() -> None:
    # "on Tuesday" sets the time: the content is what was called for, not the day.
    _, found = attributions_of("Trump called on Tuesday for a ban on imports from China.")
    called = next(a for a in found if a.cue.text.startswith("called"))
    assert called.content is not None and "a ban on imports" in called.content.text
    assert "Tuesday" not in called.content.text
    _, found = attributions_of("Trump called on Congress to act.")
    assert by_cue(found, "called on").content is not None


def test_clause_marked_with_the_particle_is_called_for() -> None:
    # The parse marks the infinitive clause with "for"; the fronted "On Monday" is a time,
    # not the particle of "call on".
    _, found = attributions_of(
        "On Monday, Spitzer called for Vacco to revive that unit immediately."
    )
    called = next(a for a in found if a.cue.text.startswith("called"))
    assert called.source is not None and called.source.text == "Spitzer"
    assert called.content is not None and "Vacco to revive that unit" in called.content.text
    assert "Monday" not in called.content.text
