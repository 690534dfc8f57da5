"""The shapes of the JSON API (they make its OpenAPI description), and its one error shape."""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status code")
    message: str = Field(description="what went wrong, in one line")


class ErrorBody(BaseModel):
    """Every API error (401, 404, 405, 413, 422, 500…) has this shape."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in ((404, "Not found"), (422, "Invalid parameters"), (500, "Server error"))
}


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="items in all pages")
    limit: int
    offset: int


class WorkSummary(BaseModel):
    id: int
    name: str
    kind: str
    claims: int
    documents: int
    last_said: str | None = Field(description="when a source last spoke of the work")
    url: str
    api_url: str


class SourceOut(BaseModel):
    claim_id: int
    document_id: str
    document: str = Field(description="file name or URL of the source")
    title: str | None
    said_on: str | None
    quote: str
    modality: str
    cited: str | None
    evidence_url: str = Field(description="the sentence highlighted on its document page")


class FactOut(BaseModel):
    property: str
    label: str
    value: str
    value_id: int | None
    value_url: str | None
    qualifiers: dict[str, Any]
    status: str
    modality: str
    confidence: float
    first_said: str | None
    last_said: str | None
    note: str | None = Field(description="why the status, e.g. what superseded the value")
    superseded_by: str | None
    sources: list[SourceOut]


class WorkDetail(BaseModel):
    id: int
    name: str
    kind: str
    aliases: list[str]
    as_of: str | None
    url: str
    exports: dict[str, str]
    facts: list[FactOut]


class CreditOut(BaseModel):
    work: str
    work_id: int | None
    work_kind: str
    work_url: str | None
    property: str
    label: str
    qualifiers: dict[str, Any]
    status: str
    modality: str
    confidence: float
    first_said: str | None
    last_said: str | None
    note: str | None
    superseded_by: str | None
    sources: list[SourceOut]


class PersonDetail(BaseModel):
    id: int
    name: str
    kind: str
    aliases: list[str]
    url: str
    credits: list[CreditOut]


class DocumentSummary(BaseModel):
    id: str
    document: str
    title: str | None
    site: str | None
    published: str | None
    published_after: str | None
    published_before: str | None
    claims: int
    url: str
    api_url: str


class ClaimOut(BaseModel):
    id: int
    subject: str
    subject_id: int | None
    subject_kind: str
    property: str
    value: str
    qualifiers: dict[str, Any]
    modality: str
    cited: str | None
    sentence: str
    start: int
    end: int
    extractor: str
    said_on: str | None
    evidence_url: str


class DocumentDetail(BaseModel):
    id: str
    document: str
    title: str | None
    site: str | None
    author: str | None
    published: str | None
    published_after: str | None
    published_before: str | None
    dating_evidence: str | None
    retrieved: str | None
    ingested: str | None
    url: str
    text: str
    claims: list[ClaimOut]


class SearchHit(BaseModel):
    type: Literal["work", "person"]
    id: int
    name: str
    kind: str
    url: str
    api_url: str


class SearchPage(Page[SearchHit]):
    query: str


class IngestRecord(BaseModel):
    url: str | None = Field(None, max_length=2000, description="where the article was published")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=32, description="ISO date")
    text: str = Field(min_length=1)


class IngestFailure(BaseModel):
    source: str
    reason: str


class IngestResult(BaseModel):
    new: int
    unchanged: int
    claims: int
    failed: list[IngestFailure]
    documents: list[str] = Field(description="ids of the documents stored by this request")
