from newsledger.extract.steps import find_steps
from newsledger.records import TimeExpr

from support import parsed


def test_stage_with_duration_is_pending():
    doc, _ = parsed("A formal decision, he noted, could take days or even weeks to finalize.")
    text = doc.text
    times = [
        TimeExpr("days", text.index("days"), text.index("days") + 4, "DURATION", "PXD"),
        TimeExpr("weeks", text.index("weeks"), text.index("weeks") + 5, "DURATION", "PXW"),
    ]
    [step] = find_steps(next(doc.sents), times)
    assert (step.stage, step.status, step.duration) == ("decision", "pending", "PXD to PXW")


def test_stage_without_duration_is_ignored():
    doc, _ = parsed("The decision was welcomed.")
    assert find_steps(next(doc.sents), []) == []
