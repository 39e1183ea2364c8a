"""PETRARCH verb dictionaries read into lexicon lines."""

from newsledger.extract.events_verbs import parse_verb_dictionary

_SAMPLE = """
&FOOD
+FOOD
+GROCERY

---  ACCELERATE   [---]  ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
- * (TO BORDER)                                       [154]         # RUSH
- * AID                                               [070]         # RUSH
- * &FOOD                                             [073]         # RUSH
- &MILITARY *                                         [154]         # RUSH
- * {ARMS SHIPMENT}                                   [072]         # EXPEDITE

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR} [020]
ASK     [020]
- * (FOR)  [042:043]
"""


def test_patterns_become_lexicon_lines() -> None:
    pairs = dict(parse_verb_dictionary(_SAMPLE))
    assert pairs["rush +to ~border"] == "154"
    assert pairs["speed ~aid"] == "070"
    assert pairs["rush ~food|grocery"] == "073"
    assert pairs["rush ~shipment"] == "072"
    assert pairs["ask"] == "020"
    assert pairs["ask +for"] == "020"


def test_subject_patterns_and_null_codes_are_dropped() -> None:
    pairs = dict(parse_verb_dictionary(_SAMPLE))
    assert "rush" not in pairs  # the block's code is the null code ---
    assert not any("military" in trigger for trigger in pairs)


def test_validity_filter() -> None:
    pairs = dict(parse_verb_dictionary(_SAMPLE, lambda code: code != "070"))
    assert "rush ~aid" not in pairs


_TWO_WAY = """
---  VISIT   [042:043]  ---
VISIT
- * HOSPITAL                                          [042]         # VISIT

---  APPEAR   [---]  ---
APPEAR
- * (BEFORE COURT)                                    [:173]        # APPEAR
"""


def test_codes_done_back_and_done_to_the_subject_are_kept() -> None:
    pairs = dict(parse_verb_dictionary(_TWO_WAY))
    assert pairs["visit"] == "042:043"  # the host hosts the visitor
    assert pairs["visit ~hospital"] == "042"
    assert pairs["appear +before ~court"] == ":173"  # the court acts on the subject


def test_validity_filter_checks_both_codes() -> None:
    pairs = dict(parse_verb_dictionary(_TWO_WAY, lambda code: code != "043"))
    assert "visit" not in pairs


def test_phrasal_verb_particles_are_marked_apart_from_prepositions() -> None:
    text = """
---  YIELD   [080]  ---
+GIVE_IN
- * OFF (FOR)  [042]
"""
    pairs = dict(parse_verb_dictionary(text))
    assert pairs["give ^in"] == "080"
