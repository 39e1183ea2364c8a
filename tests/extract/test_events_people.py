"""People named by surname alone (events_people)."""

from newsledger.extract.events_people import surname_spans
from newsledger.nlp.model import load_nlp
from newsledger.records import Mention


def _is_title(word: str) -> bool:
    return word in ("president", "minister")


def test_titled_surname_from_the_dictionary() -> None:
    doc = load_nlp()("President Bouteflika met the envoy.")
    found = {span.text: code for span, code in surname_spans(doc, {}, _is_title)}
    assert found == {"Bouteflika": "DZAGOV"}


def test_bare_surname_needs_a_fuller_mention() -> None:
    doc = load_nlp()("Bouteflika met the envoy.")
    assert list(surname_spans(doc, {}, _is_title)) == []
    doc = load_nlp()("Jane Doemann arrived on Monday. Later Doemann spoke.")
    full = Mention(text="Jane Doemann", start=0, end=12, kind="group", code="ZZZGOV")
    amap = {0: full, 1: full}
    found = {span.text: code for span, code in surname_spans(doc, amap, _is_title)}
    assert found == {"Doemann": "ZZZGOV"}
