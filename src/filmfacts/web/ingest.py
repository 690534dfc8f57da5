"""POST /api/ingest: articles sent to the API go through the same readers, pipeline and store
as `filmfacts ingest`.

A text body is read like a file (plain text, HTML or a feed, sniffed); JSON is one record
{url, title, published, text} or a list of them, read like a JSON Lines file.
"""
from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

from ..errors import SourceError
from ..settings import Settings
from ..sources import read_bytes
from ..store import Store
from .schemas import IngestRecord

__all__ = ["ingest_body"]


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def ingest_body(store: Store, settings: Settings, lock: threading.Lock, body: bytes,
                records: list[IngestRecord] | None) -> dict:
    """Store what the request carries; returns the counts, failures and stored document ids.

    ``records`` are the validated JSON records, or None when ``body`` is an article's text.
    """
    from .. import pipeline  # loads the extraction models: only when something is ingested

    if records is None:
        items = read_bytes(body, f"api-{_stamp()}.txt", settings.max_bytes)
    else:
        lines = "\n".join(json.dumps(r.model_dump(), ensure_ascii=False) for r in records)
        items = read_bytes(lines.encode("utf-8"), f"api-{_stamp()}.jsonl", settings.max_bytes)
    result: dict = {"new": 0, "unchanged": 0, "claims": 0, "failed": [], "documents": []}
    retrieved = datetime.now(UTC).isoformat(timespec="seconds")
    for item in items:
        if isinstance(item, SourceError):
            result["failed"].append({"source": item.source, "reason": item.reason})
            continue
        if store.has_document(item.id):
            result["unchanged"] += 1
            continue
        item.retrieved = item.retrieved or retrieved
        try:
            doc, claims = pipeline.process(item, settings.model)
        except Exception as exc:  # one bad article must not stop the others
            result["failed"].append({"source": item.source,
                                     "reason": f"extraction failed ({type(exc).__name__}: {exc})"})
            continue
        with lock:  # the resolver's memory of known names is shared by every request
            if store.has_document(doc.id):
                result["unchanged"] += 1
                continue
            n = store.add_document(doc, claims)
        result["new"] += 1
        result["claims"] += n
        result["documents"].append(doc.id)
    return result
