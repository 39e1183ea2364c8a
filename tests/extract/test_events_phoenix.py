"""Phoenix actor and agent tables (derived data)."""

from datetime import date

from newsledger.extract.events_phoenix import (
    DatedCode,
    agent_sector,
    code_on,
    is_root_agent,
    our_code,
    phoenix_actors,
    phoenix_roles,
    phoenix_spans,
    surname_code,
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


def test_a_person_takes_the_role_held_on_the_day() -> None:
    santos = ("jose", "eduardo", "dos", "santos")
    assert code_on(santos, date(1985, 6, 1)) == "AGOGOV"
    # Before the dated office began: the role that held then.
    assert code_on(santos, date(1970, 1, 1)) == "AGOELI"
    petraeus = ("david", "petraeus")
    # No date: the role begun last; a date inside it: that role.
    assert code_on(petraeus, None) == "USASPY"
    assert code_on(petraeus, date(2012, 1, 1)) == "USASPY"
    assert code_on(petraeus, date(1990, 1, 1)) == "USAELI"
    assert phoenix_roles()[petraeus][0] == DatedCode("USAELI", date(1970, 1, 1), date(2000, 1, 1))
    assert code_on(("hezbollah",), date(2000, 1, 1)) == "LBNREB"


def test_spans_use_the_day_and_ignore_joining_hyphens() -> None:
    doc = load_nlp()("Sheikh Hamad bin Khalifa al-Thani met David Petraeus and al-Qaeda leaders.")
    found = {span.text: code for span, code in phoenix_spans(doc, set(), date(1990, 1, 1))}
    assert found["Hamad bin Khalifa al-Thani"].startswith("QAT")
    assert found["David Petraeus"] == "USAELI"
    assert found["al-Qaeda"].startswith("IMG")


def test_surnames_shared_by_one_state_only() -> None:
    assert surname_code(("bouteflika",)) == "DZAGOV"
    assert surname_code(("santos",)) is None
    # A word that begins other names is a given name, not a surname.
    assert surname_code(("jose",)) is None
