from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp


def _events(text: str, verbal: bool = True):
    return code_events(load_nlp()(text), include_verbal=verbal)


def test_state_saying_another_attacked_accuses_it():
    events = _events("The US said that Iraq had attacked Kuwait.")
    assert [(e.cameo, e.sources, e.targets) for e in events] == [("112", ["USA"], ["IRQ"])]


def test_state_claiming_its_own_attack_claims_responsibility():
    events = _events("The US claimed that they had attacked Iraq.")
    assert [(e.cameo, e.sources, e.targets) for e in events] == [("015", ["USA"], ["IRQ"])]


def test_closing_attribution_keeps_the_attack():
    events = _events("Irish guerrillas wounded two British soldiers on Thursday, police said.")
    assert events and events[0].plover == "ASSAULT"
    assert events[0].cameo.startswith("18")


def test_demand_as_a_protests_purpose_folds_into_the_protest():
    text = "Algerian opposition activists continued their hunger strike to demand elections."
    assert [e.plover for e in _events(text)] == ["PROTEST"]


def test_passive_demobilization_is_done_by_its_subject():
    events = _events("Hundreds of Albanian guerrillas have been demobilized since the accord.")
    assert [(e.plover, e.cameo) for e in events] == [("RETREAT", "0873")]
    assert events[0].sources


def test_quantity_of_aid_handed_over_is_aid():
    events = _events("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Iran.")
    assert [e.plover for e in events] == ["AID"]


def test_acts_claimed_with_the_attack_are_part_of_the_accusation():
    events = _events("The US claimed that ISIL had attacked Iraq and taken the city of Mosul")
    assert [e.cameo for e in events] == ["112"]


def test_a_visit_is_returned_as_a_hosting():
    events = _events("The Russian president visited China on Monday.")
    assert [(e.cameo, e.sources) for e in events] == [("042", ["RUSGOV"]), ("043", ["CHN"])]
