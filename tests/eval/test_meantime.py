from __future__ import annotations

from pathlib import Path

from newsledger.eval.meantime import evaluate, predicted_labels
from newsledger.eval.meantime_reader import read_meantime
from newsledger.nlp.model import load_nlp

WORDS = ["Officials", "said", "the", "company", "may", "not", "sell", "the", "plant", "."]
XML = (
    '<?xml version="1.0" ?><Document doc_id="1" doc_name="one" lang="en">'
    + "".join(
        f'<token number="{i}" sentence="0" t_id="{i + 1}">{w}</token>' for i, w in enumerate(WORDS)
    )
    + "<Markables>"
    '<EVENT_MENTION certainty="CERTAIN" m_id="1" polarity="POS" pred="say" tense="PAST" '
    'time="NON_FUTURE"><token_anchor t_id="2"/></EVENT_MENTION>'
    '<EVENT_MENTION certainty="POSSIBLE" m_id="2" polarity="NEG" pred="sell" tense="INFINITIVE" '
    'time="FUTURE"><token_anchor t_id="7"/></EVENT_MENTION>'
    "</Markables><Relations>"
    '<SLINK r_id="9"><source m_id="1"/><target m_id="2"/></SLINK>'
    "</Relations></Document>"
)


def test_reader(tmp_path: Path) -> None:
    (tmp_path / "one.xml").write_text(XML, encoding="utf-8")
    (doc,) = read_meantime(tmp_path)
    assert len(doc.tokens) == len(WORDS)
    assert doc.events["2"].tokens == ("7",)
    assert doc.events["2"].certainty == "POSSIBLE"
    assert doc.slinks == [("1", "2")]


def test_predicted_labels() -> None:
    doc = load_nlp()("The company may not sell the plant next year.")
    assert predicted_labels(doc[4:5]) == {
        "certainty": "POSSIBLE",
        "polarity": "NEG",
        "time": "FUTURE",
    }


def test_evaluate_tiny_corpus(tmp_path: Path) -> None:
    (tmp_path / "one.xml").write_text(XML, encoding="utf-8")
    figures = evaluate(tmp_path)["figures"]
    assert figures["certainty_accuracy"] == 1.0
    assert figures["polarity_accuracy"] == 1.0
    assert figures["slink_recall"] == 1.0
