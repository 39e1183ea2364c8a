from pathlib import Path

import pytest

from newsledger.errors import EvalError
from newsledger.eval.brat import parse_ann, read_ann

ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 16;20 25\thello world\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "R1\tLink Arg1:T1 Arg2:T3\n"
    "A1\tNegated E1\n"
    "#1\tAnnotatorNotes T1\tnote\n"
)


def test_parse_ann_reads_every_kind() -> None:
    doc = parse_ann(ANN)
    assert doc.textbounds["T3"].spans == ((11, 16), (20, 25))
    assert doc.textbounds["T1"].text == "Smith"
    event = doc.events[0]
    assert (event.type, event.trigger) == ("Attribution", "T4")
    assert ("Source", "T1") in event.args
    assert doc.relations[0].args == (("Arg1", "T1"), ("Arg2", "T3"))
    assert doc.attributes[0].target == "E1" and doc.attributes[0].value is None


def test_event_without_arguments() -> None:
    doc = parse_ann("E21\tAttribution-no-source:T83 \n")
    assert doc.events[0].args == ()


@pytest.mark.parametrize("line", ["T1\tCue 5\tx", "T1\tCue 9 3\tx", "Q1\tWhat 1 2\tx"])
def test_bad_lines_raise(line: str) -> None:
    with pytest.raises(EvalError):
        parse_ann(line)


def test_read_ann(tmp_path: Path) -> None:
    path = tmp_path / "a.ann"
    path.write_text(ANN, encoding="utf-8")
    assert len(read_ann(path).textbounds) == 4
    with pytest.raises(EvalError):
        read_ann(tmp_path / "missing.ann")
