"""TempEval-3 scoring on hand-made spans and on a slice of the shared gold data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsledger.eval.time import evaluate, figures, match, tally

GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "time-tempeval3"


@dataclass
class Span:
    start: int
    end: int
    type: str
    value: str | None


def test_strict_relaxed_and_value_scores() -> None:
    gold = [
        Span(0, 9, "DATE", "2024-01-01"),
        Span(20, 29, "DURATION", "P2W"),
        Span(40, 44, "DATE", "2020"),
    ]
    predicted = [
        Span(0, 9, "DATE", "2024-01-01"),  # strict, value right
        Span(24, 29, "DURATION", "PXW"),  # relaxed only, value wrong
        Span(50, 55, "DATE", "2021"),  # spurious
    ]
    assert match(gold, predicted) == [(0, 0), (1, 1)]
    counts = tally(gold, predicted)
    assert (counts.strict, counts.relaxed, counts.value_ok, counts.type_ok) == (1, 2, 1, 2)
    result = figures(counts)
    assert result["strict_f1"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["relaxed_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["value_f1"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["value_accuracy"] == 0.5
    assert result["type_accuracy"] == 1.0


def test_matching_is_one_to_one() -> None:
    gold = [Span(0, 10, "DATE", "X")]
    predicted = [Span(0, 4, "DATE", "X"), Span(5, 10, "DATE", "X")]
    assert tally(gold, predicted).relaxed == 1


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold data not present")
def test_evaluate_on_one_gold_file() -> None:
    path = next(iter(sorted(GOLD.rglob("wsj_0*.tml"))))
    result = evaluate(path)
    assert result["files"] == 1
    assert set(result["figures"]) >= {"strict_f1", "relaxed_f1", "value_f1", "type_accuracy"}
    assert 0.0 <= result["figures"]["relaxed_f1"] <= 1.0
