from newsledger.extract.events_lexicon import (
    legacy_plover,
    lexicon,
    match_trigger,
    plover_of,
    split_code,
)
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


def test_code_fields_split_into_act_and_act_done_back():
    assert split_code("042:043") == ("042", "043", False)
    assert split_code(":173") == ("173", None, True)
    assert split_code("190") == ("190", None, False)


def test_hyphenated_prefix_verbs_are_looked_up_whole():
    doc = load_nlp()("The inspectors want to re-examine the refineries.")
    entry = match_trigger(next(t for t in doc if t.text == "examine"))
    assert entry is not None and entry.lemma == "reexamine"


def test_derived_light_verb_patterns_yield_to_event_nouns():
    nlp = load_nlp()
    doc = nlp("The government expressed appreciation for China's assistance.")
    entry = match_trigger(doc[2])
    assert entry is not None and entry.light and entry.cameo == "013"
    doc = nlp("The rebels launched an attack on the town.")
    assert match_trigger(doc[2]) is None  # "attack" codes the event


def test_ratifying_a_treaty_is_signing_an_agreement():
    doc = load_nlp()("Ukraine ratified a sweeping agreement with the European Union.")
    entry = match_trigger(doc[1])
    assert entry is not None and entry.cameo == "057"


def test_a_verb_pattern_object_is_its_direct_object():
    doc = load_nlp()("France took part in the talks with Germany.")
    entry = match_trigger(doc[1])
    assert entry is None or "talks" not in entry.objects


def test_a_military_campaign_is_an_attack_not_an_appeal():
    doc = load_nlp()("The army launched a military campaign against the rebels.")
    assert match_trigger(doc[2]) is None
    entry = match_trigger(doc[5])
    assert entry is not None and entry.cameo == "190"


def test_derived_patterns_of_a_governing_verb_keep_its_family():
    entries = lexicon()[("agree", False)]
    with_ = next(e for e in entries if e.requires == "with" and not e.objects)
    assert with_.family == "intent" and with_.cameo.startswith("03")
    sanctions = next(e for e in entries if "sanctions" in e.objects)
    assert sanctions.family is None  # another root: an act of its own


def test_a_collective_noun_shows_its_members():
    doc = load_nlp()("The prime minister received a mission of observers from the OSCE.")
    entry = match_trigger(doc[3])
    assert entry is not None and entry.cameo.startswith("086")


def test_a_particle_is_not_a_place_preposition():
    nlp = load_nlp()
    entry = match_trigger(nlp("The rebels finally gave in to the demands.")[3])
    assert entry is not None and entry.particle and entry.cameo == "080"
    entry = match_trigger(nlp("The president gave a speech in Paris.")[2])
    assert entry is None or not entry.particle


def test_the_object_index_skips_only_entries_that_cannot_fit():
    from newsledger.extract.events_lexicon import (
        _Facts,
        _fits,
        _worth_trying,
        possible_triggers,
    )
    from newsledger.extract.events_tokens import token_table

    doc = load_nlp()("Rebels set fire to the embassy and took part in the talks on Monday.")
    table = token_table(doc)
    for token in doc:
        entries = lexicon().get((token.lemma_.lower(), token.pos_ != "VERB"), ())
        if not entries:
            continue
        facts = _Facts(token)
        kept = _worth_trying(entries, token.pos_ != "VERB", facts)
        assert [e for e in entries if _fits(e, token, facts)] == [
            e for e in kept if _fits(e, token, facts)
        ]
        assert match_trigger(token) is None or token.i in possible_triggers(table, 0, len(doc))
