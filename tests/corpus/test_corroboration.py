from datetime import date

import pytest
from corpus_sample import SEED, analysis, chain_claim, event

from newsledger.corpus.corroboration import corroborate, day_bounds, same_happening
from newsledger.records import Analysis, EventTime

ENDORSE = "several European nations reportedly endorsing a Ukrainian military offensive"


def _seed_analysis(text: str) -> Analysis:
    """The seed's endorsement as the pipeline reports it: attributed to RIA Novosti citing
    the Japanese Defense Ministry."""
    claim = chain_claim(
        text, "endorsing", [("RIA Novosti", None), ("Japanese Defense Ministry", None)]
    )
    endorse = event(text, "endorsing", "ENDORSE", ["USA", "GBR"], ["UKR"], claim=0)
    return analysis(text, [endorse], [claim])


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        return f"Headline\n\nThe United States, the United Kingdom, and {ENDORSE}."
    return SEED.read_text(encoding="utf-8")


def test_copies_of_the_seed_article_count_once(seed_text: str) -> None:
    outlets = [
        _seed_analysis(seed_text),
        _seed_analysis("Reposted from a partner site.\n\n" + seed_text),
        _seed_analysis(seed_text.replace("dramatically", "sharply") + "\n\nMore to follow."),
    ]
    results = corroborate(outlets)
    assert [r.sources for r in results] == [1, 1, 1]
    assert len(results[0].articles) == 3


def test_rewrites_citing_the_same_origin_count_once() -> None:
    text = f"Western endorsement\n\nThe allies are {ENDORSE}, Tass said, citing Japanese officials."
    relay = analysis(
        text,
        [event(text, "endorsing", "ENDORSE", ["USA"], ["UKR"], claim=0)],
        [chain_claim(text, "endorsing", [("Tass", None), ("Japanese Defense Ministry", None)])],
    )
    own = "Endorsement confirmed\n\nBritish officials said London is endorsing the offensive."
    independent = analysis(own, [event(own, "endorsing", "ENDORSE", ["GBR"], ["UKR"])])
    results = corroborate([_seed_analysis(SEED.read_text() if SEED.exists() else text), relay])
    assert [r.sources for r in results] == [1, 1]
    results = corroborate([relay, independent])
    assert [r.sources for r in results] == [2, 2]


def test_same_happening_needs_type_actors_and_time() -> None:
    text = "Germany agreed to deliver two systems to Ukraine in 2024."
    a = event(text, "agreed to deliver", "AID", ["DEU"], ["UKR"], time=EventTime("2024"))
    assert same_happening(a, event(text, "deliver", "AID", ["USA", "DEU"], ["UKR"]))
    assert not same_happening(a, event(text, "deliver", "ASSAULT", ["DEU"], ["UKR"]))
    assert not same_happening(a, event(text, "deliver", "AID", ["FRA"], ["POL"]))
    later = event(text, "deliver", "AID", ["DEU"], ["UKR"], time=EventTime("2026-03"))
    assert not same_happening(a, later)


def test_day_bounds() -> None:
    assert day_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert day_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert day_bounds("2024-12-05T10:00") == (date(2024, 12, 5), date(2024, 12, 5))
    assert day_bounds("P1W") == (None, None)
    assert day_bounds(None) == (None, None)
