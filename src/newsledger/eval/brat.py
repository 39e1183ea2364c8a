"""Reader for brat standoff annotation (``.ann`` files beside their ``.txt``).

The format is kept as brat writes it: text-bound annotations ``T1<TAB>Type 0 5;10 20<TAB>text``
(spans may be discontinuous, joined by ``;``), events ``E1<TAB>Type:T4 Role:T2 ...``,
relations ``R1<TAB>Type Arg1:T1 Arg2:T2``, attributes ``A1<TAB>Type E1 [value]`` and notes
``#1<TAB>...`` (kept out: they carry no spans). Offsets are character offsets into the
``.txt`` file read as UTF-8 text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsledger.errors import EvalError

Span = tuple[int, int]


@dataclass(frozen=True)
class TextBound:
    id: str
    type: str
    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True)
class BratEvent:
    id: str
    type: str
    trigger: str | None
    # (role, annotation id) in file order; a role may repeat ("Content:T3 Content:T5").
    args: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BratRelation:
    id: str
    type: str
    args: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BratAttribute:
    id: str
    type: str
    target: str
    value: str | None


@dataclass
class BratDocument:
    textbounds: dict[str, TextBound] = field(default_factory=dict)
    events: list[BratEvent] = field(default_factory=list)
    relations: list[BratRelation] = field(default_factory=list)
    attributes: list[BratAttribute] = field(default_factory=list)


def _spans(raw: str, where: str) -> tuple[Span, ...]:
    spans = []
    for piece in raw.split(";"):
        bounds = piece.split()
        # isascii too: str.isdigit accepts "²", which int() refuses.
        if len(bounds) != 2 or not all(b.isascii() and b.isdigit() for b in bounds):
            raise EvalError(f"{where}: bad span {piece!r}")
        start, end = int(bounds[0]), int(bounds[1])
        if end < start:
            raise EvalError(f"{where}: span ends before it starts: {piece!r}")
        spans.append((start, end))
    return tuple(spans)


def _args(parts: list[str], where: str) -> tuple[tuple[str, str], ...]:
    args = []
    for part in parts:
        role, sep, target = part.partition(":")
        if not sep or not target:
            raise EvalError(f"{where}: bad argument {part!r}")
        args.append((role, target))
    return tuple(args)


def parse_ann(content: str, name: str = "<ann>") -> BratDocument:
    """The annotations of one ``.ann`` file's text; ``name`` only labels errors."""
    doc = BratDocument()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        ident, _, rest = line.partition("\t")
        body, _, text = rest.partition("\t")
        kind = ident[:1]
        if kind == "T":
            type_, _, raw = body.partition(" ")
            doc.textbounds[ident] = TextBound(ident, type_, _spans(raw, where), text)
        elif kind == "E":
            parts = body.split()
            if not parts:
                raise EvalError(f"{where}: empty event")
            type_, _, trigger = parts[0].partition(":")
            doc.events.append(BratEvent(ident, type_, trigger or None, _args(parts[1:], where)))
        elif kind == "R":
            parts = body.split()
            if len(parts) < 2:
                raise EvalError(f"{where}: relation without arguments")
            doc.relations.append(BratRelation(ident, parts[0], _args(parts[1:], where)))
        elif kind in ("A", "M"):
            parts = body.split()
            if len(parts) < 2:
                raise EvalError(f"{where}: attribute without target")
            value = parts[2] if len(parts) > 2 else None
            doc.attributes.append(BratAttribute(ident, parts[0], parts[1], value))
        elif kind in ("#", "N", "*"):
            continue
        else:
            raise EvalError(f"{where}: unknown annotation {ident!r}")
    return doc


def read_ann(path: Path) -> BratDocument:
    """The annotations of the ``.ann`` file at ``path``."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from exc
    return parse_ann(content, name=str(path))
