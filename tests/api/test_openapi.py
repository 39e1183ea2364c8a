"""Schemathesis against the live server's OpenAPI document, bounded to a few examples.

Every operation is called with generated (and deliberately invalid) requests; responses must
never be 5xx, must use documented status codes and content types, and must match their
schemas (the /analyze body against the analysis JSON Schema itself).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from live_server import Server
from schemathesis import GenerationMode, checks

# positive_data_acceptance is left out on purpose: a body that fits the schema (any string)
# may still be no article (only spaces, or binary), which the API refuses with 400 by design.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.negative_data_rejection,
]


# Driven through Hypothesis directly: schemathesis' pytest plugin does not load under pytest 9.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_openapi_document(
    server: Server, seed_id: str, mode: GenerationMode
) -> None:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        # Any bytes are a valid text/plain body, so invalid bodies only exist for the JSON one.
        negative_body = mode is GenerationMode.NEGATIVE and operation.method.upper() == "POST"
        media = "application/json" if negative_body else None

        @given(case=operation.as_strategy(generation_mode=mode, media_type=media))
        @settings(
            max_examples=6,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def call(case: Any) -> None:
            case.call_and_validate(headers=server.auth, checks=CHECKS)

        try:
            call()
        except Unsatisfiable:
            # An operation with no parameters and no body has no invalid request to make.
            assert mode is GenerationMode.NEGATIVE


def test_openapi_document_lists_every_route(server: Server) -> None:
    import httpx

    document = httpx.get(f"{server.url}/openapi.json").json()
    assert {
        "/analyze",
        "/articles",
        "/articles/{article_id}",
        "/events",
        "/stories",
        "/commitments",
        "/actors/{code}",
        "/timeline",
        "/health",
    } <= set(document["paths"])
    ok = document["paths"]["/analyze"]["post"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/Analysis"
    assert "bearer" in str(document["components"]["securitySchemes"]).lower()
