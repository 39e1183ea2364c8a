from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.eval.hedging import evaluate, score
from newsledger.eval.szeged import GoldCue, GoldSentence
from newsledger.records import Cue

GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "hedging-szeged" / "wiki.xml"


def test_score_hand_made() -> None:
    gold = [
        GoldSentence("d", "1", "He may win.", cues=[GoldCue(3, 6, "may", "m")]),
        GoldSentence("d", "2", "It rained.", cues=[]),
        GoldSentence("d", "3", "It is widely believed.", cues=[GoldCue(13, 21, "believed", "d")]),
    ]
    predicted = [[Cue("may", 3, 6)], [Cue("rained", 3, 9)], [Cue("widely believed", 6, 21)]]
    result = score(gold, predicted)
    figures = result["figures"]
    assert figures["sentence_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert figures["sentence_recall"] == 1.0
    assert figures["cue_exact_recall"] == 0.5
    assert figures["cue_overlap_recall"] == 1.0
    assert result["top_spurious"] == {"rained": 1}


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold data not present")
def test_evaluate_slice() -> None:
    figures = evaluate(GOLD, limit=400)["figures"]
    assert figures["sentences"] == 400
    assert figures["sentence_f1"] > 0.6
