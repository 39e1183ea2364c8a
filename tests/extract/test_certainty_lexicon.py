from __future__ import annotations

from newsledger.extract.certainty_lexicon import (
    CONDITIONS,
    match_cues,
    may_hold_uncertainty_cue,
    modality_cues,
    negation_cues,
    reporting_verbs,
    uncertainty_cues,
)
from newsledger.nlp.model import load_nlp


def test_lexicons_load_with_known_conditions() -> None:
    for index in (uncertainty_cues(), modality_cues()):
        for entries in index.values():
            assert all(e.condition in CONDITIONS for e in entries)
    assert negation_cues()["not"] == "neg"
    assert "say" in reporting_verbs()


def test_longest_phrase_wins() -> None:
    doc = load_nlp()("Little is known about him, and it is almost certainly false.")
    words = [" ".join(m.entry.words) for m in match_cues(doc[:], uncertainty_cues())]
    assert words == ["little is known", "almost certainly"]


def test_prefilter_is_a_superset() -> None:
    assert may_hold_uncertainty_cue("It was thought to be lost.")
    assert may_hold_uncertainty_cue("They believed him.")
    assert not may_hold_uncertainty_cue("The bridge opened in 1932.")
