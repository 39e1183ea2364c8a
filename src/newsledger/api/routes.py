"""The JSON API: analyse, ingest, and read the ledger back.

Every value from a request reaches SQL only as a bound parameter, through the store's
``EventFilter`` and lookups; routes never build SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials

from newsledger import __version__
from newsledger.api import views
from newsledger.api.auth import bearer, check_token
from newsledger.api.bodies import article_from_request, request_body_spec
from newsledger.api.errors import ApiError
from newsledger.api.service import Ledger
from newsledger.records import to_jsonable
from newsledger.serialize import analysis_to_json
from newsledger.store import EventFilter, Store

Json = dict[str, Any]
_ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": _ERROR_BODY}


# Every route may answer these; each is the JSON error body of newsledger.api.errors.
COMMON: dict[int | str, dict[str, Any]] = {
    422: _error("A parameter or field is invalid"),
    429: _error("Rate limit reached; see Retry-After"),
    503: _error("The store failed"),
    504: _error("The work took longer than the server's timeout"),
}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Bad input (empty, binary, undecodable or unparsable)"),
    413: _error("Request body over the size limit"),
}


def single_values(request: Request) -> None:
    """Every query parameter is a scalar: a repeated one is an error, not "the last wins"."""
    seen: set[str] = set()
    for key, _ in request.query_params.multi_items():
        if key in seen:
            raise ApiError(422, f"{key}: given more than once")
        seen.add(key)


def iso_day(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD parameter; numbers and other date spellings are refused."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name}: not a valid date (YYYY-MM-DD)") from None


router = APIRouter(responses=COMMON, dependencies=[Depends(single_values)])

ArticleId = Annotated[str, Path(min_length=1, max_length=2048, description="Content id or URL")]
Code = Annotated[
    str, Path(min_length=1, max_length=64, description="Actor code (ISO 3166 alpha-3 or group)")
]
_DAY = r"^\d{4}-\d{2}-\d{2}$"
Published = Annotated[
    str | None,
    Query(pattern=_DAY, description="Publication date (YYYY-MM-DD); inferred when absent"),
]
Url = Annotated[str | None, Query(max_length=2048, description="The article's URL")]
Certainty = Literal["asserted", "reported", "hedged", "speculative"]


def ledger(request: Request) -> Ledger:
    return request.app.state.ledger  # type: ignore[no-any-return]


def event_filter(
    request: Request,
    actor: Annotated[
        str | None, Query(max_length=256, description="Source actor code or name")
    ] = None,
    target: Annotated[
        str | None, Query(max_length=256, description="Target actor code or name")
    ] = None,
    plover: Annotated[str | None, Query(max_length=64, description="PLOVER event type")] = None,
    country: Annotated[
        str | None, Query(max_length=64, description="Location, source or target code")
    ] = None,
    date_from: Annotated[
        str | None, Query(pattern=_DAY, description="Events ending on or after (YYYY-MM-DD)")
    ] = None,
    date_to: Annotated[
        str | None, Query(pattern=_DAY, description="Events starting on or before (YYYY-MM-DD)")
    ] = None,
    min_certainty: Annotated[
        Certainty | None, Query(description="Keep events at least this certain")
    ] = None,
    min_corroboration: Annotated[int | None, Query(ge=1, le=10_000)] = None,
    article: Annotated[str | None, Query(max_length=2048, description="Article id")] = None,
    limit: Annotated[
        int, Query(ge=1, description="Page size (at most the server's maximum)")
    ] = 100,
    offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
) -> EventFilter:
    maximum = request.app.state.settings.page_limit_max
    if limit > maximum:
        raise ApiError(422, f"limit: at most {maximum}")
    return EventFilter(
        actor=actor,
        target=target,
        plover=plover,
        country=country,
        date_from=iso_day(date_from, "date_from"),
        date_to=iso_day(date_to, "date_to"),
        min_certainty=min_certainty,
        min_corroboration=min_corroboration,
        article=article,
        limit=limit,
        offset=offset,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]
Service = Annotated[Ledger, Depends(ledger)]


@router.get("/health", tags=["service"], summary="Liveness and store status")
async def health(service: Service) -> Json:
    def probe(store: Store) -> Json:
        return {
            "status": "ok",
            "version": __version__,
            "store": {
                "dialect": store.dialect,
                "schema_version": store.schema_version,
                "articles": store.counts()["articles"],
            },
        }

    return await service.read(probe)


@router.post(
    "/analyze",
    tags=["analysis"],
    summary="Analyse one article; nothing is stored",
    responses={**ERRORS, 200: {"description": "The analysis (newsledger/analysis@1)"}},
    openapi_extra=request_body_spec(),
)
async def analyze(
    request: Request, service: Service, published: Published = None, url: Url = None
) -> Json:
    article = await article_from_request(
        request, iso_day(published, "published"), url, request.app.state.settings.max_body_bytes
    )
    return analysis_to_json(await service.analyze(article))


@router.post(
    "/articles",
    tags=["ledger"],
    summary="Analyse and store one article (bearer token)",
    status_code=201,
    responses={
        **ERRORS,
        200: {"description": "Already stored (same text or URL)"},
        401: _error("Missing or invalid bearer token"),
    },
    openapi_extra=request_body_spec(),
)
async def ingest(
    request: Request,
    response: Response,
    service: Service,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    published: Published = None,
    url: Url = None,
) -> Json:
    check_token(request, credentials)
    article = await article_from_request(
        request, iso_day(published, "published"), url, request.app.state.settings.max_body_bytes
    )
    analysis = await service.analyze(article)
    created = await service.save(analysis)
    if not created:
        response.status_code = 200
    return {
        "id": analysis.article.id,
        "stored": created,
        "events": len(analysis.events),
        "claims": len(analysis.claims),
        "flags": len(analysis.flags),
        "links": {
            "self": f"/articles/{analysis.article.id}",
            "view": f"/articles/{analysis.article.id}/view",
        },
    }


@router.get("/articles", tags=["ledger"], summary="Stored articles, newest first")
async def list_articles(
    service: Service,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
) -> Json:
    items = await service.read(lambda s: s.list_articles(limit=limit, offset=offset))
    return {"items": items, "limit": limit, "offset": offset}


@router.get(
    "/articles/{article_id}",
    tags=["ledger"],
    summary="The stored analysis of one article",
    responses={404: _error("No such article")},
)
async def get_article(article_id: ArticleId, service: Service) -> Json:
    def fetch(store: Store) -> Json | None:
        return store.get_analysis(article_id) if store.has_article(article_id) else None

    found = await service.read(fetch)
    if found is None:
        raise ApiError(404, f"no stored article with id or URL {article_id!r}")
    return found


@router.get("/events", tags=["ledger"], summary="Stored events, filtered and paginated")
async def events(filters: Filters, service: Service) -> Json:
    assert filters.limit is not None
    # One row past the page tells whether a next page exists without counting everything.
    probe = EventFilter(**{**filters.__dict__, "limit": filters.limit + 1})
    rows = await service.read(lambda s: list(s.iter_events(probe)))
    more = len(rows) > filters.limit
    return {
        "items": rows[: filters.limit],
        "limit": filters.limit,
        "offset": filters.offset,
        "next_offset": filters.offset + filters.limit if more else None,
    }


@router.get("/timeline", tags=["corpus"], summary="Events in date order, per actor")
async def timeline(
    filters: Filters,
    service: Service,
    involving: Annotated[
        str | None, Query(max_length=64, description="Actor code as source or target")
    ] = None,
) -> Json:
    return await service.read(lambda s: views.timeline(s, filters, involving))


@router.get(
    "/actors/{code}",
    tags=["corpus"],
    summary="One actor: its events, partners and event types",
    responses={404: _error("Unknown actor with no events")},
)
async def actor(code: Code, service: Service) -> Json:
    found = await service.read(lambda s: views.actor_summary(s, code))
    if found is None:
        raise ApiError(404, f"no actor {code!r} in the actor data or the stored events")
    return found


@router.get("/graph", tags=["corpus"], summary="Actors linked by the events between them")
async def graph(filters: Filters, service: Service) -> Json:
    unpaged = EventFilter(**{**filters.__dict__, "limit": None, "offset": 0})
    return await service.read(lambda s: views.actor_graph(s.iter_events(unpaged)))


@router.get("/commitments", tags=["corpus"], summary="Pledges and their status history")
async def commitments(service: Service) -> Json:
    return await service.read(views.commitments)


@router.get("/stories", tags=["corpus"], summary="Stored articles clustered into stories")
async def stories(service: Service, limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> Json:
    analyses = await service.read(lambda s: views.stored_analyses(s, limit))
    clustered = await service.compute(lambda: views.cluster(analyses), "story clustering")
    titles = {a.article.id: a.article.title for a in analyses}
    return {
        "items": [
            {**to_jsonable(story), "titles": [titles.get(a) for a in story.articles]}
            for story in clustered
        ]
    }
