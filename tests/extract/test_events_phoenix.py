"""Phoenix actor and agent tables (derived data)."""

from newsledger.extract.events_phoenix import (
    agent_sector,
    is_root_agent,
    our_code,
    phoenix_actors,
    phoenix_spans,
)
from newsledger.nlp.model import load_nlp


def test_codes_follow_our_convention() -> None:
    assert our_code("IGOUNO") == "UN"
    assert our_code("LBNREB") == "LBNREB"
    assert phoenix_actors()[("hezbollah",)] == "LBNREB"


def test_agents() -> None:
    assert agent_sector("security forces") == "COP"
    assert agent_sector("students") == "EDU"
    assert is_root_agent("human rights group") or agent_sector("human rights group")
    assert agent_sector("zzz") is None


def test_spans_skip_taken_tokens_and_lower_case_words() -> None:
    doc = load_nlp()("Hezbollah guerrillas fired rockets at the general store.")
    found = {span.text: code for span, code in phoenix_spans(doc, set())}
    assert found.get("Hezbollah") == "LBNREB"
    assert "general" not in found
    assert phoenix_spans(doc, {0}) == [] or all(s.start != 0 for s, _ in phoenix_spans(doc, {0}))
