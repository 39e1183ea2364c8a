"""The web pages: static HTML shells whose scripts fetch the JSON API and build the DOM.

No page is rendered with request data on the server: each page file is put into the shared
layout once and then served as it is, and the scripts only ever set ``textContent`` and
attributes, so article text containing markup stays text.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

pages = APIRouter(include_in_schema=False)


_TITLE = re.compile(r"<!-- title: (.+) -->\n")


def _read(name: str) -> str:
    return resources.files("newsledger.api").joinpath("templates", name).read_text("utf-8")


@cache
def template(name: str) -> str:
    """The page ``name`` inside ``_layout.html`` (the head and navigation every page shares).

    A page file holds only its body, after a first line ``<!-- title: ... -->``; its script
    is ``/static/<page>.js``.
    """
    page = _read(name)
    title = _TITLE.match(page)
    if title is None:
        raise ValueError(f"template {name} does not start with <!-- title: ... -->")
    return _read("_layout.html").format(
        title=title.group(1),
        script=name.removesuffix(".html") + ".js",
        body=page[title.end() :],
    )


def _page(name: str) -> HTMLResponse:
    return HTMLResponse(template(name), headers={"cache-control": "no-store"})


@pages.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse("/ui/articles")


@pages.get("/ui/articles")
async def articles_page() -> HTMLResponse:
    return _page("articles.html")


@pages.get("/ui/paste")
async def paste_page() -> HTMLResponse:
    return _page("article.html")


@pages.get("/articles/{article_id}/view")
async def article_page(article_id: str) -> HTMLResponse:
    return _page("article.html")


@pages.get("/ui/timeline")
async def timeline_page() -> HTMLResponse:
    return _page("timeline.html")


@pages.get("/ui/graph")
async def graph_page() -> HTMLResponse:
    return _page("graph.html")


@pages.get("/ui/commitments")
async def commitments_page() -> HTMLResponse:
    return _page("commitments.html")


def install_pages(app: FastAPI) -> None:
    app.include_router(pages)
    app.mount("/static", StaticFiles(packages=[("newsledger.api", "static")]), name="static")
