from pathlib import Path

import pytest

from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp
from newsledger.nlp.parse import parse_article
from newsledger.nlp.sentences import split_sentences

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.txt"


def _events(text: str):
    return code_events(load_nlp()(text))


@pytest.fixture(scope="module")
def seed_events():
    if not SEED.exists():
        pytest.skip("reference article not present")
    text = SEED.read_text(encoding="utf-8")
    return code_events(parse_article(text, split_sentences(text)))


def test_seed_endorsement_is_support_for_ukraine(seed_events):
    support = [e for e in seed_events if e.plover == "SUPPORT"]
    assert support
    assert {"USA", "GBR", "EUR"} <= set(support[0].sources)
    assert support[0].targets == ["UKR"]
    assert support[0].source_spans[0].start < support[0].start + len(support[0].text)


def test_seed_russian_advance(seed_events):
    advance = [e for e in seed_events if e.trigger == "advancing"]
    assert advance and advance[0].sources[0] in ("RUS", "RUSMIL")
    assert advance[0].targets == ["UKR"]
    assert "Kharkiv" in (advance[0].location or "")


def test_seed_patriot_deal_is_agreed_aid(seed_events):
    aid = [e for e in seed_events if e.plover == "AID" and e.status == "agreed"]
    assert len(aid) == 1
    assert set(aid[0].sources) == {"DEU", "USA"} and aid[0].targets == ["UKR"]
    assert aid[0].quantity == 2 and aid[0].equipment == "Patriot"


def test_seed_trump_openness_is_a_separate_proposal(seed_events):
    proposed = [e for e in seed_events if e.status == "proposed"]
    assert len(proposed) == 1 and proposed[0].sources == ["USAGOV"]
    assert "selling" in (proposed[0].trigger or "")


def test_commentary_has_no_event():
    assert _events("The world will be watching closely to see how these actions unfold.") == []


def test_refusal_to_meet_is_reject():
    events = _events("Libya refused to meet Egyptian officials on Monday.")
    assert [(e.plover, e.cameo, e.sources, e.targets) for e in events] == [
        ("REJECT", "125", ["LBY"], ["EGYGOV"])
    ]


def test_future_cooperation_is_an_intent():
    events = _events("Japan will provide food aid to Ethiopia.")
    assert events[0].plover == "AGREE" and events[0].cameo.startswith("033")
    assert events[0].status == "proposed"


def test_passive_attack_takes_agent_as_source():
    events = _events("Israeli soldiers were attacked by Palestinian militants in Gaza.")
    assert events[0].plover == "ASSAULT"
    assert events[0].sources == ["PSEREB"] and events[0].targets == ["ISRMIL"]


def test_threat_reaches_the_target_of_its_uncoded_complement():
    events = _events("Iran threatened to cut off electricity to the Azerbaijani republic.")
    assert events and events[0].targets == ["AZE"]


def test_possessor_of_a_denounced_act_is_the_target():
    events = _events("Albania denounced as an ugly crime Serbia's suppression of the unrest.")
    assert events and events[0].targets == ["SRB"]


def test_list_of_states_meeting_are_all_sources():
    events = _events("The US, Russia, and Switzerland met yesterday.")
    assert events and set(events[0].sources) == {"USA", "RUS", "CHE"}
