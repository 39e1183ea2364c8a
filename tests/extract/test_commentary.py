from __future__ import annotations

import pytest

from newsledger.extract.commentary import concrete_acts, is_checkable
from newsledger.nlp.model import load_nlp
from newsledger.records import Mention


@pytest.mark.parametrize(
    "text",
    [
        "This move reflects a complex interplay of strategic calculations.",
        "These developments raise critical questions about the long-term consequences.",
        "This delay underscores the delicate balance Western nations must maintain.",
        "As the situation unfolds, the world will be watching closely.",
    ],
)
def test_commentary(text: str) -> None:
    assert not is_checkable(load_nlp()(text)[:])


@pytest.mark.parametrize(
    "text",
    [
        "Pistorius confirmed that Germany and the United States had reached an agreement "
        "to deliver two Patriot air defense missile systems to Ukraine.",
        "Reports described Russian forces advancing in eastern Ukraine.",
        "Western allies reportedly made an exception for long-range missiles.",
        "The statement was made in 2024.",
    ],
)
def test_checkable(text: str) -> None:
    assert is_checkable(load_nlp()(text)[:])


def test_mentions_make_an_actor_concrete() -> None:
    text = "The alliance approved the plan."
    doc = load_nlp()(text)
    mention = Mention("The alliance", 0, 12, "organisation", code="NATO")
    assert [t.text for t in concrete_acts(doc[:], [mention])] == ["approved"]
