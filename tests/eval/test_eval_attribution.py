from pathlib import Path

import pytest

from newsledger.eval.attribution import evaluate, read_gold
from newsledger.eval.attribution_score import Scorer, SpanAttribution, normalise

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "eval" / "attribution-polnear" / "dev"
TEXT = "Smith said the talks failed."


def _attr(
    cue: tuple[int, int], source: tuple[int, int] | None, content: tuple[int, int]
) -> SpanAttribution:
    return SpanAttribution((cue,), (source,) if source else None, (content,))


def test_normalise_strips_space_and_merges() -> None:
    assert normalise("a  bc d", [(3, 7), (0, 2)]) == ((0, 1), (3, 7))


def test_scorer_exact_and_overlap() -> None:
    gold = [_attr((6, 10), (0, 5), (11, 27))]
    predicted = [_attr((6, 10), (0, 5), (15, 27)), _attr((20, 22), None, (23, 27))]
    scorer = Scorer()
    scorer.add(predicted, gold)
    report = scorer.report()
    assert report["cue"]["exact"]["tp"] == 1 and report["cue"]["exact"]["predicted"] == 2
    assert report["source"]["exact"]["f1"] == 1.0
    assert report["content"]["exact"]["tp"] == 0
    assert report["content"]["overlap"]["tp"] == 1
    assert report["attribution"]["exact"]["tp"] == 0
    assert report["attribution"]["overlap"]["tp"] == 1


def test_missing_source_matches_only_missing_source() -> None:
    scorer = Scorer()
    scorer.add([_attr((6, 10), None, (11, 27))], [_attr((6, 10), (0, 5), (11, 27))])
    assert scorer.report()["attribution"]["overlap"]["tp"] == 0


def test_read_gold_polnear_layout(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "doc_ab12.ann").write_text(
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;21 27\tthe talks failed\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    [doc] = read_gold(tmp_path)
    assert doc.attributions == [SpanAttribution(((6, 10),), ((0, 5),), ((11, 20), (21, 27)))]
    result = evaluate(tmp_path)
    assert result["figures"]["cue_exact_f1"] == 1.0
    assert result["figures"]["source_exact_f1"] == 1.0


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR dev data absent")
def test_evaluate_on_a_slice_of_polnear() -> None:
    result = evaluate(POLNEAR, limit=2)
    assert result["run"]["texts"] == 2
    assert 0.0 < result["figures"]["cue_overlap_f1"] <= 1.0
    assert set(result["per_role"]) == {"attribution", "content", "cue", "source"}


def test_cue_inside_a_quotation_is_not_scored() -> None:
    from newsledger.eval.attribution import predicted_spans
    from newsledger.records import Attribution, Cue

    text = '"I think we will win," Smith said.'
    inner = Attribution(
        id=0, cue=Cue("think", 3, 8), source=Cue("I", 1, 2), content=Cue("we will win", 9, 20)
    )
    outer = Attribution(
        id=1, cue=Cue("said", 29, 33), source=Cue("Smith", 23, 28), content=Cue(text[:22], 0, 22)
    )
    assert [s.cue for s in predicted_spans([inner, outer], text)] == [((29, 33),)]
    # Even when the quotation's speaker was not found, its own "I think" is not scored.
    assert predicted_spans([inner], text) == []


def test_speaker_label_opening_a_quoted_paragraph_is_scored() -> None:
    from newsledger.eval.attribution import predicted_spans
    from newsledger.records import Attribution, Cue

    text = 'Transcript:\n\n"PENCE: Well, look, we will win.'
    start = text.index("PENCE")
    label = Attribution(
        id=0,
        cue=Cue(":", start + 5, start + 6),
        source=Cue("PENCE", start, start + 5),
        content=Cue(text[start + 7 :], start + 7, len(text)),
    )
    assert [s.cue for s in predicted_spans([label], text)] == [((start + 5, start + 6),)]
