"""Later stages of a commitment and their lead times ("A formal decision could take days or
even weeks", "deployment would require months of coordination").

Recognises a stage noun from ``data/extract/stages.tsv`` in a sentence that also holds a
duration: the stage is pending and takes that long. Leaves alone stages with no duration and
durations with no stage: neither says anything about a commitment's progress.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from newsledger.data import load_lines
from newsledger.records import Step, TimeExpr


@cache
def stage_nouns() -> dict[str, str]:
    return dict(line.split("\t") for line in load_lines("extract/stages.tsv"))


def find_steps(sentence: Span, times: list[TimeExpr]) -> list[Step]:
    """Pending stages named in ``sentence`` with the durations the sentence gives them."""
    durations = [
        t
        for t in times
        if t.type == "DURATION" and sentence.start_char <= t.start < sentence.end_char
    ]
    if not durations:
        return []
    duration = " to ".join(t.value or t.text for t in durations)
    steps: list[Step] = []
    seen: set[str] = set()
    for token in sentence:
        stage = stage_nouns().get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if stage is None or stage in seen:
            continue
        seen.add(stage)
        steps.append(
            Step(
                stage=stage,
                status="pending",
                duration=duration,
                text=" ".join(t.text for t in durations),
                start=token.idx,
                end=token.idx + len(token.text),
            )
        )
    return steps
