"""Web pages and feeds fetched by URL with httpx."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx

from ..errors import SourceError
from ..models import Document
from .feeds import looks_like_feed, read_feed
from .html import read_html


def fetch(url: str, timeout: float, max_bytes: int) -> bytes:
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout,
                          headers={"User-Agent": "filmfacts/0.1"}) as client:
            resp = client.get(url)
    except httpx.HTTPError as exc:
        raise SourceError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
    if resp.status_code >= 400:
        raise SourceError(url, f"HTTP {resp.status_code}")
    if len(resp.content) > max_bytes:
        raise SourceError(url, f"too large ({len(resp.content)} bytes > {max_bytes})")
    return resp.content


def read_url(url: str, timeout: float, max_bytes: int) -> Iterator[Document | SourceError]:
    try:
        data = fetch(url, timeout, max_bytes)
    except SourceError as err:
        yield err
        return
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if looks_like_feed(data):
        for item in read_feed(data, url):
            if isinstance(item, Document):
                item.retrieved = now
            yield item
        return
    try:
        doc = read_html(data, url, url=url)
    except SourceError as err:
        yield err
        return
    doc.retrieved = now
    yield doc
