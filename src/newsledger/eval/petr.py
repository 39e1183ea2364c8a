"""Reader for PETRARCH validation records (XML per validation.rng, or its JSONL conversion).

Each ``<Sentence>`` has ``<EventCoding sourcecode targetcode eventcode>`` children (or one
with ``noevents``/``error``) and a ``<Text>``; the JSONL form has the same content as
``{"id", "text", "events": [{"source", "target", "code"}], "noevents", "error"}``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvalError


@dataclass
class GoldEvent:
    sources: list[str]
    targets: list[str]
    cameo: str | None = None
    plover: str | None = None
    mode: str | None = None


@dataclass
class GoldSentence:
    id: str
    text: str
    events: list[GoldEvent] = field(default_factory=list)
    category: str | None = None
    # Records the upstream marks as errors are left out of scoring.
    error: bool = False


@dataclass
class PetrFile:
    sentences: list[GoldSentence]
    # Dictionary files the records name in <Environment> (actors, agents), when present.
    dictionaries: list[Path] = field(default_factory=list)
    # Verb dictionaries they name (<Verbfile>): the test suite's own codes live there.
    verb_files: list[Path] = field(default_factory=list)


def _codes(value: str | None) -> list[str]:
    return [value.strip()] if value and value.strip() else []


# Patterns stay linear on hostile input: a tag head stops at the next "<" (it cannot hold
# one), and an attribute name is only tried where a name starts, so an unclosed tag or a
# long run of letters is not rescanned from every position.
_SENTENCE = re.compile(r"<Sentence\b([^<>]*?)/?>", re.S)
_CODING = re.compile(r"<EventCoding\b([^<>]*?)/?>", re.S)
_ATTR = re.compile(r'(?<![\w:-])([\w:-]+)\s*=\s*"([^"]*)"')


def _between(text: str, open_tag: str, close_tag: str) -> str | None:
    """The text inside the first ``open_tag ... close_tag`` pair, found without a regex scan
    per position (``<Text>`` repeated without its closing tag is then linear, not quadratic)."""
    start = text.find(open_tag)
    if start < 0:
        return None
    end = text.find(close_tag, start + len(open_tag))
    return None if end < 0 else text[start + len(open_tag) : end]


def _strip_comments(text: str) -> str:
    pieces = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        pieces.append(text[pos:start])
        pos = end + 3
    pieces.append(text[pos:])
    return "".join(pieces)


def _named_file(folder: Path, name: str | None) -> Path | None:
    """A dictionary the records name, only as a plain file name beside them: a path that
    leaves the folder ("../..", "/etc/...") is not followed."""
    name = (name or "").strip()
    if not name or Path(name).name != name or name in (".", ".."):
        return None
    found = folder / name
    return found if found.is_file() else None


def _attrs(text: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(text)}


def _from_xml(path: Path) -> PetrFile:
    # Read by pattern, not with an XML parser: the published universal_petrarch file closes
    # its <Sentence> tags early (<Sentence .../> followed by the content), which a strict
    # parser rejects, and the upstream tools read it leniently too.
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read ({exc})") from exc
    raw = _strip_comments(raw)
    if "<Sentence" not in raw:
        raise EvalError(f"{path}: no <Sentence> records; not PETR validation XML")
    dictionaries = []
    for tag in ("Actorfile", "Agentfile"):
        named = _named_file(path.parent, _between(raw, f"<{tag}>", f"</{tag}>"))
        if named is not None:
            dictionaries.append(named)
    verb_files = []
    named = _named_file(path.parent, _between(raw, "<Verbfile>", "</Verbfile>"))
    if named is not None:
        verb_files.append(named)
    sentences = []
    heads = list(_SENTENCE.finditer(raw))
    for n, head in enumerate(heads):
        body = raw[head.end() : heads[n + 1].start() if n + 1 < len(heads) else len(raw)]
        attrs = _attrs(head.group(1))
        inner = _between(body, "<Text>", "</Text>")
        text = " ".join(html.unescape(inner).split()) if inner is not None else ""
        events = []
        error = False
        for coding in _CODING.finditer(body):
            values = _attrs(coding.group(1))
            if "error" in values:
                error = True
            elif "noevents" not in values:
                events.append(
                    GoldEvent(
                        _codes(values.get("sourcecode")),
                        _codes(values.get("targetcode")),
                        cameo=values.get("eventcode"),
                    )
                )
        sentences.append(
            GoldSentence(attrs.get("id", ""), text, events, attrs.get("category"), error)
        )
    return PetrFile(sentences, dictionaries, verb_files)


def _from_jsonl(path: Path) -> PetrFile:
    sentences = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            events = [
                GoldEvent(_codes(e.get("source")), _codes(e.get("target")), cameo=e.get("code"))
                for e in record.get("events", [])
            ]
            sentences.append(
                GoldSentence(
                    str(record["id"]),
                    " ".join(record["text"].split()),
                    events,
                    record.get("category"),
                    bool(record.get("error")),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise EvalError(f"{path}:{number}: not a PETR JSONL record ({exc})") from exc
    dictionaries = [
        p
        for p in (
            path.parent / "PETR.Validate.actors.txt",
            path.parent / "PETR.Validate.agents.txt",
        )
        if path.name.startswith("PETR.UnitTest") and p.exists()
    ]
    verbs = path.parent / "PETR.Validate.verbs.txt"
    unit = path.name.startswith("PETR.UnitTest") and verbs.exists()
    return PetrFile(sentences, dictionaries, [verbs] if unit else [])


def read_petr(path: Path) -> PetrFile:
    """Gold sentences of a PETR validation file (.xml, or .jsonl conversion)."""
    path = Path(path)
    return _from_jsonl(path) if path.suffix == ".jsonl" else _from_xml(path)
