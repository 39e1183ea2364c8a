"""Sources and targets found over the dependency parse (events_args)."""

from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp


def _pairs(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.sources, e.targets) for e in code_events(load_nlp()(text))]


def test_passive_without_agent_takes_the_doer_of_the_attack() -> None:
    pairs = _pairs("Four children were killed in Israeli tank shelling in the Gaza Strip.")
    assert any(sources == ["ISR"] for sources, _ in pairs)
    assert any(t.startswith("PSE") for _, targets in pairs for t in targets)


def test_passive_participle_acts_on_its_noun() -> None:
    pairs = _pairs("There were 10 Russian soldiers killed in Ukraine today.")
    assert any(targets == ["RUSMIL"] for _, targets in pairs)


def test_author_of_a_rejected_call_is_the_target() -> None:
    pairs = _pairs("Berlin rejected recent calls by Belarus's rulers for economic aid.")
    assert any(t.startswith("BLR") for _, targets in pairs for t in targets)


def test_threat_condition_names_the_target() -> None:
    pairs = _pairs("The Druze threatened to hold a strike unless Israel rescinded the annexation.")
    assert any("ISR" in targets for _, targets in pairs)


def test_hostile_act_on_a_thing_in_a_state() -> None:
    pairs = _pairs("Afghan guerrillas blew up power lines leading into Kabul last month.")
    assert any(targets == ["AFG"] for _, targets in pairs)
    pairs = _pairs("Israel today mounted its long-threatened invasion of South Lebanon.")
    assert any("LBN" in targets for _, targets in pairs)


def test_place_of_an_act_named_by_a_noun_is_on_its_verb() -> None:
    pairs = _pairs("US and British activists staged a dramatic protest in Beijing on Wednesday.")
    assert any(targets == ["CHN"] for _, targets in pairs)


def test_the_partner_of_an_opposed_act() -> None:
    pairs = _pairs("The US State Department has advised against travel to Tunisia.")
    assert any(targets == ["TUN"] for _, targets in pairs)


def test_pronoun_and_bare_role_refer_to_the_sentence_before() -> None:
    text = "Russian Foreign Minister Sergei Lavrov arrived in Ankara. He criticised Turkey."
    assert ["RUSGOV"] in [sources for sources, _ in _pairs(text)[1:]]
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. The minister criticised Turkey."
    )
    assert ["RUSGOV"] in [sources for sources, _ in _pairs(text)[1:]]


def test_the_place_of_an_attack_is_not_its_doer() -> None:
    pairs = _pairs("Three Iraqi civilians were killed in a car bombing in central Baghdad.")
    assert all(not sources for sources, _ in pairs)


def test_a_hostile_act_of_a_state_targets_it_before_its_helpers() -> None:
    pairs = _pairs("NATO would tighten the naval blockade of Serbia with Albania's help.")
    assert any(targets == ["SRB"] for _, targets in pairs)
