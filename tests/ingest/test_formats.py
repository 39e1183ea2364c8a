"""File kinds and detokenisation from data/ingest/files.json."""

from __future__ import annotations

from pathlib import Path

from newsledger.ingest.formats import detokenize, is_paperwork, kind_of


def test_kinds_by_suffix() -> None:
    assert [kind_of(Path(n)) for n in ("a.TXT", "b.htm", "c.jsonl", "d.tml", "e.ann")] == [
        "text",
        "html",
        "jsonl",
        "xml",
        None,
    ]
    assert is_paperwork(Path("LICENSEDATA.TXT")) and is_paperwork(Path("README.md"))
    assert not is_paperwork(Path("1_10ecb.xml"))


def test_detokenize_glues_punctuation_quotes_and_clitics() -> None:
    tokens = [
        "He",
        "said",
        ",",
        "``",
        "we",
        "did",
        "n't",
        "''",
        "(",
        "really",
        ")",
        ".",
        "It",
        "cost",
        "$",
        "5",
        ".",
    ]
    assert detokenize(tokens) == 'He said, "we didn\'t" (really). It cost $5.'
    assert detokenize(['"', "Yes", '"', ",", "she", "said"]) == '"Yes", she said'
