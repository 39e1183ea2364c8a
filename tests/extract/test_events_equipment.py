"""Equipment and quantities read off an event's object."""

from newsledger.extract.events_equipment import equipment_and_quantity
from newsledger.nlp.model import load_nlp


def test_number_and_system_of_the_object():
    doc = load_nlp()("Germany will deliver two Patriot systems to Ukraine.")
    equipment, quantity = equipment_and_quantity([doc[2]])
    assert quantity == 2
    assert equipment is not None and "patriot" in equipment.lower()


def test_no_object_no_equipment():
    doc = load_nlp()("Germany protested.")
    assert equipment_and_quantity([doc[1]]) == (None, None)
