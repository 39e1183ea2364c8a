"""Hostile files through every gold reader: brat, TimeML, PETR (XML and JSONL), PLOVER,
Szeged, MEANTIME and ECB+. Any file gives records or an EvalError naming the file; XML
entities are never expanded and never read files; patterns stay linear on unclosed tags."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fuzz_payloads import (
    BILLION_LAUGHS_DTD,
    BILLION_LAUGHS_REF,
    FUZZ,
    SECRET,
    XXE_REF,
    deep_json,
    xxe_dtd,
)
from hypothesis import given
from hypothesis import strategies as st

from newsledger.errors import EvalError
from newsledger.eval.brat import read_ann
from newsledger.eval.ecbplus import read_document
from newsledger.eval.meantime_reader import read_meantime_file
from newsledger.eval.petr import read_petr
from newsledger.eval.plover import read_plover
from newsledger.eval.szeged import read_szeged
from newsledger.eval.timeml import read_tml

Reader = Callable[[Path], Any]
# (file name, reader): names are those each reader expects (ECB+ reads the topic from it).
READERS: list[tuple[str, Reader]] = [
    ("doc.ann", read_ann),
    ("doc.tml", read_tml),
    ("petr.xml", lambda p: read_petr(p).sentences),
    ("petr.jsonl", lambda p: read_petr(p).sentences),
    ("plover.json", read_plover),
    ("szeged.xml", lambda p: list(read_szeged(p))),
    ("meantime.xml", read_meantime_file),
    ("1_1ecb.xml", read_document),
]
IDS = [name for name, _ in READERS]


def _read(tmp_path: Path, name: str, reader: Reader, raw: bytes) -> Any:
    path = tmp_path / name
    path.write_bytes(raw)
    try:
        return reader(path)
    except EvalError as exc:
        assert str(path) in str(exc) or path.stem in str(exc), exc
        return None


def _xml_shaped(body: str) -> dict[str, str]:
    """The smallest well-formed document of each XML reader around ``body``."""
    tokens = f"<Document><token t_id='1' sentence='1' number='0'>{body}</token></Document>"
    return {
        "doc.tml": f"<TimeML><TEXT>{body}</TEXT></TimeML>",
        "petr.xml": f"<Sentences><Sentence id='s1'><Text>{body}</Text></Sentence></Sentences>",
        "szeged.xml": (
            "<Annotation><Document><DocID>d</DocID><DocumentPart type='Text'>"
            f"<Sentence id='s1'>{body}</Sentence></DocumentPart></Document></Annotation>"
        ),
        "meantime.xml": tokens,
        "1_1ecb.xml": tokens,
    }


@FUZZ
@given(st.binary(max_size=400))
@pytest.mark.parametrize(("name", "reader"), READERS, ids=IDS)
def test_any_bytes_give_records_or_an_eval_error(
    tmp_path: Path, name: str, reader: Reader, raw: bytes
) -> None:
    _read(tmp_path, name, reader, raw)


brat_line = st.tuples(
    st.sampled_from(["T1", "E1", "R1", "A1", "M1", "#1", "N1", "*", "X1", ""]),
    st.sampled_from(
        ["Type 0 5", "Type 5 0", "Type 0 5;7 9", "Type:T1 Arg:T2", "Type", "", "T 1 ²"]
    ),
    st.text(max_size=10),
).map(lambda t: "\t".join(t))


@FUZZ
@given(st.lists(brat_line, max_size=8))
def test_brat_lines_give_annotations_or_a_line_numbered_error(
    tmp_path: Path, lines: list[str]
) -> None:
    _read(tmp_path, "doc.ann", read_ann, "\n".join(lines).encode())


@pytest.mark.parametrize(
    "name", ["doc.tml", "petr.xml", "szeged.xml", "meantime.xml", "1_1ecb.xml"]
)
def test_billion_laughs_is_never_expanded(tmp_path: Path, name: str) -> None:
    raw = (BILLION_LAUGHS_DTD + _xml_shaped(BILLION_LAUGHS_REF)[name]).encode()
    reader = dict(READERS)[name]
    found = _read(tmp_path, name, reader, raw)
    assert "lollollol" not in repr(found)


@pytest.mark.parametrize(
    "name", ["doc.tml", "petr.xml", "szeged.xml", "meantime.xml", "1_1ecb.xml"]
)
def test_external_entities_read_no_file(tmp_path: Path, name: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    raw = (xxe_dtd(str(secret)) + _xml_shaped(XXE_REF)[name]).encode()
    found = _read(tmp_path, name, dict(READERS)[name], raw)
    assert SECRET not in repr(found)


def test_petr_dictionaries_are_only_read_beside_the_file(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("[USA] UNITED STATES")
    folder = tmp_path / "gold"
    folder.mkdir()
    raw = (
        f"<Environment><Actorfile>{outside}</Actorfile><Agentfile>../outside.txt</Agentfile>"
        "<Verbfile>../outside.txt</Verbfile></Environment>"
        "<Sentence id='s1'><Text>Kyiv spoke.</Text></Sentence>"
    )
    (folder / "petr.xml").write_text(raw)
    found = read_petr(folder / "petr.xml")
    assert found.dictionaries == [] and found.verb_files == []


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("petr.xml", b"<Sentence>" + b"<!--" * 250_000),
        ("petr.xml", b"<Sentence " * 100_000),
        ("petr.xml", b"<Sentence id='1'>" + b"<Text>" * 150_000),
        ("petr.xml", b"<Sentence " + b"a" * 1_000_000 + b">"),
        ("doc.tml", b"<TEXT>" + b"<a " * 300_000 + b"</TEXT>"),
        ("doc.tml", b"<TEXT></TEXT>" + b"<TIMEX3 " * 120_000),
        ("doc.tml", b"<TEXT>" * 150_000),
        ("doc.tml", b"<TEXT>" + b"<TIMEX3 tid='t'>x</TIMEX3>" * 40_000 + b"</TEXT>"),
    ],
    ids=["comments", "sentence-heads", "texts", "long-attr", "tags", "dct", "text-tags", "timexes"],
)
def test_unclosed_and_repeated_tags_stay_linear(tmp_path: Path, name: str, raw: bytes) -> None:
    # Each of these took from seconds to minutes with the earlier lazy patterns; now each is a
    # single pass. The budget is the size: no clock is read.
    _read(tmp_path, name, dict(READERS)[name], raw)


@pytest.mark.parametrize("name", ["petr.jsonl", "plover.json"])
def test_deep_json_is_an_eval_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(EvalError, match="nested too deeply|not a PETR"):
        dict(READERS)[name](_write(tmp_path / name, deep_json(100_000)))


@pytest.mark.parametrize("name", ["szeged.xml", "meantime.xml", "1_1ecb.xml", "doc.tml"])
def test_deeply_nested_xml_is_answered(tmp_path: Path, name: str) -> None:
    body = "<x>" * 100_000 + "</x>" * 100_000
    _read(tmp_path, name, dict(READERS)[name], _xml_shaped(body)[name].encode())


@pytest.mark.parametrize(("name", "reader"), READERS, ids=IDS)
def test_invalid_utf8_empty_and_missing_are_eval_errors(
    tmp_path: Path, name: str, reader: Reader
) -> None:
    for raw in (b"\xff\xfe\xfd<", b""):
        _read(tmp_path, name, reader, raw)
    with pytest.raises(EvalError):
        reader(tmp_path / "missing" / name)


def test_non_numeric_token_sentences_are_eval_errors(tmp_path: Path) -> None:
    raw = "<Document><token t_id='1' sentence='x' number='0'>a</token></Document>"
    for name in ("meantime.xml", "1_1ecb.xml"):
        with pytest.raises(EvalError, match="not a"):
            dict(READERS)[name](_write(tmp_path / name, raw.encode()))


def _write(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path
