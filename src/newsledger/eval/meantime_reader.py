"""Reader for NewsReader MEANTIME CAT XML: tokens, event mentions and SLINKs.

Keeps the upstream attributes as strings (certainty CERTAIN/POSSIBLE/PROBABLE/
UNDERSPECIFIED, polarity POS/NEG/UNDERSPECIFIED, time FUTURE/NON_FUTURE/...); an empty
attribute is kept empty so that the scorer can leave it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvalError
from newsledger.eval.gold_xml import read_gold_xml


@dataclass(frozen=True)
class MeantimeToken:
    t_id: str
    sentence: int
    number: int
    text: str


@dataclass(frozen=True)
class EventMention:
    m_id: str
    tokens: tuple[str, ...]
    certainty: str
    polarity: str
    time: str
    tense: str
    pred: str


@dataclass
class MeantimeDoc:
    name: str
    tokens: list[MeantimeToken]
    events: dict[str, EventMention] = field(default_factory=dict)
    # (source event m_id, target event m_id)
    slinks: list[tuple[str, str]] = field(default_factory=list)

    def sentences(self) -> dict[int, list[MeantimeToken]]:
        grouped: dict[int, list[MeantimeToken]] = {}
        for token in self.tokens:
            grouped.setdefault(token.sentence, []).append(token)
        return grouped


def read_meantime_file(path: Path) -> MeantimeDoc:
    root = read_gold_xml(path, "MEANTIME")
    try:
        tokens = [
            MeantimeToken(
                t.get("t_id", ""), int(t.get("sentence", 0)), int(t.get("number", 0)), t.text or ""
            )
            for t in root.iter("token")
        ]
    except ValueError as exc:
        raise EvalError(f"{path}: token sentence or number is not an integer ({exc})") from exc
    doc = MeantimeDoc(root.get("doc_name") or path.stem, tokens)
    for mention in root.iter("EVENT_MENTION"):
        anchors = tuple(a.get("t_id", "") for a in mention.iter("token_anchor"))
        m_id = mention.get("m_id", "")
        doc.events[m_id] = EventMention(
            m_id,
            anchors,
            mention.get("certainty", ""),
            mention.get("polarity", ""),
            mention.get("time", ""),
            mention.get("tense", ""),
            mention.get("pred", ""),
        )
    for link in root.iter("SLINK"):
        source, target = link.find("source"), link.find("target")
        if source is not None and target is not None:
            doc.slinks.append((source.get("m_id", ""), target.get("m_id", "")))
    return doc


def read_meantime(path: Path) -> Iterator[MeantimeDoc]:
    """Documents of one CAT XML file or of every ``*.xml`` below a folder, sorted by path."""
    files = sorted(path.rglob("*.xml")) if path.is_dir() else [path]
    if not files:
        raise EvalError(f"no MEANTIME XML files under {path}")
    for file in files:
        yield read_meantime_file(file)
