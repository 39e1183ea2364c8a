"""The reference article: every point of shared/DESIGN.md's "reference article" section."""

from datetime import date

import pytest

from newsledger.serialize import analysis_to_json, validate_analysis

from support import seed_analysis


@pytest.fixture(scope="module")
def analysis():
    return seed_analysis()


def _claim_with(analysis, words):
    return next(c for c in analysis.claims if words in c.text)


def test_published_is_inferred_from_the_swearing_in(analysis):
    published = analysis.article.published
    assert published.date is None
    assert published.earliest == date(2025, 1, 20)
    assert published.inferred


def test_endorsement_chain_and_certainty(analysis):
    claim = _claim_with(analysis, "reportedly endorsing a Ukrainian military offensive")
    assert claim.certainty == "reported"
    assert [r.name for r in claim.source_chain][:2] == ["RIA Novosti", "Japanese Defense Ministry"]
    assert claim.source_chain[0].code == "RUSMED"


def _in_headline(analysis, event):
    return any(s.is_headline and s.start <= event.start < s.end for s in analysis.sentences)


def test_endorsement_event(analysis):
    endorsements = [
        e
        for e in analysis.events
        if {"USA", "GBR"} <= set(e.sources) and not _in_headline(analysis, e)
    ]
    assert endorsements, [(e.plover, e.sources) for e in analysis.events]
    event = endorsements[0]
    assert "EUR" in event.sources
    assert "UKR" in event.targets
    assert event.certainty == "reported"
    assert any("long-range missiles" in c for c in event.conditions)


def test_the_headline_states_the_endorsement_without_the_hedge(analysis):
    # The title-case headline is parsed in sentence case: its verb is "Endorse".
    [headline] = [e for e in analysis.events if _in_headline(analysis, e)]
    assert (headline.plover, headline.cameo) == ("SUPPORT", "051")
    assert set(headline.sources) == {"USA", "GBR", "EUR"}
    assert headline.targets == ["UKR"]
    assert headline.certainty == "asserted"


def test_russian_advance(analysis):
    advances = [e for e in analysis.events if any(s.startswith("RUS") for s in e.sources)]
    assert advances
    assert any(e.time.text == "2024" for e in advances)
    assert any("Kharkiv" in (e.location or "") for e in advances)


def test_patriot_aid_event(analysis):
    [aid] = [e for e in analysis.events if e.plover == "AID" and e.equipment == "Patriot"]
    assert set(aid.sources) >= {"DEU", "USA"}
    assert aid.targets == ["UKR"]
    assert aid.quantity == 2
    assert aid.speaker == "Boris Pistorius"
    assert aid.status == "agreed"
    stages = {s.stage: s for s in aid.next_steps}
    assert stages["decision"].status == "pending"
    assert "deployment" in stages or "preparation" in stages


def test_trump_proposal_is_a_separate_event(analysis):
    proposals = [
        e
        for e in analysis.events
        if e.status == "proposed" and any(m.name == "Donald Trump" for m in e.source_spans)
    ]
    assert proposals
    assert "USA" in proposals[0].sources[0]


def test_dates_anchored(analysis):
    values = {t.text: t.value for t in analysis.times}
    assert values["2024"] == "2024"
    assert values["January 20, 2025"] == "2025-01-20"
    durations = {t.text for t in analysis.times if t.type == "DURATION"}
    assert {"days", "weeks"} <= durations
    assert any("months" in d for d in durations)


def test_flags(analysis):
    kinds = {f.kind for f in analysis.flags}
    assert {
        "role_at_date",
        "headline_certainty",
        "commentary_share",
        "state_media_chain",
        "repaired_split",
    } <= kinds
    role = next(f for f in analysis.flags if f.kind == "role_at_date")
    assert analysis.article.text[role.start : role.end] == "former"


def test_repaired_trump_sentence(analysis):
    [sentence] = [s for s in analysis.sentences if s.repaired]
    assert sentence.text.startswith("Adding another layer to the narrative, former U.S. President")


def test_commentary_is_not_checkable(analysis):
    assert not _claim_with(analysis, "the world will be watching closely").checkable
    assert not _claim_with(analysis, "This move reflects a complex interplay").checkable
    assert _claim_with(analysis, "Pistorius confirmed").checkable


def test_json_validates_against_the_schema(analysis):
    document = analysis_to_json(analysis)
    validate_analysis(document)
    text = document["article"]["text"]
    for mention in document["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
