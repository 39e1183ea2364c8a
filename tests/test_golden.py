"""The reviewed golden summary of the reference article's analysis.

A change in what newsledger finds in the reference article shows here as a diff to review.
After reviewing, regenerate with: NEWSLEDGER_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py
"""

import json
import os
from pathlib import Path
from typing import Any

from newsledger.records import Analysis

from support import seed_analysis

GOLDEN = Path(__file__).parent / "golden" / "seed-article.summary.json"


def summary(analysis: Analysis) -> dict[str, Any]:
    published = analysis.article.published
    return {
        "published": {
            "date": published.date and published.date.isoformat(),
            "earliest": published.earliest and published.earliest.isoformat(),
            "inferred": published.inferred,
        },
        "sentences": [[s.start, s.end, s.is_headline, s.repaired] for s in analysis.sentences],
        "mentions": [[m.text, m.kind, m.code, m.role] for m in analysis.mentions],
        "claims": [
            [c.sentence, c.certainty, c.checkable, [r.name for r in c.source_chain]]
            for c in analysis.claims
        ],
        "times": [[t.text, t.type, t.value] for t in analysis.times],
        "events": [
            {
                "plover": e.plover,
                "cameo": e.cameo,
                "sources": e.sources,
                "targets": e.targets,
                "status": e.status,
                "certainty": e.certainty,
                "quantity": e.quantity,
                "equipment": e.equipment,
                "conditions": e.conditions,
                "time": e.time.text,
                "steps": [[s.stage, s.status, s.duration] for s in e.next_steps],
            }
            for e in analysis.events
        ],
        "flags": [[f.kind, f.start, f.end] for f in analysis.flags],
    }


def test_reference_article_matches_the_reviewed_golden_summary():
    current = summary(seed_analysis())
    if os.environ.get("NEWSLEDGER_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n")
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == current
