"""Clause-level coding rules: reported obligations, wants, self-directed appeals, scene-setting
clauses, places and partners as targets."""

from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp


def _events(text: str):
    return code_events(load_nlp()(text))


def test_reported_must_is_a_demand_of_the_clause_subject():
    events = _events("The Bush administration declared Tuesday that China must drop barriers.")
    assert [(e.plover, e.sources, e.targets) for e in events] == [("REQUEST", ["USAGOV"], ["CHN"])]


def test_must_be_ready_to_mediate_is_a_demand():
    events = _events("Egyptian President Hosni Mubarak said that the US must be ready to mediate.")
    assert events and events[0].plover == "REQUEST"
    assert events[0].sources == ["EGYGOV"] and events[0].targets == ["USA"]


def test_pronoun_obliged_is_the_addressee():
    text = "French President Jacques Chirac issued a reminder to Iraq that it must cooperate."
    events = _events(text)
    assert events and events[0].plover == "REQUEST" and events[0].targets == ["IRQ"]


def test_inferred_must_have_is_not_a_demand():
    assert not [
        e
        for e in _events("Germany said Russia must have attacked Ukraine.")
        if e.plover == "REQUEST"
    ]


def test_wants_someone_to_act_is_an_appeal_and_wants_to_is_an_intent():
    appeal = _events("Obama wants Putin to attack Switzerland.")
    assert appeal and appeal[0].plover == "REQUEST"
    assert appeal[0].sources == ["USAGOV"] and appeal[0].targets == ["RUSGOV"]
    intent = _events("Obama wants to attack Switzerland.")
    assert intent and intent[0].plover == "THREATEN"


def test_seeking_to_do_something_uncoded_is_no_appeal():
    assert not _events("Western nations seek to bolster Ukraine's defenses.")


def test_scene_setting_clause_yields_to_the_main_event():
    text = (
        "Italy announced a suspension of air links with Serbia on Wednesday, one day after "
        "a Serbian army jet shot down a helicopter."
    )
    events = _events(text)
    assert [(e.plover, e.targets) for e in events] == [("SANCTION", ["SRB"])]


def test_place_of_a_concession_is_its_target():
    events = _events("Serbia lifted a night curfew in Montenegro.")
    assert events and events[0].cameo.startswith("08") and events[0].targets == ["MNE"]


def test_passive_subject_controls_a_to_clause():
    events = _events("Obama is scheduled to attend a summit on the unrest in Iran.")
    assert events and events[0].sources == ["USAGOV"]


def test_event_noun_counted_by_a_measure_has_the_launcher_as_source():
    events = _events("French and Egyptian warships launched 10 days of war games.")
    assert events and set(events[0].sources) == {"FRAMIL", "EGYMIL"}


def test_event_noun_as_compound_modifier_reaches_its_phrase():
    events = _events("Qatar launched a mediation effort between the Emirates and Saudi Arabia.")
    assert events and events[0].plover == "CONSULT"
    assert set(events[0].targets) == {"ARE", "SAU"}


def test_compound_event_noun_under_an_outer_trigger_is_its_object():
    events = _events("Syrian officers ended mediation efforts between rival militias.")
    assert [e.cameo for e in events] == ["165"]


def test_passive_intent_adjective_has_its_subject_as_source():
    events = _events("Vietnam is committed to opening up the economy.")
    assert events and events[0].plover == "AGREE" and events[0].sources == ["VNM"]
