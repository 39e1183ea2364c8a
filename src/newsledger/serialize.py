"""The analysis as JSON, schema ``newsledger/analysis@1`` (schema/analysis-1.json)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from newsledger.records import Analysis, to_jsonable

SCHEMA_ID = "newsledger/analysis@1"


@cache
def analysis_schema() -> dict[str, Any]:
    """The JSON Schema of the analysis document."""
    text = resources.files("newsledger.schema").joinpath("analysis-1.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """A JSON-able dict of ``analysis`` following the schema."""
    article = analysis.article
    published = article.published
    return {
        "schema": SCHEMA_ID,
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "text": article.text,
            "published": {
                "date": to_jsonable(published.date),
                "earliest": to_jsonable(published.earliest),
                "latest": to_jsonable(published.latest),
                "inferred": published.inferred,
            },
        },
        "sentences": to_jsonable(analysis.sentences),
        "mentions": to_jsonable(analysis.mentions),
        "claims": [
            {**to_jsonable(c), "source_chain": to_jsonable(c.source_chain)} for c in analysis.claims
        ],
        "attributions": to_jsonable(analysis.attributions),
        "times": to_jsonable(analysis.times),
        "events": to_jsonable(analysis.events),
        "flags": [
            {**to_jsonable(f), "evidence": [{"start": s, "end": e} for s, e in f.evidence]}
            for f in analysis.flags
        ],
    }


def validate_analysis(document: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``document`` does not follow the schema."""
    import jsonschema

    jsonschema.validate(document, analysis_schema())
