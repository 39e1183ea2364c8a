"""Reader for TimeML (.tml) files: plain text of <TEXT>, TIMEX3 spans, creation time.

The text between the tags of the <TEXT> element, with XML entities decoded, is the plain
text; TIMEX3 offsets point into it. The document creation time is the TIMEX3 whose
``functionInDocument`` is CREATION_TIME (usually in <DCT>); it is kept apart from the
expressions to score, as TempEval-3 does.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsledger.errors import EvalError

# Linear on hostile input: a tag stops at the next "<" (it cannot hold one), so an unclosed
# tag is not rescanned to the end of the file from every "<"; an attribute name is only tried
# where a name starts.
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^<>]*?)(/?)>")
_ATTR = re.compile(r"(?<![A-Za-z_:])([A-Za-z_:]+)\s*=\s*\"([^\"]*)\"")
_DCT_TAG = re.compile(r"<TIMEX3\b([^<>]*functionInDocument=\"CREATION_TIME\"[^<>]*)>")


@dataclass(frozen=True)
class GoldTimex:
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class TimeMLDoc:
    doc_id: str
    text: str
    dct: date | None
    dct_value: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _attributes(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def _as_date(value: str | None) -> date | None:
    if value is None:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_tml(source: str, doc_id: str = "") -> TimeMLDoc:
    """The TimeML document in ``source`` (the text of a .tml file)."""
    # str.find, not a lazy regex: many "<TEXT>" without a closing tag would be quadratic.
    start = source.find("<TEXT>")
    end = source.find("</TEXT>", start + len("<TEXT>")) if start >= 0 else -1
    if end < 0:
        raise EvalError(f"{doc_id or 'TimeML'}: no <TEXT> element")
    content = source[start + len("<TEXT>") : end]
    dct_tag = _DCT_TAG.search(source)
    dct_value = _attributes(dct_tag.group(1)).get("value") if dct_tag else None
    pieces: list[str] = []
    length = 0
    # (attributes, start offset, index in pieces where its text begins)
    open_timex: tuple[dict[str, str], int, int] | None = None
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(content):
        piece = html.unescape(content[pos : tag.start()])
        pieces.append(piece)
        length += len(piece)
        pos = tag.end()
        closing, name, raw, empty = tag.groups()
        if name != "TIMEX3" or empty:
            continue
        if not closing:
            if open_timex is not None:
                raise EvalError(f"{doc_id}: nested TIMEX3 at character {tag.start()}")
            open_timex = (_attributes(raw), length, len(pieces))
            continue
        if open_timex is None:
            raise EvalError(f"{doc_id}: </TIMEX3> without <TIMEX3> at character {tag.start()}")
        attrs, start, first = open_timex
        open_timex = None
        if attrs.get("functionInDocument") == "CREATION_TIME":
            continue
        # Only the pieces since the opening tag: joining the whole text per TIMEX3 is quadratic.
        text = "".join(pieces[first:])
        timexes.append(
            GoldTimex(
                attrs.get("tid", ""),
                start,
                length,
                text,
                attrs.get("type", "DATE"),
                attrs.get("value"),
            )
        )
    if open_timex is not None:
        raise EvalError(f"{doc_id}: unclosed TIMEX3")
    pieces.append(html.unescape(content[pos:]))
    return TimeMLDoc(doc_id, "".join(pieces), _as_date(dct_value), dct_value, timexes)


def read_tml(path: Path) -> TimeMLDoc:
    """The TimeML document in the file ``path``."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from exc
    return parse_tml(source, path.stem)


def tml_files(path: Path) -> list[Path]:
    """``path`` itself when it is a file, else every .tml file below it, sorted."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise EvalError(f"no such file or folder: {path}")
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise EvalError(f"no .tml files under {path}")
    return files
