"""The TimeML reader on a tiny inline document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.errors import EvalError
from newsledger.eval.timeml import read_tml, tml_files

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07"
 functionInDocument="CREATION_TIME">Aug 7</TIMEX3></DCT>
<TEXT>
Troops <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="1998-08-06">yesterday</TIMEX3> &amp; talks lasted
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_gives_plain_text_offsets_and_dct(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "t1.tml"
    path.parent.mkdir()
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == date(1998, 8, 7)
    assert "<" not in doc.text and "&amp;" not in doc.text and "& talks" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-08-06"),
        ("two weeks", "DURATION", "P2W"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert tml_files(tmp_path) == [path]


def test_reader_rejects_documents_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(EvalError):
        read_tml(path)
