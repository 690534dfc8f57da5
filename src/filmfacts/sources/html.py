"""HTML pages: trafilatura for the text and metadata, htmldate for the publication date."""
from __future__ import annotations

import trafilatura
from htmldate import find_date

from ..errors import SourceError
from ..models import Document, document_id
from .text import strip_boilerplate


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head


def read_html(data: bytes | str, source: str, url: str | None = None) -> Document:
    html = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    if not html.strip():
        raise SourceError(source, "empty input")
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                   favor_precision=True)
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise SourceError(source, f"malformed HTML ({type(exc).__name__}: {exc})") from None
    if not text or not text.strip():
        raise SourceError(source, "no article text found in the HTML")
    published = None
    try:
        published = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:  # htmldate is best effort; a page without a date is still a page
        published = None
    if not published and meta is not None and meta.date:
        published = meta.date[:10]
    title = (meta.title if meta is not None else None) or text.split("\n", 1)[0]
    body = strip_boilerplate(text)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Document(
        source=source, text=body, title=title,
        site=(meta.sitename if meta is not None else None),
        author=(meta.author if meta is not None else None),
        published=published, id=document_id(text),
    )
