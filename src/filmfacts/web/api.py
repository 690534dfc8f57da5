"""The JSON API under /api/, mirroring the pages. Read-only unless started with a token."""
from __future__ import annotations

import hmac
import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import TypeAdapter, ValidationError

from ..publish.formats import FORMATS
from . import queries
from .ingest import ingest_body
from .schemas import (
    ERRORS,
    DocumentDetail,
    DocumentSummary,
    ErrorBody,
    IngestRecord,
    IngestResult,
    Page,
    PersonDetail,
    SearchPage,
    WorkDetail,
    WorkSummary,
)
from .views import document_view, person_view, work_view

__all__ = ["AsOf", "DocId", "EntityId", "ingest_router", "router"]

EntityId = Annotated[int, Path(ge=1, le=2_147_483_647, description="entity id")]
DocId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="document id")]
AsOf = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$",
                                   description="YYYY-MM-DD: what was known then")]
Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="items to skip")]

router = APIRouter(prefix="/api", tags=["read"], responses=ERRORS)


def store_of(request: Request):
    return request.app.state.store


@router.get("/works", response_model=Page[WorkSummary], summary="Works, most recently updated first")
def list_works(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict:
    rows, total = queries.works_page(store_of(request), limit, offset)
    items = [{"id": r["id"], "name": r["name"], "kind": r["subtype"] or "film", "claims": r["claims"],
              "documents": r["documents"], "last_said": r["last_said"], "url": f"/works/{r['id']}",
              "api_url": f"/api/works/{r['id']}"} for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/works/{work_id}", response_model=WorkDetail, summary="A work's fact sheet, every fact sourced")
def get_work(request: Request, work_id: EntityId, as_of: AsOf = None) -> dict:
    view = work_view(store_of(request), work_id, as_of)
    if view is None:
        raise HTTPException(404, f"no work with id {work_id}")
    exports = {name: f"/works/{work_id}/export.{name}" for name in FORMATS}
    return {**view.to_dict(), "exports": exports}


@router.get("/people/{person_id}", response_model=PersonDetail, summary="A person's credits across works")
def get_person(request: Request, person_id: EntityId) -> dict:
    view = person_view(store_of(request), person_id)
    if view is None:
        raise HTTPException(404, f"no person with id {person_id}")
    return view.to_dict()


@router.get("/documents", response_model=Page[DocumentSummary], summary="Ingested documents, newest first")
def list_documents(request: Request, limit: Limit = 20, offset: Offset = 0) -> dict:
    rows, total = queries.documents_page(store_of(request), limit, offset)
    items = [{"id": r["id"], "document": r["source"], "title": r["title"], "site": r["site"],
              "published": r["published"], "published_after": r["published_after"],
              "published_before": r["published_before"], "claims": r["claims"],
              "url": f"/documents/{r['id']}", "api_url": f"/api/documents/{r['id']}"} for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            summary="A document's text and every claim extracted from it")
def get_document(request: Request, document_id: DocId) -> dict:
    view = document_view(store_of(request), document_id)
    if view is None:
        raise HTTPException(404, f"no document with id {document_id}")
    return view.to_dict()


@router.get("/search", response_model=SearchPage, summary="Works by title and people by name")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    hits, total = queries.search(store_of(request), q, limit, offset)
    base = {"work": "works", "person": "people"}
    items = [{**h, "url": f"/{base[h['type']]}/{h['id']}", "api_url": f"/api/{base[h['type']]}/{h['id']}"}
             for h in hits]
    return {"query": q, "items": items, "total": total, "limit": limit, "offset": offset}


# -- writing: only when the app was started with a token ------------------------------------------
ingest_router = APIRouter(prefix="/api", tags=["write"], responses={
    **ERRORS, 401: {"model": ErrorBody, "description": "Missing or wrong token"},
    413: {"model": ErrorBody, "description": "Body too large"}})
_bearer = HTTPBearer(auto_error=False, description="the token the server was started with")
_RECORDS = TypeAdapter(IngestRecord | list[IngestRecord])
_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"anyOf": [
        IngestRecord.model_json_schema(), {"type": "array", "items": IngestRecord.model_json_schema()}]}},
    "text/plain": {"schema": {"type": "string", "minLength": 1}},
}}}


def require_token(request: Request,
                  credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    token = request.app.state.settings.api_token or ""
    given = credentials.credentials if credentials else ""
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid Bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@ingest_router.post("/ingest", response_model=IngestResult, openapi_extra=_BODY,
                    dependencies=[Depends(require_token)],
                    summary="Ingest articles: a text body, or JSON {url, title, published, text} records")
async def ingest(request: Request) -> dict:
    from starlette.concurrency import run_in_threadpool

    settings = request.app.state.settings
    size = request.headers.get("content-length", "")
    if size.isdigit() and int(size) > settings.max_bytes:
        raise HTTPException(413, f"body larger than {settings.max_bytes} bytes")
    body = await request.body()
    if len(body) > settings.max_bytes:
        raise HTTPException(413, f"body larger than {settings.max_bytes} bytes")
    records = None
    if request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json":
        try:
            parsed = _RECORDS.validate_python(json.loads(body))
        except json.JSONDecodeError as exc:
            raise HTTPException(422, f"body is not JSON ({exc.msg})") from None
        except ValidationError as exc:
            raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from None
        records = parsed if isinstance(parsed, list) else [parsed]
    elif not body.strip():
        raise HTTPException(422, "empty body: send an article's text or JSON records")
    return await run_in_threadpool(ingest_body, request.app.state.store, settings,
                                   request.app.state.ingest_lock, body, records)
