"""JSON Lines of {url, title, published, text}: one article a line, named by its url."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..errors import SourceError
from ..models import Document, document_id
from .text import strip_boilerplate

__all__ = ["iso_date", "read_jsonl"]


def iso_date(value: object) -> str | None:
    """``value`` as YYYY-MM-DD when it is an ISO 8601 or RFC 2822 date (or date-time); else None."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _document(rec: dict, where: str) -> Document | SourceError:
    raw = rec.get("text")
    if not isinstance(raw, str) or not raw.strip():
        return SourceError(where, "record has no 'text'")
    text = strip_boilerplate(raw)
    if not text:
        return SourceError(where, "no article text after removing boilerplate")
    title = str(rec["title"]).strip() if rec.get("title") else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(
        source=str(rec.get("url") or where), text=text, title=title or text.split("\n", 1)[0][:200],
        site=rec.get("site"), author=rec.get("author"), published=iso_date(rec.get("published")),
        id=document_id(raw),
    )


def read_jsonl(data: str, source: str) -> Iterator[Document | SourceError]:
    """One document per line; a bad line is reported as ``source:LINE`` and the rest go on.

    A file where no line at all is a JSON object is one error, not one per line.
    """
    held: list[SourceError] = []  # bad lines held back until one line proves this is JSON Lines
    proven = False
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            at = "" if exc.msg.endswith(" at") else " at"
            err = SourceError(where, f"malformed JSON ({exc.msg}{at} column {exc.colno})")
        else:
            if isinstance(rec, dict):
                if not proven:
                    proven = True
                    yield from held
                yield _document(rec, where)
                continue
            err = SourceError(where, f"not a JSON object ({type(rec).__name__})")
        if proven:
            yield err
        else:
            held.append(err)
    if len(held) == 1 and not proven:
        yield held[0]
    elif held and not proven:
        first = held[0]
        yield SourceError(source, f"not JSON Lines: no line is a JSON object ({len(held)} bad lines; "
                                  f"line {first.source.rsplit(':', 1)[1]}: {first.reason})")
