"""The OpenAPI document, with the analysis JSON Schema as the /analyze response.

The analysis schema keeps its own ``$defs``; inside OpenAPI they become components and the
``$ref`` pointers are rewritten, so clients (and schemathesis) validate /analyze output against
the very schema ``newsledger/analysis@1`` publishes.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from newsledger.serialize import analysis_schema

_PREFIX = "Analysis_"
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
            },
        }
    },
}


def _components_schema() -> dict[str, dict[str, Any]]:
    schema = json.loads(json.dumps(analysis_schema()))
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    text = json.dumps({"Analysis": schema, **{_PREFIX + k: v for k, v in defs.items()}})
    text = text.replace('"#/$defs/', f'"#/components/schemas/{_PREFIX}')
    return json.loads(text)  # type: ignore[no-any-return]


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(_components_schema())
        schemas["Error"] = ERROR_SCHEMA
        # FastAPI documents its own validation body for 422; ours is the common error body.
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        for operation in (op for path in document["paths"].values() for op in path.values()):
            if "422" in operation.get("responses", {}):
                operation["responses"]["422"] = {
                    "description": "A parameter or field is invalid",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
        ok = document["paths"]["/analyze"]["post"]["responses"]["200"]
        ok["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Analysis"}}}
        app.openapi_schema = document
        return document

    app.openapi = build  # type: ignore[method-assign]
