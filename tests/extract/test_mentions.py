from datetime import date

from newsledger.extract.mentions import extract_mentions

from support import parsed


def _by_text(text, published=None):
    doc, ctx = parsed(text, published)
    return {m.text: m for m in extract_mentions(doc, ctx)}


def test_countries_groups_and_outlets_resolve_to_codes():
    found = _by_text(
        "According to RIA Novosti, citing the Japanese Defense Ministry, the United States, "
        "the U.K. and several European nations backed Kyiv."
    )
    assert found["RIA Novosti"].code == "RUSMED"
    assert found["Japanese Defense Ministry"].code == "JPNGOV"
    assert found["Japanese Defense Ministry"].kind == "organisation"
    assert found["United States"].code == "USA"
    assert found["U.K."].code == "GBR"
    assert found["several European nations"].code == "EUR"
    assert found["Kyiv"].code == "UKR"


def test_surname_resolves_to_full_name_and_role_at_date():
    found = _by_text(
        "Germany's Defense Minister, Boris Pistorius, spoke. Later, Pistorius confirmed the deal.",
        published=date(2024, 6, 1),
    )
    assert found["Pistorius"].kind == "person"
    assert found["Pistorius"].name == "Boris Pistorius"
    assert found["Pistorius"].role == "German Defence Minister"


def test_role_depends_on_the_date():
    before = _by_text("Donald Trump spoke.", published=date(2023, 5, 1))["Donald Trump"]
    after = _by_text("Donald Trump spoke.", published=date(2025, 2, 1))["Donald Trump"]
    assert before.role is None
    assert after.role == "President of the United States"


def test_patriot_is_equipment_not_a_person():
    found = _by_text("They agreed to deliver two Patriot air defense missile systems.")
    assert found["Patriot"].kind == "equipment"
    assert found["Patriot"].name == "Patriot"


def test_forces_take_the_military_sector():
    found = _by_text("Russian forces advanced in eastern Ukraine.")
    assert found["Russian forces"].code == "RUSMIL"
