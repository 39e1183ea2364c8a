"""Repaired splits: sentences the source broke across paragraphs and the segmenter rejoined."""

from __future__ import annotations

from newsledger.records import Flag, Sentence


def check_repaired_splits(text: str, sentences: list[Sentence]) -> list[Flag]:
    flags = []
    for sentence in sentences:
        if not sentence.repaired:
            continue
        raw = text[sentence.start : sentence.end]
        cut = next((i for i, ch in enumerate(raw) if ch == "\n"), 0)
        before = raw[:cut].split()[-2:] if cut else []
        flags.append(
            Flag(
                kind="repaired_split",
                message=(
                    "the source split this sentence across paragraphs"
                    + (f' after "{" ".join(before)}"' if before else "")
                    + "; it was rejoined"
                ),
                start=sentence.start,
                end=sentence.end,
                evidence=[(sentence.start + cut, sentence.start + cut + 1)] if cut else [],
            )
        )
    return flags
