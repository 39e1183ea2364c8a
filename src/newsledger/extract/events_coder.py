"""The actor coder: the package's actor index plus extra actor files for one run.

Extra actor files may be in the groups.tsv layout or in the PETRARCH dictionary layout
(``NAME [CODE]``, ``+ALIAS`` lines, agents as ``WORD [~SECTOR]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from newsledger.data import load_pairs
from newsledger.errors import InputError
from newsledger.extract.events_phoenix import agent_sector
from newsledger.resolve.actors import ActorIndex, load_actor_index

_PETR_ENTRY = re.compile(r"^\s*([^\[#]*?)\s*\[([^\]]*)\]")


@dataclass
class ActorCoder:
    """Everything needed to code actor phrases, built once per set of extra actor files."""

    index: ActorIndex
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)

    def sector_of(self, words: str) -> str | None:
        key = tuple(words.lower().split())
        if key in self.agents:
            return self.agents[key]
        return (
            self.index.sector_of(words)
            or _extra_sectors().get(words.lower())
            or agent_sector(words)
        )


@cache
def _extra_sectors() -> dict[str, str]:
    return load_pairs("events/sectors.tsv")


def _petr_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[_\s]+", name.strip().lower()) if w)


def _load_petr(coder: ActorCoder, text: str) -> None:
    current: str | None = None
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or line.startswith("!"):
            continue
        if line.lstrip().startswith("+"):
            if current is not None:
                _add_petr_name(coder, line.strip()[1:], current)
            else:
                pending.append(line.strip()[1:])
            continue
        match = _PETR_ENTRY.match(line)
        if match:
            name, code = match.group(1), match.group(2).split()[0] if match.group(2).split() else ""
            name = re.sub(r"\{.*?\}", "", name).strip()
            if code.startswith("~"):
                for word in [name, *re.findall(r"\{([^}]*)\}", line)]:
                    if word.strip():
                        coder.agents[_petr_words(word)] = code[1:]
                current = None
                continue
            current = code.upper()
            if name:
                _add_petr_name(coder, name, current)
            for alias in pending:
                _add_petr_name(coder, alias, current)
            pending = []
        elif line.strip() and not line.startswith(("\t", " ")):
            pending = [line.strip()]
            current = None
        elif current is None and line.strip().startswith("["):
            code = line.strip().strip("[]").split()[0]
            for alias in pending:
                _add_petr_name(coder, alias, code.upper())
            current = code.upper()
            pending = []


def _add_petr_name(coder: ActorCoder, name: str, code: str) -> None:
    exact = name.endswith("_")
    words = _petr_words(name)
    if not words or not code:
        return
    if len(words) == 1 and not exact and len(words[0]) >= 4:
        # PETRARCH matches a single word as a prefix unless it ends in "_".
        coder.prefixes.setdefault(words[0], code)
    coder.phrases.setdefault(words, code)


@cache
def actor_coder(actor_files: tuple[Path, ...] = ()) -> ActorCoder:
    """The coder for the package's actors plus ``actor_files`` (TSV or PETRARCH layout)."""
    tsv: list[Path] = []
    petr: list[str] = []
    for path in actor_files:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{path}: cannot read actor file ({exc.strerror})") from exc
        (petr.append(text) if "[" in text else tsv.append(Path(path)))  # type: ignore[func-returns-value]
    coder = ActorCoder(index=load_actor_index(tuple(tsv)))
    for text in petr:
        _load_petr(coder, text)
    return coder
