from newsledger.extract.conditions import find_conditions

from support import parsed


def test_exception_clause():
    doc, _ = parsed(
        "Western allies reportedly made an exception for the use of long-range missiles, "
        "signaling caution."
    )
    [condition] = find_conditions(doc[:])
    assert condition.text == "an exception for the use of long-range missiles"
    assert doc.text[condition.start : condition.end] == condition.text


def test_provided_that_and_no_condition():
    doc, _ = parsed("Aid will flow provided that the ceasefire holds.")
    assert [c.text for c in find_conditions(doc[:])] == ["provided that the ceasefire holds"]
    doc, _ = parsed("The approval was not unconditional.")
    assert find_conditions(doc[:]) == []
