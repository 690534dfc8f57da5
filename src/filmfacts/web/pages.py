"""The HTML pages: server-rendered, working without JavaScript."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..publish.formats import FORMATS, render
from . import queries
from .api import DocId, EntityId
from .views import document_view, person_view, work_view

__all__ = ["router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
# the page's date field submits "as_of=" when left empty: that means today
AsOf = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD")]
PAGE = 25


def _page(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _pager(page: int, total: int) -> dict:
    return {"page": page, "pages": max(1, -(-total // PAGE)), "total": total}


@router.get("/")
def home(request: Request, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> HTMLResponse:
    store = request.app.state.store
    works, total = queries.works_page(store, PAGE, (page - 1) * PAGE)
    return _page(request, "home.html", works=works, pager=_pager(page, total), counts=store.counts())


@router.get("/search")
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
           page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> HTMLResponse:
    store = request.app.state.store
    hits, total = queries.search(store, q, PAGE, (page - 1) * PAGE) if q.strip() else ([], 0)
    return _page(request, "search.html", q=q, hits=hits, pager=_pager(page, total))


@router.get("/works/{work_id}")
def work(request: Request, work_id: EntityId, as_of: AsOf = None) -> HTMLResponse:
    view = work_view(request.app.state.store, work_id, as_of or None)
    if view is None:
        raise HTTPException(404, f"no work with id {work_id}")
    from ..publish.jsonld import render_jsonld

    ld = render_jsonld([fv.fact for fv in view.facts], {view.name: _absolute(request, f"/works/{work_id}")})
    return _page(request, "work.html", work=view, formats=list(FORMATS), jsonld=ld)


@router.get("/works/{work_id}/export.{fmt}", response_class=Response)
def export(request: Request, work_id: EntityId, fmt: str, as_of: AsOf = None) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(404, f"no export format {fmt!r} (one of: {', '.join(FORMATS)})")
    store = request.app.state.store
    view = work_view(store, work_id, as_of or None)
    if view is None:
        raise HTTPException(404, f"no work with id {work_id}")
    documents = queries.document_meta(store, view.document_ids)
    text = render(fmt, [fv.fact for fv in view.facts], documents,
                  {view.name: _absolute(request, f"/works/{work_id}")})
    slug = re.sub(r"[^a-z0-9]+", "-", view.name.lower()).strip("-") or f"work-{work_id}"
    spec = FORMATS[fmt]
    return Response(text, media_type=spec.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{slug}.{spec.suffix}"'})


@router.get("/people/{person_id}")
def person(request: Request, person_id: EntityId) -> HTMLResponse:
    view = person_view(request.app.state.store, person_id)
    if view is None:
        raise HTTPException(404, f"no person with id {person_id}")
    return _page(request, "person.html", person=view)


@router.get("/documents")
def documents(request: Request, page: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> HTMLResponse:
    rows, total = queries.documents_page(request.app.state.store, PAGE, (page - 1) * PAGE)
    return _page(request, "documents.html", documents=rows, pager=_pager(page, total))


@router.get("/documents/{document_id}")
def document(request: Request, document_id: DocId) -> HTMLResponse:
    view = document_view(request.app.state.store, document_id)
    if view is None:
        raise HTTPException(404, f"no document with id {document_id}")
    return _page(request, "document.html", view=view, doc=view.doc)


def _absolute(request: Request, path: str) -> str:
    return str(request.base_url).rstrip("/") + path
