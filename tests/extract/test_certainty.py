from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsledger.extract.certainty import (
    find_hedge_cues,
    grade_certainty,
    hedge_degree,
    is_reporting_cue,
    sentence_is_uncertain,
)
from newsledger.nlp.model import load_nlp


def span(text: str) -> Span:
    return load_nlp()(text)[:]


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Russian troops shelled the city on Monday.", "asserted"),
        ("Western allies reportedly made an exception for long-range missiles.", "reported"),
        ("According to the ministry, the talks collapsed.", "reported"),
        ("The outcome remains unclear.", "hedged"),
        ("The strike may have been a mistake.", "hedged"),
        ("The administration may see such a move as aligning with its goals.", "speculative"),
        ("The deal could further complicate an already volatile situation.", "speculative"),
    ],
)
def test_grades(text: str, certainty: str) -> None:
    assert grade_certainty(span(text)).certainty == certainty


def test_reported_flag_and_cue_offsets() -> None:
    text = "Officials said the convoy reportedly crossed the border."
    grade = grade_certainty(span(text), reported=True)
    assert grade.certainty == "reported"
    cue = next(c for c in grade.cues if c.text == "reportedly")
    assert text[cue.start : cue.end] == "reportedly"


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not attack the city.",
        "Moscow denied attacking the convoy.",
        "No civilians were killed.",
    ],
)
def test_negation(text: str) -> None:
    assert grade_certainty(span(text)).polarity == "negative"


def test_positive_polarity() -> None:
    assert grade_certainty(span("Russia attacked the city.")).polarity == "positive"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Germany will deliver two systems.", "future"),
        ("Germany plans to deliver two systems.", "future"),
        ("The treaty is set to be signed next week.", "future"),
        ("Once approved, the systems would be deployed.", "conditional"),
        ("Germany delivered two systems.", "actual"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    assert grade_certainty(span(text)).modality == modality


def test_scope_reaches_governing_modal() -> None:
    doc = load_nlp()("A formal decision could take weeks.")
    take = doc[4:5]
    assert take.text == "take"
    assert grade_certainty(take).certainty == "speculative"
    assert hedge_degree(take) == "possible"


def test_weasel_doxastic_cues_and_false_friends() -> None:
    assert [c.text for c in find_hedge_cues(span("He is widely considered to be the best."))] == [
        "considered"
    ]
    assert not sentence_is_uncertain(span("The album was released in May 2004."))
    assert not sentence_is_uncertain(span("She appeared in a film with her sister."))
    assert sentence_is_uncertain(span("It appears that the report was wrong."))


def test_reporting_cue() -> None:
    doc = load_nlp()("The minister announced the deal.")
    assert is_reporting_cue(doc[2])
    assert not is_reporting_cue(doc[3])


def _word(text: str, word: str) -> Span:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    return doc[token.i : token.i + 1]


def test_a_participant_is_not_hedged_by_its_verb() -> None:
    # The sales exist; what is expected is that they exceed 250.
    text = "The chief executive said he expected sales of the aircraft to exceed 250."
    assert grade_certainty(_word(text, "sales")).certainty == "asserted"
    assert grade_certainty(_word(text, "exceed")).certainty != "asserted"


def test_a_hedge_stops_at_adverbial_relative_and_self_standing_conjoined_clauses() -> None:
    text = "It is expected that the jet will wear the livery when it arrives in Singapore."
    assert grade_certainty(_word(text, "wear")).certainty != "asserted"
    assert grade_certainty(_word(text, "arrives")).certainty == "asserted"
    text = "The aircraft can fly to Sydney and has been named the Worldliner by Boeing."
    assert grade_certainty(_word(text, "fly")).certainty == "speculative"
    assert grade_certainty(_word(text, "named")).certainty == "asserted"


def test_ability_is_unrealised_but_not_a_doubt() -> None:
    text = "The new missile can reach targets 500 kilometres away."
    assert grade_certainty(_word(text, "reach")).certainty == "speculative"
    assert not sentence_is_uncertain(span(text))
