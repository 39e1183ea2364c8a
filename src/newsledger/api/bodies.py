"""Request bodies of POST /analyze and POST /articles: raw text or HTML, or a JSON object.

The same article checks as the CLI apply (size, encoding, binary, empty), through
``article_from_bytes``; HTML is recognised by its first tag whatever the Content-Type says.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsledger.api.errors import ApiError
from newsledger.ingest.text import article_from_bytes
from newsledger.records import Article


class ArticleIn(BaseModel):
    """An article as JSON: its text (plain or HTML) and what the text does not say."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article: plain text (headline first) or an HTML page.")
    published: date | None = Field(
        default=None, description="Publication date; inferred from the text when absent."
    )
    url: str | None = Field(default=None, max_length=2048, description="Where it was published.")
    outlet: str | None = Field(default=None, max_length=256, description="The publisher.")


def request_body_spec() -> dict[str, Any]:
    """The OpenAPI requestBody shared by both routes."""
    text = {"schema": {"type": "string", "minLength": 1}}
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "text/plain": text,
                "text/html": text,
            },
        }
    }


async def article_from_request(
    request: Request, published: date | None, url: str | None, max_bytes: int
) -> Article:
    raw = await request.body()
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            payload = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"request body is not valid JSON: {exc}") from None
        except RecursionError:
            raise ApiError(400, "request body is not valid JSON: nested too deeply") from None
        try:
            given = ArticleIn.model_validate(payload)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "body"
            raise ApiError(422, f"{where}: {first['msg']}") from None
        try:
            raw = given.text.encode("utf-8")
        except UnicodeEncodeError:
            # JSON can carry a lone surrogate ("\ud800"): valid JSON, not text.
            raise ApiError(400, "text: not valid Unicode (lone surrogate)") from None
        published = given.published or published
        url = given.url or url
        return article_from_bytes(
            raw,
            name="request",
            max_bytes=max_bytes,
            published=published,
            url=url,
            outlet=given.outlet,
        )
    return article_from_bytes(
        raw, name="request", max_bytes=max_bytes, published=published, url=url
    )
