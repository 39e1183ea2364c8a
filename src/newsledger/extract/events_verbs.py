"""PETRARCH verb dictionaries turned into lexicon lines (``lemma [+prep] [~obj|obj]``, code).

A PETRARCH verb dictionary (CAMEO.2.0.txt, or a test suite's own) has synonym sets
(``&NAME`` then ``+WORD`` lines), and verb blocks: ``--- NAME [code] ---``, verb lines
(``VERB {irregular forms} [code]``) and patterns ``- * OBJECT [code]`` or
``- * (PREP OBJECT) [code]``; a particle is written ``^word``, a preposition ``+word``.
Only what a dependency parse can check is kept: a pattern of
one object (a word, the head of a ``{compound}``, or a synonym set), a particle plus an object,
or one prepositional phrase, and the verbs' own codes. Patterns that constrain the subject
("- &MILITARY * ...") or combine several phrases are dropped. A code keeps its second half:
"[042:043]" (the target does 043 back), "[:173]" (only the target acts, on the subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from newsledger.errors import InputError

_PARTICLES = frozenset(
    {"up", "out", "off", "down", "away", "back", "over", "in", "on", "forward", "aside"}
)
_SKIP_WORDS = frozenset({"a", "an", "the", "$", "+", "%", "^"})
_CODE = re.compile(r"\[([^\]]*)\]")
_GROUP = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def _clean(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].rstrip()


def _first_code(text: str) -> str | None:
    """The code of a line: "042", or "042:043" when the target does the second act back to
    the source ("visit": the host hosts), or ":173" when only the target acts ("appear
    before court": the court tries the subject)."""
    found = _CODE.search(text)
    if not found:
        return None
    parts = [p.strip() for p in found.group(1).split(":")[:2]]
    parts = ["" if p == "---" else p for p in parts]
    forward = parts[0]
    reverse = parts[1] if len(parts) > 1 else ""
    if not forward and not reverse:
        return None
    return f"{forward}:{reverse}" if reverse else forward


def _valid_all(code: str, valid: Callable[[str], bool]) -> bool:
    return all(valid(part) for part in code.split(":") if part)


def _heads(element: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Head words (lower case) an object element stands for, or None when it cannot say."""
    element = element.strip("{}")
    words = [w for w in re.split(r"[\s_]+", element) if w and w.lower() not in _SKIP_WORDS]
    if not words:
        return None
    last = words[-1]
    if last.startswith("&"):
        members = synsets.get(last.rstrip("_"))
        if not members:
            return None
        return sorted({re.split(r"[\s_]+", m.strip("_ "))[-1].lower() for m in members if m})
    if not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", last):
        return None
    return [last.lower()]


def _pattern_trigger(post: str, synsets: dict[str, list[str]]) -> str | None:
    """``+prep ~objects`` for the words after ``*`` in a pattern, or None if unsupported."""
    parts = [p for p in _GROUP.findall(post) if p.lower() not in _SKIP_WORDS]
    if not parts:
        return None
    if len(parts) == 1 and parts[0].startswith("("):
        inner = parts[0].strip("()").split()
        inner = [w for w in inner if w.lower() not in _SKIP_WORDS]
        if not inner or not inner[0].isalpha():
            return None
        prep = inner[0].lower()
        if len(inner) == 1:
            return f"+{prep}"
        heads = _heads(" ".join(inner[1:]), synsets) if len(inner) == 2 else None
        if heads is None and len(inner) > 2:
            heads = _heads(inner[-1], synsets)
        return f"+{prep} ~{'|'.join(heads)}" if heads else None
    if len(parts) == 2 and parts[0].lower() in _PARTICLES and not parts[1].startswith("("):
        heads = _heads(parts[1], synsets)
        return f"^{parts[0].lower()} ~{'|'.join(heads)}" if heads else None
    if len(parts) == 1 and parts[0].lower() in _PARTICLES:
        return f"^{parts[0].lower()}"
    if len(parts) == 1:
        heads = _heads(parts[0], synsets)
        return f"~{'|'.join(heads)}" if heads else None
    return None


def _with_particle(verb: str, particle: str | None) -> str:
    """``verb ^particle`` for a phrasal verb ("give ^in": gave in, not gave ... in Paris),
    ``verb +word`` for a verb that takes a preposition ("ask +for")."""
    if particle is None:
        return verb
    return f"{verb} {'^' if particle in _PARTICLES else '+'}{particle}"


def _verb_lemma(line: str) -> tuple[str, str | None] | None:
    """(lemma, particle) of a verb line ("HURRY {HURRIES ...}", "+ASK_FOR")."""
    name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip().split()
    if not name:
        return None
    words = [w for w in name[0].split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    if at != 0 or not words:
        return None
    verb = words[0].lstrip("+").lower()
    if not verb.isalpha():
        return None
    particle = words[1].lower() if len(words) > 1 and words[1].isalpha() else None
    return verb, particle


def parse_verb_dictionary(
    text: str, valid: Callable[[str], bool] = lambda code: True
) -> list[tuple[str, str]]:
    """(trigger, code) lexicon pairs of a PETRARCH verb dictionary, simplest patterns first."""
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    block_code: str | None = None
    verbs: list[str] = []
    plain: list[tuple[str, str]] = []
    complex_: list[tuple[str, str]] = []
    in_block = False
    for raw in text.splitlines():
        line = _clean(raw)
        stripped = line.strip()
        if not stripped:
            current_set = None
            continue
        if stripped.startswith("&"):
            current_set = stripped.split()[0].rstrip("_")
            synsets[current_set] = []
            continue
        if current_set is not None and stripped.startswith("+"):
            synsets[current_set].append(stripped[1:].strip())
            continue
        current_set = None
        if stripped.startswith("---"):
            in_block = True
            block_code = _first_code(stripped)
            verbs = []
            continue
        if not in_block:
            continue
        if stripped.startswith("-"):
            body = stripped[1:]
            code = _first_code(body)
            body = _CODE.sub("", body)
            if code is None or not _valid_all(code, valid) or "*" not in body.split():
                continue
            pre, post = body.split("*", 1)
            if pre.strip():
                continue
            trigger = _pattern_trigger(post.strip(), synsets)
            if trigger is None:
                continue
            target = complex_ if "{" in post or "&" in post else plain
            target.extend((f"{verb} {trigger}", code) for verb in verbs)
            continue
        parsed = _verb_lemma(stripped)
        if parsed is None:
            continue
        verb, particle = parsed
        verbs.append(verb)
        code = _first_code(stripped) or block_code
        if code and _valid_all(code, valid):
            plain.append((_with_particle(verb, particle), code))
    seen: set[str] = set()
    pairs = []
    for trigger, code in plain + complex_:
        if trigger not in seen:
            seen.add(trigger)
            pairs.append((trigger, code))
    return pairs


@cache
def verb_file_pairs(paths: tuple[Path, ...]) -> tuple[tuple[str, str], ...]:
    """Lexicon pairs of extra PETRARCH verb dictionaries (for one run, e.g. a test suite)."""
    pairs: list[tuple[str, str]] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{path}: cannot read verb dictionary ({exc.strerror})") from exc
        pairs.extend(parse_verb_dictionary(text))
    return tuple(pairs)
