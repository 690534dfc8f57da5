"""Extraction: one document in, claims with evidence out. One module per fact family."""
from __future__ import annotations

from ..models import Claim, Document


def extract_document(doc: Document, model: str | None = None) -> list[Claim]:
    return []
