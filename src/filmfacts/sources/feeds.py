"""RSS and Atom feeds: every entry becomes a document (its content, else its summary)."""
from __future__ import annotations

import html
import time
from collections.abc import Iterator
from xml.sax import SAXException

import feedparser
from trafilatura import html2txt

from ..errors import SourceError
from ..models import Document, document_id
from .html import read_html

__all__ = ["looks_like_feed", "read_feed"]


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096].lstrip().lower()
    if head.startswith(b"<?xml"):
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def _entry_html(title: str | None, body: str) -> str:
    t = html.escape(title or "")
    return f"<html><head><title>{t}</title></head><body><article><h1>{t}</h1>{body}</article></body></html>"


def _entry(entry: dict, where: str, site: str | None) -> Document | SourceError:
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    if not body.strip():
        return SourceError(where, "feed entry has no content")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", stamp) if stamp else None
    title = entry.get("title") or None
    try:
        doc = read_html(_entry_html(title, body), where, url=entry.get("link"))
    except SourceError:  # too short for trafilatura's article detection: keep the plain text
        text = html2txt(body) if "<" in body else body
        if not text.strip():
            return SourceError(where, "feed entry has no text")
        doc = Document(source=where, text=f"{title}\n\n{text}" if title else text, title=title,
                       id=document_id(text))
    doc.published = published or doc.published
    doc.title = title or doc.title
    doc.author = entry.get("author") or doc.author
    doc.site = site or doc.site
    return doc


def read_feed(data: bytes, source: str) -> Iterator[Document | SourceError]:
    """Each entry is named by its link (else ``source#N``) and dated by its published date.

    A feed that is not well-formed XML is reported once, after whatever entries could be read
    (an entry cut short by the breakage is part of that one report, not a second one).
    """
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"malformed feed ({parsed.get('bozo_exception')})" if parsed.bozo else "feed has no entries"
        yield SourceError(source, reason)
        return
    broken = parsed.bozo and isinstance(parsed.get("bozo_exception"), SAXException)
    site = parsed.feed.get("title")
    read = 0
    for n, entry in enumerate(parsed.entries, 1):
        item = _entry(entry, entry.get("link") or f"{source}#{n}", site)
        if isinstance(item, Document):
            read += 1
        elif broken:
            continue
        yield item
    if broken:
        reason = f"malformed feed ({parsed.bozo_exception})"
        if read:
            reason += f"; {read} of {len(parsed.entries)} entries read, later ones may be missing"
        yield SourceError(source, reason)
