from pathlib import Path

import pytest

from newsledger.errors import EvalError
from newsledger.eval.ecbplus import read_corpus, read_document

ECB = Path(__file__).resolve().parents[3] / "shared" / "eval" / "clustering-ecbplus"

DOC = """<Document doc_name="7_2ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">://</token>
<token t_id="3" sentence="0" number="2">example.org</token>
<token t_id="4" sentence="1" number="0">Troops</token>
<token t_id="5" sentence="1" number="1">left</token>
<token t_id="6" sentence="1" number="2">(</token>
<token t_id="7" sentence="1" number="3">again</token>
<token t_id="8" sentence="1" number="4">)</token>
<token t_id="9" sentence="1" number="5">.</token>
<token t_id="10" sentence="2" number="0">``</token>
<token t_id="11" sentence="2" number="1">Yes</token>
<token t_id="12" sentence="2" number="2">''</token>
<Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="5"/></ACTION_OCCURRENCE></Markables>
</Document>
"""


def test_reader_rebuilds_text_and_moves_the_address_out(tmp_path: Path) -> None:
    path = tmp_path / "7_2ecbplus.xml"
    path.write_text(DOC)
    doc = read_document(path)
    assert doc.subtopic == "7_ecbplus" and doc.topic == "7"
    assert doc.article.url == "http://example.org"
    assert doc.article.text == 'Troops left (again).\n\n"Yes"'


def test_bad_names_and_empty_folders_are_eval_errors(tmp_path: Path) -> None:
    bad = tmp_path / "notes.xml"
    bad.write_text(DOC)
    with pytest.raises(EvalError):
        read_document(bad)
    with pytest.raises(EvalError):
        read_corpus(tmp_path)


@pytest.mark.skipif(not ECB.exists(), reason="shared ECB+ data not present")
def test_reads_the_shared_release() -> None:
    docs = read_corpus(ECB, limit_topics=1)
    assert {d.subtopic for d in docs} == {"1_ecb", "1_ecbplus"}
    assert all(d.article.text and "ecb" not in d.article.text[:20] for d in docs)
