"""Facts and documents as JSON Lines, exactly as DESIGN.md specifies (read by the scorer)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..models import Fact


def fact_lines(facts: Iterable[Fact]) -> Iterator[str]:
    for f in facts:
        d = f.to_dict()
        yield json.dumps({
            "subject": d["subject"], "subject_kind": d["subject_kind"], "property": d["property"],
            "value": d["value"], "qualifiers": d["qualifiers"], "status": d["status"],
            "modality": d["modality"], "confidence": d["confidence"], "sources": d["sources"],
        }, ensure_ascii=False)


def document_lines(documents: Iterable[dict]) -> Iterator[str]:
    for d in documents:
        yield json.dumps({
            "document": d["source"], "title": d.get("title"), "published": d.get("published"),
            "published_after": d.get("published_after"), "published_before": d.get("published_before"),
            "dating_evidence": d.get("dating_evidence"),
        }, ensure_ascii=False)
