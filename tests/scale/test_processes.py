"""AnalysisPool: the same analyses as one process, in input order, errors raised."""

from __future__ import annotations

import pytest

from newsledger.errors import InputError
from newsledger.ingest.text import article_from_text
from newsledger.pipeline import analyze_many
from newsledger.scale.processes import AnalysisPool, _batches
from newsledger.serialize import analysis_to_json

TEXTS = [
    "Germany agreed to deliver two Patriot systems to Ukraine, Boris Pistorius said.",
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "China and India held talks in Beijing about the disputed border.",
    "Protesters marched in Tbilisi against the new law.",
    "The United Nations condemned the attack on the convoy.",
]


def test_the_pool_analyses_as_one_process_does_in_input_order() -> None:
    articles = [article_from_text(text) for text in TEXTS]
    alone = [analysis_to_json(a) for a in analyze_many(articles)]
    with AnalysisPool(workers=2) as pool:
        pooled = [analysis_to_json(a) for a in pool.analyze(iter(articles), batch_size=2)]
        # The pool stays up for a second call; an empty input gives nothing.
        assert list(pool.analyze([])) == []
    assert pooled == alone


def test_an_analysis_error_reaches_the_caller() -> None:
    # The stand-in analyzer of the ingest tests fails on any text with "EXPLODE".
    articles = [article_from_text(text) for text in ("Calm day.", "EXPLODE here.")]
    fake = "ingest.fake_pipeline:analyze_many"
    with AnalysisPool(workers=1, analyzer=fake) as pool, pytest.raises(ValueError, match="boom"):
        list(pool.analyze(articles))


def test_a_bad_analyzer_name_fails_at_once() -> None:
    with pytest.raises(InputError, match="cannot be loaded"):
        AnalysisPool(workers=1, analyzer="no_such_module_here:analyze")


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AnalysisPool(workers=0)


def test_batches_close_at_a_count_or_at_a_character_budget() -> None:
    long, short = article_from_text("x " * 3000), article_from_text("Calm day.")
    sizes = [len(b) for b in _batches([short, short, short, long, short, long, long], 3, 5000)]
    # three short ones reach the count; a long one closes its batch at once
    assert sizes == [3, 1, 2, 1]
    assert list(_batches([], 3, 5000)) == []
