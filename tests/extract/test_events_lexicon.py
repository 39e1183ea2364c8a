from newsledger.extract.events_lexicon import legacy_plover, lexicon, match_trigger, plover_of
from newsledger.extract.events_rules import combine
from newsledger.nlp.model import load_nlp


def test_plover_types_follow_the_2021_mapping():
    assert plover_of("0332").type == "AGREE"
    assert plover_of("1951").type == "ASSAULT"  # inherits from 195
    assert plover_of("163").type == "COERCE"
    assert plover_of("010") is None


def test_legacy_types_for_plover_05_gold():
    assert legacy_plover("111") == "DISAPPROVE"
    assert legacy_plover("0841") == "RETREAT"
    assert legacy_plover("081") == "CONCEDE"
    assert legacy_plover("194") == "FIGHT"


def test_combination_table():
    assert combine("intent", "064") == "0314"
    assert combine("demand", "0872") == "1056"
    assert combine("threaten", "163") == "1312"


def test_most_specific_entry_wins():
    doc = load_nlp()("The government imposed sanctions on Iran.")
    entry = match_trigger(doc[2])
    assert entry is not None and entry.cameo == "163"
    assert lexicon()[("impose", False)][0].specificity >= 1


def test_demand_verbs_keep_the_demand_root():
    from newsledger.extract.events import code_events
    from newsledger.nlp.model import load_nlp

    doc = load_nlp()("Greek opposition leader Papandreou demanded immediate elections.")
    assert [e.cameo[:2] for e in code_events(doc)] == ["10"]
