"""Acts with two sides (PETRARCH's "[042:043]", "[:173]"), joint shows of force, acts
that a rejection or a demand leaves undone, and nouns that are not acts."""

from newsledger.extract.events import code_events
from newsledger.nlp.model import load_nlp


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo or "", e.sources, e.targets) for e in code_events(load_nlp()(text))]


def test_a_visit_is_also_a_hosting():
    assert _coded("The Russian president visited China on Monday.") == [
        ("042", ["RUSGOV"], ["CHN"]),
        ("043", ["CHN"], ["RUSGOV"]),
    ]


def test_a_planned_visit_has_no_host_yet():
    coded = _coded("Taiwan's Vice Foreign Minister will visit Russia next week.")
    assert [c[0] for c in coded] == ["036"]


def test_pressure_faced_is_done_by_the_object():
    events = code_events(
        load_nlp()("Obama faces pressure from Congress to help Iran."), include_verbal=True
    )
    assert [(e.cameo, e.targets) for e in events] == [("100", ["USAGOV"])]


def test_passive_appeal_targets_the_one_asked():
    coded = _coded("Obama is being pressured by Congress to help Iran.")
    assert [(c[0][:2], c[2]) for c in coded] == [("10", ["USAGOV"])]


def test_exercises_show_force_unless_held_together():
    coded = _coded("Russia is conducting military exercises near Alaska.")
    assert [(c[0], c[1]) for c in coded] == [("150", ["RUS"])]
    coded = _coded("French and Egyptian warships launched war games in the Mediterranean.")
    assert [c[0] for c in coded] == ["062"]


def test_what_is_refused_is_not_done():
    coded = _coded("Obama said he would not give permission to Russia to help Israel.")
    assert [c[0] for c in coded] == ["124"]


def test_a_threat_needs_someone_who_threatens():
    assert _coded("French officials would soon be indicted for war crimes.") == []


def test_a_penalty_faced_does_not_hide_the_demand():
    text = "The Bush administration declared that China must drop barriers or face penalties."
    assert [(c[0][:2], c[2]) for c in _coded(text)] == [("10", ["CHN"])]


def test_seeking_to_deepen_a_partnership_is_an_intent_to_cooperate():
    coded = _coded("Brazil and the United States are seeking to deepen a partnership in energy.")
    assert coded == [("031", ["BRA", "USA"], [])]


def test_an_event_noun_under_a_light_complement_folds_into_its_governor():
    assert _coded("Iran agreed to hold talks with France.") == [("036", ["IRN"], ["FRA"])]


def test_nouns_that_name_people_are_not_acts():
    coded = _coded("U.N. helicopters evacuated the wounded from the Bosnian town of Gorazde.")
    assert [c[0] for c in coded] == ["073"]
    coded = _coded("The United States speeded up the withdrawal of invasion forces from Panama.")
    assert [c[0] for c in coded] == ["0872"]


def test_the_act_charged_is_told_not_coded():
    text = "The Sudanese government has accused Darfur rebels of violating a ceasefire."
    assert [c[0] for c in _coded(text)] == ["112"]


def test_a_blockade_tightened_in_the_future_is_a_threat():
    coded = _coded("NATO said it would tighten the naval blockade of Serbia.")
    assert [(c[0][:2], c[1]) for c in coded] == [("13", ["NATO"])]


def test_a_pause_in_violence_is_no_attack_and_an_end_to_it_de_escalates():
    assert _coded("Local news reports that there was a pause in the bombing in Aleppo.") == []
    coded = _coded("Russia and Ukraine agreed to an end to the fighting.")
    assert [c[0] for c in coded] == ["0356"]
