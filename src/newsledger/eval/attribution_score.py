"""Span scores for attributions: per role (cue, source, content) and per whole attribution.

A role span is a tuple of character pieces (brat spans may be discontinuous). Two spans
match *exactly* when they cover the same characters (outer white space aside) and
*overlap* when they share a character. Matching is one to one: each gold span or
attribution is credited to at most one prediction, greedily, best overlap first.
A whole attribution matches when its cue, source and content all match (a missing source
matches only a missing source).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

Piece = tuple[int, int]
Spans = tuple[Piece, ...]
ROLES = ("cue", "source", "content")
MODES = ("exact", "overlap")
T = TypeVar("T")


def normalise(text: str, pieces: Iterable[Piece]) -> Spans:
    """Pieces without outer white space, sorted, touching ones merged."""
    out: list[Piece] = []
    for start, end in sorted(pieces):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


@dataclass(frozen=True)
class SpanAttribution:
    cue: Spans
    source: Spans | None
    content: Spans | None

    def role(self, name: str) -> Spans | None:
        value: Spans | None = getattr(self, name)
        return value


def overlap_size(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def exact(a: Spans | None, b: Spans | None) -> bool:
    return a == b


def overlaps(a: Spans | None, b: Spans | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return overlap_size(a, b) > 0


def _strength(a: Spans | None, b: Spans | None) -> int:
    return overlap_size(a, b) if a is not None and b is not None else 0


def match_count(
    predicted: Sequence[T],
    gold: Sequence[T],
    same: Callable[[T, T], bool],
    strength: Callable[[T, T], int],
) -> int:
    """Size of a greedy one-to-one matching of ``predicted`` to ``gold`` under ``same``."""
    pairs = [
        (strength(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if same(p, g)
    ]
    pairs.sort(key=lambda pair: -pair[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _whole(test: Callable[[Spans | None, Spans | None], bool]) -> Callable[..., bool]:
    def same(p: SpanAttribution, g: SpanAttribution) -> bool:
        return all(test(p.role(r), g.role(r)) for r in ROLES)

    return same


def _whole_strength(p: SpanAttribution, g: SpanAttribution) -> int:
    return sum(_strength(p.role(r), g.role(r)) for r in ROLES)


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def figures(self) -> dict[str, float | int]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Scorer:
    """Accumulates role and attribution matches over documents."""

    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)

    def tally(self, role: str, mode: str) -> Tally:
        return self.tallies.setdefault((role, mode), Tally())

    def add(self, predicted: Sequence[SpanAttribution], gold: Sequence[SpanAttribution]) -> None:
        tests = {"exact": exact, "overlap": overlaps}
        for role in ROLES:
            pred_spans = [s for a in predicted if (s := a.role(role)) is not None]
            gold_spans = [s for a in gold if (s := a.role(role)) is not None]
            for mode, test in tests.items():
                tp = match_count(pred_spans, gold_spans, test, overlap_size)
                self.tally(role, mode).add(tp, len(pred_spans), len(gold_spans))
        for mode, test in tests.items():
            tp = match_count(predicted, gold, _whole(test), _whole_strength)
            self.tally("attribution", mode).add(tp, len(predicted), len(gold))

    def report(self) -> dict[str, dict[str, dict[str, float | int]]]:
        out: dict[str, dict[str, dict[str, float | int]]] = {}
        for (role, mode), tally in sorted(self.tallies.items()):
            out.setdefault(role, {})[mode] = tally.figures()
        return out

    def figures(self) -> dict[str, float]:
        """Flat name -> number: ``<role>_<mode>_<p|r|f1>``."""
        flat: dict[str, float] = {}
        for role, modes in self.report().items():
            for mode, numbers in modes.items():
                for key in ("p", "r", "f1"):
                    flat[f"{role}_{mode}_{key}"] = float(numbers[key])
        return flat
