"""Acts named but not told as happening: refused, demanded of the subject, charged."""

from newsledger.extract.events_rules import code_candidates
from newsledger.nlp.model import load_nlp


def _codes(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [c.cameo for sent in doc.sents for c in code_candidates(sent)]


def test_what_a_refusal_turns_down_is_not_coded():
    assert _codes("Obama said he would not give permission to Russia to help Israel.") == ["124"]


def test_what_is_asked_of_the_subject_is_not_coded():
    assert _codes("Obama faces pressure from Congress to help Iran.") == ["100"]


def test_what_someone_is_jailed_for_is_not_coded():
    text = "A Tunisian court has jailed a Nigerian student for two years for helping militants."
    assert _codes(text) == ["173"]
