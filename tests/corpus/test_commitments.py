from datetime import date

from corpus_sample import PATRIOT, analysis, event

from newsledger.corpus.commitments import track_commitments
from newsledger.records import Step

DECIDED = "Berlin approved the transfer of two Patriot systems worth $1.2 billion to Ukraine."
DELIVERED = "The two Patriot systems from Germany have been delivered to Ukraine, Kyiv said."
OTHER = "France offered Caesar howitzers to Armenia on condition of a ceasefire."


def test_status_history_across_articles() -> None:
    agreed = event(
        PATRIOT,
        "agreed to deliver",
        "AID",
        ["DEU", "USA"],
        ["UKR"],
        status="agreed",
        quantity=2,
        equipment="Patriot",
        next_steps=[Step("decision", "pending", "P1W", "weeks", 0, 5)],
    )
    decided = event(
        DECIDED,
        "approved the transfer",
        "AID",
        ["DEU"],
        ["UKR"],
        status="approved",
        equipment="Patriot",
    )
    delivered = event(
        DELIVERED,
        "have been delivered",
        "AID",
        ["DEU"],
        ["UKR"],
        status="delivered",
        equipment="patriot",
    )
    howitzers = event(
        OTHER,
        "offered",
        "AID",
        ["FRA"],
        ["ARM"],
        status="proposed",
        equipment="Caesar",
        conditions=["a ceasefire"],
    )
    analyses = [
        analysis(DELIVERED, [delivered], published=date(2024, 9, 1)),
        analysis(PATRIOT, [agreed], published=date(2024, 4, 13)),
        analysis(DECIDED, [decided], published=date(2024, 5, 2)),
        analysis(OTHER, [howitzers], published=date(2024, 5, 2)),
    ]
    found = track_commitments(analyses)
    assert len(found) == 2
    patriot = next(c for c in found if c.item == "patriot")
    assert patriot.donors == ["DEU", "USA"] and patriot.recipients == ["UKR"]
    assert [s.status for s in patriot.history] == ["agreed", "decided", "delivered"]
    assert patriot.status == "delivered"
    assert patriot.quantity == 2
    assert patriot.value == "$1.2 billion"
    assert patriot.history[0].lead_times == ["decision: P1W"]
    assert patriot.history[0].article == analyses[1].article.id
    howitzer = next(c for c in found if c.item == "caesar")
    assert howitzer.status == "proposed" and howitzer.conditions == ["a ceasefire"]


def test_withdrawal_reported_last_wins() -> None:
    pledge = event(OTHER, "offered", "AID", ["FRA"], ["ARM"], status="proposed")
    withdrawn = event(OTHER, "offered", "AID", ["FRA"], ["ARM"], status="withdrawn")
    found = track_commitments(
        [
            analysis(OTHER, [pledge], published=date(2024, 1, 1)),
            analysis(OTHER + " Paris withdrew it.", [withdrawn], published=date(2024, 3, 1)),
        ]
    )
    assert [c.status for c in found] == ["withdrawn"]


def test_events_without_pledge_status_are_no_commitments() -> None:
    plain = event(OTHER, "offered", "AID", ["FRA"], ["ARM"])
    attack = event(OTHER, "offered", "ASSAULT", ["FRA"], ["ARM"], status="delivered")
    assert track_commitments([analysis(OTHER, [plain, attack])]) == []
