"""Lexicon entries: one trigger line with its constraints, and one key's entries indexed.

See :mod:`newsledger.extract.events_lexicon`, which reads them from ``data/events`` and
matches them against tokens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One lexicon line: a trigger lemma, its constraints and the code it yields."""

    lemma: str
    noun: bool
    cameo: str
    status: str | None = None
    family: str | None = None
    requires: str | None = None
    objects: frozenset[str] = frozenset()
    modifier: str | None = None
    # PETRARCH's "[042:043]": what the target does back to the source ("visit": host).
    reverse: str | None = None
    # PETRARCH's "[:173]": the act is the target's, done to the subject.
    inverse: bool = False
    # A derived pattern of a light verb: it yields to an object that is a trigger itself.
    light: bool = False
    # ``requires`` is a particle ("gave in"), not a preposition with its object ("in Paris").
    particle: bool = False

    @property
    def specificity(self) -> int:
        return int(self.requires is not None) + int(bool(self.objects)) + int(bool(self.modifier))


class Entries(tuple[Entry, ...]):
    """One key's entries, most specific first, indexed by the object that is the only
    constraint of most of them (PETRARCH's "kick ~ball" lines: a common verb has dozens).
    The index is built with the lexicon, so that analysing adds nothing to it."""

    # Object word -> positions of the entries whose only constraint is an object.
    by_object: dict[str, tuple[int, ...]]
    # Positions of the other entries.
    others: tuple[int, ...]

    def __new__(cls, entries: Iterable[Entry]) -> Entries:
        self = super().__new__(cls, entries)
        index: dict[str, list[int]] = {}
        for position, entry in enumerate(self):
            if _object_only(entry):
                for word in entry.objects:
                    index.setdefault(word, []).append(position)
        self.by_object = {word: tuple(positions) for word, positions in index.items()}
        self.others = tuple(p for p, entry in enumerate(self) if not _object_only(entry))
        return self


def _object_only(entry: Entry) -> bool:
    return entry.requires is None and entry.modifier is None and bool(entry.objects)
