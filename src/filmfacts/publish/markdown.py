"""A "what we know so far" brief per work, in Markdown, with inline [n] citations and sources.

Citations are numbered per source document, in the order they are first cited. Article text
is untrusted: names and quotes are escaped so that they render as text, never as markup.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote

from ..models import Fact
from ..vocabulary import PROPERTIES, Modality, Status
from .common import Work, asserted, by_work, unique_sources

__all__ = ["md_escape", "render_markdown", "work_brief"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")
_SECTIONS = (
    ("Unconfirmed", lambda f: f.status in (Status.CURRENT, Status.HEDGED) and not asserted(f)),
    ("Disputed", lambda f: f.status == Status.DISPUTED),
    ("Changed", lambda f: f.status == Status.SUPERSEDED),
    ("Denied", lambda f: f.status == Status.DENIED),
)


def md_escape(text: str) -> str:
    """Text that Markdown renders literally: markup characters backslash-escaped, one line."""
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _value(f: Fact) -> str:
    text = md_escape(f.value)
    q = f.qualifiers
    if q.get("character"):
        text += f" as {md_escape(q['character'])}"
    extra = [md_escape(q[k]) for k in ("medium", "offer", "price", "region") if q.get(k)]
    if extra:
        text += f" ({', '.join(extra).replace('_', ' ')})"
    return text


class _Citations:
    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.sources: list = []

    def cite(self, f: Fact) -> str:
        marks = []
        for s in unique_sources(f):
            key = s.document_id or s.document
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
                self.sources.append(s)
            marks.append(f"[{self.numbers[key]}]")
        return "".join(sorted(set(marks), key=lambda m: int(m[1:-1])))


def _source_line(n: int, s, documents: Mapping[str, Mapping]) -> str:
    doc = documents.get(s.document_id) or {}
    title = md_escape(str(doc.get("title") or s.document))
    where = str(doc.get("source") or s.document)
    if where.startswith(("http://", "https://")):
        line = f"{n}. [{title}]({quote(where, safe=':/?#@!$&*+,;=%~-._')})"
    else:
        line = f"{n}. {title} ({md_escape(where)})"
    published = s.published or doc.get("published")
    return line + (f", published {md_escape(str(published))}" if published else "")


def work_brief(work: Work, documents: Mapping[str, Mapping] | None = None) -> str:
    """One work's brief: what is known, then what is unconfirmed, disputed, changed, denied."""
    documents = documents or {}
    cites = _Citations()
    kind = work.kind.replace("_", " ")
    lines = [f"# {md_escape(work.name)}: what we know so far", ""]
    known = [f for f in work.facts if asserted(f)]
    if known:
        lines += ["## Known", ""]
        for prop in PROPERTIES:
            facts = [f for f in known if f.property == prop]
            if facts:
                values = "; ".join(
                    _value(f) + (" (reported)" if f.modality == Modality.REPORTED else "")
                    + " " + cites.cite(f) for f in facts)
                lines.append(f"- **{PROPERTIES[prop].label}:** {values}")
        lines.append("")
    else:
        lines += [f"Nothing about this {kind} is confirmed yet.", ""]
    for title, wanted in _SECTIONS:
        facts = [f for f in work.facts if wanted(f)]
        if facts:
            lines += [f"## {title}", ""]
            for f in facts:
                what = f.modality if title == "Unconfirmed" else f.status
                if title == "Changed" and f.superseded_by and f.superseded_by != "denial":
                    what += f" by {md_escape(f.superseded_by)}"
                lines.append(f"- {PROPERTIES[f.property].label}: {_value(f)}, {what} {cites.cite(f)}")
            lines.append("")
    if cites.sources:
        lines += ["## Sources", ""]
        lines += [_source_line(n, s, documents) for n, s in enumerate(cites.sources, 1)]
        lines.append("")
    return "\n".join(lines)


def render_markdown(facts: Iterable[Fact], documents: Mapping[str, Mapping] | None = None) -> str:
    """Briefs for every work in ``facts``, separated by rules."""
    briefs = [work_brief(w, documents) for w in by_work(facts)]
    return "\n---\n\n".join(briefs)
