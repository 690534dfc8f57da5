"""JSON Lines of {url, title, published, text}: one article a line."""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import SourceError
from ..models import Document, document_id
from .text import strip_boilerplate


def read_jsonl(data: str, source: str) -> Iterator[Document | SourceError]:
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"malformed JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict) or not str(rec.get("text") or "").strip():
            yield SourceError(where, "record has no 'text'")
            continue
        text = strip_boilerplate(str(rec["text"]))
        title = rec.get("title")
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        published = rec.get("published")
        yield Document(
            source=str(rec.get("url") or where), text=text, title=title or text.split("\n", 1)[0],
            site=rec.get("site"), author=rec.get("author"),
            published=str(published)[:10] if published else None, id=document_id(str(rec["text"])),
        )
