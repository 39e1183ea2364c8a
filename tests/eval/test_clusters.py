from pathlib import Path

import pytest

from newsledger.eval.clusters import adjusted_rand, bcubed, evaluate

ECB = Path(__file__).resolve().parents[3] / "shared" / "eval" / "clustering-ecbplus"


def test_bcubed_and_rand_on_a_toy_partition() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    assert adjusted_rand(gold, gold) == 1.0
    merged = {k: "x" for k in gold}
    p, r, _ = bcubed(gold, merged)
    assert (p, r) == (0.5, 1.0)
    assert adjusted_rand(gold, merged) == 0.0
    split = {k: k for k in gold}
    assert bcubed(gold, split)[:2] == (1.0, 0.5)


@pytest.mark.skipif(not ECB.exists(), reason="shared ECB+ data not present")
def test_evaluate_on_a_slice_of_ecbplus() -> None:
    result = evaluate(ECB, limit_topics=3)
    figures = result["figures"]
    assert figures["gold_clusters"] == 6
    assert figures["bcubed_f1"] > 0.6
    assert set(result["per_topic_bcubed_f1"]) == {"1", "2", "3"}
