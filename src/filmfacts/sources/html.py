"""HTML pages: trafilatura for the text and metadata, htmldate for the publication date."""
from __future__ import annotations

import trafilatura
from htmldate import find_date
from trafilatura.utils import decode_file

from ..errors import SourceError
from ..models import Document, document_id
from .text import strip_boilerplate

__all__ = ["looks_like_html", "read_html"]

MIN_WORDS = 12  # less than this is a menu or a widget, not an article


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head


def _published(html: str, meta_date: str | None) -> str | None:
    try:
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:  # htmldate is best effort; a page without a date is still a page
        found = None
    return found or (meta_date[:10] if meta_date else None)


def read_html(data: bytes | str, source: str, url: str | None = None) -> Document:
    """One article page; raises SourceError when the page holds no article text."""
    html = decode_file(data) if isinstance(data, bytes) else data
    if not html.strip():
        raise SourceError(source, "empty input")
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                   favor_precision=True)
        if not text:  # short pages fall below the precision threshold: try once more for recall
            text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                       favor_recall=True)
        meta = trafilatura.extract_metadata(html, default_url=url)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise SourceError(source, f"malformed HTML ({type(exc).__name__}: {exc})") from None
    if not text or len(text.split()) < MIN_WORDS:
        raise SourceError(source, "no article text found in the HTML")
    body = strip_boilerplate(text)
    if not body:
        raise SourceError(source, "no article text after removing boilerplate")
    title = (meta.title if meta is not None else None) or body.split("\n", 1)[0][:200]
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Document(
        source=source, text=body, title=title,
        site=meta.sitename if meta is not None else None,
        author=meta.author if meta is not None else None,
        published=_published(html, meta.date if meta is not None else None), id=document_id(text),
    )
