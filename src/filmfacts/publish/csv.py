"""Facts as CSV, one row a fact with its qualifiers in columns and its sources joined.

Cells that a spreadsheet would read as a formula (=, +, -, @ first) are prefixed with an
apostrophe: article text is untrusted.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..models import Fact

__all__ = ["COLUMNS", "render_csv"]

QUALIFIERS = ("character", "medium", "region", "offer", "price")
COLUMNS = ("subject", "subject_kind", "property", "value", *QUALIFIERS, "status", "modality",
           "confidence", "first_said", "last_said", "sources", "documents")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(facts: Iterable[Fact]) -> str:
    """CSV text (header, then one row a fact), lines ending with \\n."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for f in facts:
        documents = list(dict.fromkeys(s.document for s in f.sources))
        row = [f.subject, f.subject_kind, f.property, f.value, *(f.qualifiers.get(q) for q in QUALIFIERS),
               f.status, f.modality, f"{f.confidence:.3f}", f.first_said, f.last_said, len(documents),
               " | ".join(documents)]
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()
