from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp


def _events(text: str):
    return code_events(load_nlp()(text))


def test_uncoded_role_takes_the_one_country_of_the_sentence():
    events = _events(
        "Rebels insisted that Burundi's government grant the Hutu majority more rights."
    )
    assert any("BDIREB" in e.sources for e in events)


def test_uncoded_role_stays_uncoded_between_two_countries():
    events = _events("Rebels attacked a Russian convoy near the Ukrainian border.")
    assert all(
        not s.startswith(("RUS", "UKR")) or s in ("RUS", "UKR") for e in events for s in e.sources
    )


def test_untargeted_act_of_a_state_s_own_people_is_aimed_at_that_state():
    events = _events("Algerian landowners began a hunger strike outside Parliament.")
    assert any(e.targets == ["DZA"] for e in events)


def test_no_target_is_added_between_two_states():
    events = _events("Algerian landowners began a hunger strike outside the French embassy.")
    assert all(e.targets != ["DZA"] for e in events)
