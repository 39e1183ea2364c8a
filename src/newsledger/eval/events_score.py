"""Scores of coded events against gold events, sentence by sentence.

Actor codes are compared at two levels: the actor root (state ISO alpha-3 or organisation,
Phoenix IGO codes mapped through ``data/events/phoenix_codes.tsv``) and root plus first
sector ("RUSMIL"). Predicted events are aligned one-to-one with the gold events of the same
sentence (type first, then actors); unaligned predictions count against precision.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsledger.eval.petr import GoldEvent
from newsledger.extract.events_lexicon import legacy_plover, rules
from newsledger.extract.events_phoenix import phoenix_to_ours
from newsledger.records import Event
from newsledger.resolve.actors import load_actor_index


@cache
def _group_codes() -> frozenset[str]:
    index = load_actor_index()
    return frozenset(a.code for _, a in index.aliases() if a.kind in ("organisation", "group"))


@cache
def normalise(code: str) -> tuple[str, str]:
    """(root, first sector) of an actor code in our or the Phoenix convention."""
    code = code.strip().upper()
    if code in phoenix_to_ours().values():
        # Our own code for an organisation Phoenix spells longer ("INTERPOL" for "IGOCOPITP").
        return code, ""
    for size in range(min(len(code), 9), 2, -1):
        if code[:size] in phoenix_to_ours():
            return phoenix_to_ours()[code[:size]], code[size : size + 3]
    for group in sorted(_group_codes(), key=len, reverse=True):
        if code.startswith(group) and (len(group) > 3 or len(code) == len(group)):
            return group, code[len(group) : len(group) + 3]
    return code[:3], code[3:6]


@cache
def _igo_codes() -> frozenset[str]:
    index = load_actor_index()
    phoenix = {code for prefix, code in phoenix_to_ours().items() if prefix.startswith("IGO")}
    return frozenset(a.code for _, a in index.aliases() if a.kind == "organisation") | phoenix


def _keys(codes: list[str], full: bool, bare_igo: bool = False) -> Counter[str]:
    """Comparable keys of actor codes; ``bare_igo`` when the gold codes every
    intergovernmental organisation as plain "IGO" (PLOVER), so "UN" counts as "IGO"."""
    out: Counter[str] = Counter()
    for code in codes:
        root, sector = normalise(code)
        if bare_igo and root in _igo_codes():
            root = "IGO"
        out[root + sector if full else root] += 1
    return out


def _bare_igo(gold: list[GoldEvent]) -> bool:
    return any(normalise(c)[0] == "IGO" for e in gold for c in [*e.sources, *e.targets])


@dataclass
class Tally:
    """Counts accumulated over sentences; :meth:`figures` turns them into scores."""

    gold_events: int = 0
    predicted_events: int = 0
    sentences: int = 0
    type_right: int = 0
    type2021_right: int = 0
    cameo_gold: int = 0
    root_right: int = 0
    full_right: int = 0
    empty_predicted: int = 0
    empty_right: int = 0
    empty_gold: int = 0
    actor: dict[str, list[int]] = field(default_factory=dict)
    per_type: dict[str, list[int]] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)

    def _prf(self, key: str, tp: int, fp: int, fn: int) -> None:
        counts = self.actor.setdefault(key, [0, 0, 0])
        counts[0] += tp
        counts[1] += fp
        counts[2] += fn

    def _type(self, name: str, slot: int) -> None:
        self.per_type.setdefault(name, [0, 0, 0])[slot] += 1

    def add(self, gold: list[GoldEvent], predicted: list[Event]) -> None:
        self.sentences += 1
        self.gold_events += len(gold)
        self.predicted_events += len(predicted)
        if not predicted:
            self.empty_predicted += 1
            self.empty_right += int(not gold)
        self.empty_gold += int(not gold)
        bare = _bare_igo(gold)
        for role in ("source", "target"):
            for full in (False, True):
                g = _keys([c for e in gold for c in getattr(e, role + "s")], full)
                p = _keys([c for e in predicted for c in getattr(e, role + "s")], full, bare)
                tp = sum((g & p).values())
                key = f"{role}{'_full' if full else ''}"
                self._prf(key, tp, sum(p.values()) - tp, sum(g.values()) - tp)
        for g_event, p_event in align(gold, predicted):
            gold_type = gold_plover(g_event)
            pred_type = legacy_plover(p_event.cameo or "") if p_event else None
            row = self.confusion.setdefault(gold_type or "NONE", Counter())
            row[pred_type or "NONE"] += 1
            if gold_type and gold_type == pred_type:
                self.type_right += 1
                self._type(gold_type, 0)
            else:
                if gold_type:
                    self._type(gold_type, 2)
                if pred_type:
                    self._type(pred_type, 1)
            renames: dict[str, str] = rules()["legacy_to_2021"]
            if gold_type and p_event and renames.get(gold_type, gold_type) == p_event.plover:
                self.type2021_right += 1
            if g_event.cameo:
                self.cameo_gold += 1
                if p_event and p_event.cameo:
                    self.root_right += int(p_event.cameo[:2] == g_event.cameo[:2])
                    self.full_right += int(p_event.cameo == g_event.cameo)
        matched = {id(p) for _, p in align(gold, predicted) if p is not None}
        for event in predicted:
            if id(event) not in matched:
                extra = legacy_plover(event.cameo or "")
                if extra:
                    self._type(extra, 1)
                self.confusion.setdefault("NONE", Counter())[extra or "NONE"] += 1

    def figures(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        def f1(tp: int, fp: int, fn: int) -> float | None:
            return ratio(2 * tp, 2 * tp + fp + fn)

        type_f1 = {t: f1(*c) for t, c in sorted(self.per_type.items())}
        scored = [v for v in type_f1.values() if v is not None]
        figures: dict[str, Any] = {
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "plover_accuracy": ratio(self.type_right, self.gold_events),
            "plover_macro_f1": round(sum(scored) / len(scored), 4) if scored else None,
            "plover2021_accuracy": ratio(self.type2021_right, self.gold_events),
            "cameo_root_accuracy": ratio(self.root_right, self.cameo_gold),
            "cameo_full_accuracy": ratio(self.full_right, self.cameo_gold),
            "events_per_gold_event": ratio(self.predicted_events, self.gold_events),
            "no_event_precision": ratio(self.empty_right, self.empty_predicted),
            "no_event_recall": ratio(self.empty_right, self.empty_gold),
        }
        for key, (tp, fp, fn) in sorted(self.actor.items()):
            figures[f"{key}_f1"] = f1(tp, fp, fn)
        return {
            "figures": figures,
            "per_type_f1": type_f1,
            "confusion": {g: dict(c.most_common()) for g, c in sorted(self.confusion.items())},
        }


def gold_plover(event: GoldEvent) -> str | None:
    if event.plover:
        return event.plover
    return legacy_plover(event.cameo) if event.cameo else None


def _agreement(gold: GoldEvent, event: Event) -> int:
    score = 0
    gold_type = gold_plover(gold)
    if gold_type and gold_type == legacy_plover(event.cameo or ""):
        score += 4
    if gold.cameo and event.cameo and gold.cameo[:2] == event.cameo[:2]:
        score += 2
    for role in ("sources", "targets"):
        g = _keys(getattr(gold, role), False)
        p = _keys(getattr(event, role), False)
        score += int(bool(g & p))
    return score


def align(gold: list[GoldEvent], predicted: list[Event]) -> list[tuple[GoldEvent, Event | None]]:
    """Each gold event with its best still-free predicted event (or None)."""
    free = list(predicted)
    pairs: list[tuple[GoldEvent, Event | None]] = []
    for g_event in gold:
        best = max(free, key=lambda e: _agreement(g_event, e), default=None)
        if best is not None:
            free.remove(best)
        pairs.append((g_event, best))
    return pairs
