from newsledger.extract.mentions import extract_mentions
from newsledger.extract.quantities import find_quantities, quantity_of_equipment

from support import parsed


def _span(text):
    doc, ctx = parsed(text)
    return doc[:], extract_mentions(doc, ctx)


def test_counted_nouns_with_words_and_digits():
    span, _ = _span("Russia sent 5,000 troops, two hundred tanks and 1.5 million rounds in 2024.")
    values = {q.unit: q.value for q in find_quantities(span)}
    assert values == {"troop": 5000, "tank": 200, "round": 1_500_000}


def test_years_are_not_quantities():
    span, _ = _span("In 2024 the talks failed.")
    assert find_quantities(span) == []


def test_quantity_of_named_equipment():
    span, mentions = _span(
        "Germany and the United States agreed to deliver two Patriot air defense missile "
        "systems to Ukraine."
    )
    assert quantity_of_equipment(span, mentions) == (2, "Patriot")
