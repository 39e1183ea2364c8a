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
