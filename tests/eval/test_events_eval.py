from pathlib import Path

import pytest

from newsledger.eval.events import detect_format, evaluate
from newsledger.eval.events_score import normalise
from newsledger.eval.petr import read_petr
from newsledger.eval.plover import read_plover

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
PLOVER = EVAL / "events-plover" / "PLOVER_GSR_CAMEO.dev.json"
UNIVERSAL = EVAL / "events-cameo" / "universal_petrarch" / "PETR2_GSR_validation.xml"
UNIT = EVAL / "events-cameo" / "petrarch2" / "PETR.UnitTest.records.xml"

XML = """<Validation><Sentences>
<Sentence id="A-1" date="20080101" category="X"/>
<EventCoding sourcecode="USA" targetcode="CHN" eventcode="042" />
<Text>The US leader visited Beijing.</Text>
</Sentence>
<Sentence id="A-2" date="20080101" category="X"><EventCoding noevents="True"/>
<Text>Nothing &amp; nobody.</Text></Sentence>
</Sentences></Validation>"""


def test_petr_reader_tolerates_early_closed_sentences(tmp_path):
    path = tmp_path / "v.xml"
    path.write_text(XML, encoding="utf-8")
    sentences = read_petr(path).sentences
    assert [s.id for s in sentences] == ["A-1", "A-2"]
    assert sentences[0].events[0].cameo == "042" and sentences[1].events == []
    assert sentences[1].text == "Nothing & nobody."
    assert detect_format(path) == "petr"


def test_plover_reader(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(
        '[{"text": "Peru granted asylum to Panamanian army officers.", "event": "AID",'
        ' "source": [{"actorText": "Peru", "code": "PER"}], "target":'
        ' [{"actorText": "Panamanian army", "code": "PAN", "sector": "MIL"}]}]',
        encoding="utf-8",
    )
    gold = read_plover(path)
    assert gold[0].events[0].sources == ["PER"] and gold[0].events[0].targets == ["PANMIL"]
    assert detect_format(path) == "plover"
    result = evaluate(path)
    assert result["figures"]["plover_accuracy"] == 1.0
    assert result["figures"]["source_f1"] == 1.0


def test_phoenix_codes_normalise_to_our_roots():
    assert normalise("IGOUNOMIL") == ("UN", "MIL")
    assert normalise("USAGOV") == ("USA", "GOV")
    assert normalise("NATO") == ("NATO", "")


@pytest.mark.parametrize("path", [PLOVER, UNIVERSAL, UNIT])
def test_evaluate_on_a_slice_of_the_gold(path):
    if not path.exists():
        pytest.skip("shared gold data not present")
    result = evaluate(path, limit=8)
    figures = result["figures"]
    assert figures["sentences"] == 8
    assert 0.0 <= (figures["plover_accuracy"] or 0.0) <= 1.0
    assert "confusion" in result
    if path == UNIT:
        assert any(p.endswith("PETR.Validate.actors.txt") for p in result["actor_files"])


def _event(cameo, sources, targets):
    from newsledger.records import Event

    return Event(
        id=0,
        claim=None,
        plover="CONSULT",
        cameo=cameo,
        start=0,
        end=1,
        text="x",
        sources=sources,
        targets=targets,
    )


def test_petr_convention_splits_events_into_pairs():
    from newsledger.eval.events import petr_convention

    met = petr_convention([_event("040", ["USA", "RUS", "CHE"], [])])
    assert sorted((e.sources[0], e.targets[0]) for e in met) == sorted(
        (a, b) for a in ("USA", "RUS", "CHE") for b in ("USA", "RUS", "CHE") if a != b
    )
    hit = petr_convention([_event("190", ["USA", "GBR"], ["IRQ"])])
    assert [(e.sources, e.targets) for e in hit] == [(["USA"], ["IRQ"]), (["GBR"], ["IRQ"])]
    alone = petr_convention([_event("190", ["USA"], [])])
    assert [(e.sources, e.targets) for e in alone] == [(["USA"], [])]


def test_bare_igo_gold_matches_named_organisations():
    from newsledger.eval.events_score import Tally
    from newsledger.eval.petr import GoldEvent

    tally = Tally()
    tally.add([GoldEvent(["IGOGOV"], ["LBN"], plover="AGREE")], [_event("030", ["UN"], ["LBN"])])
    assert tally.figures()["figures"]["source_f1"] == 1.0


def test_interpol_is_an_igo_when_the_gold_says_igo():
    from newsledger.eval.events_score import _keys

    assert normalise("INTERPOL") == ("INTERPOL", "")
    assert normalise("IGOCOPITP") == ("INTERPOL", "")
    assert _keys(["INTERPOL"], False, bare_igo=True) == _keys(["IGO"], False)
