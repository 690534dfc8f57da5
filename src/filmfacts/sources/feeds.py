"""RSS and Atom feeds: every entry becomes a document (its content, else its summary)."""
from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from ..errors import SourceError
from ..models import Document, document_id
from .html import read_html


def looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower()) \
        or head.startswith((b"<rss", b"<feed"))


def read_feed(data: bytes, source: str) -> Iterator[Document | SourceError]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield SourceError(source, f"malformed feed ({parsed.get('bozo_exception')})")
        return
    for n, entry in enumerate(parsed.entries, 1):
        where = entry.get("link") or f"{source}#{n}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        if not body.strip():
            yield SourceError(where, "feed entry has no content")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = time.strftime("%Y-%m-%d", stamp)
        title = entry.get("title")
        html = f"<html><head><title>{title or ''}</title></head><body><article><h1>{title or ''}</h1>{body}</article></body></html>"
        try:
            doc = read_html(html, where, url=entry.get("link"))
        except SourceError:
            yield Document(source=where, text=f"{title}\n\n{body}" if title else body, title=title,
                           published=published, id=document_id(body))
            continue
        doc.published = published or doc.published
        doc.title = title or doc.title
        doc.author = entry.get("author") or doc.author
        doc.site = parsed.feed.get("title") or doc.site
        yield doc
