from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import EvalError
from newsledger.eval.szeged import read_szeged

CUE_D = '<ccue type="speculation_hypo_doxastic _">'
CUE_M = '<ccue type="speculation_modal_probable_">'
XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<Annotation><DocumentSet><Document type="Wikipedia_text_weasel">
<DocID type="WIKIPEDIA_ARTICLE_ID">X_1</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">X</Sentence></DocumentPart>
<DocumentPart type="Text">
<Sentence id="S1.2">He is {CUE_D}considered</ccue> the best and {CUE_M}may</ccue> win.</Sentence>
<Sentence id="S1.3">It rained.</Sentence></DocumentPart>
</Document></DocumentSet></Annotation>"""


def test_reads_cues_with_offsets(tmp_path: Path) -> None:
    path = tmp_path / "wiki.xml"
    path.write_text(XML, encoding="utf-8")
    title, hedged, plain = read_szeged(path)
    assert title.is_title and not title.uncertain
    assert hedged.text == "He is considered the best and may win."
    assert [(hedged.text[c.start : c.end], c.type) for c in hedged.cues] == [
        ("considered", "speculation_hypo_doxastic"),
        ("may", "speculation_modal_probable"),
    ]
    assert not plain.uncertain


def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<Annotation>", encoding="utf-8")
    with pytest.raises(EvalError):
        list(read_szeged(path))
