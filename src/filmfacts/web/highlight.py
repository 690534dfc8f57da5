"""Article text as HTML with each claim's evidence wrapped in <mark id="claim-N">.

The text is untrusted: every piece of it is escaped with markupsafe; only the marks are markup.
Spans over the same sentence nest; a span that crosses the end of an enclosing one is clipped
there, so the HTML always nests properly.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Span", "highlight", "locate"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    id: str
    title: str = ""
    classes: str = ""


def locate(text: str, start: int, end: int, sentence: str) -> tuple[int, int] | None:
    """Where a claim's evidence is in ``text``: its offsets when they hold the sentence (or when
    there is no sentence to check), else the sentence found in the text, else nowhere."""
    valid = 0 <= start < end <= len(text)
    if valid and (not sentence or text[start:end] == sentence):
        return start, end
    found = text.find(sentence) if sentence else -1
    if found >= 0:
        return found, found + len(sentence)
    return (start, end) if valid else None


def _open(span: Span) -> str:
    attrs = f' id="{escape(span.id)}"'
    if span.classes:
        attrs += f' class="{escape(span.classes)}"'
    if span.title:
        attrs += f' title="{escape(span.title)}"'
    return f"<mark{attrs}>"


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` escaped, with a <mark> for each span that lies within it."""
    ordered = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)),
                     key=lambda s: (s.start, -s.end, s.id))
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []

    def close_one() -> None:
        nonlocal pos
        end = open_ends.pop()
        out.append(str(escape(text[pos:end])) + "</mark>")
        pos = end

    for span in ordered:
        while open_ends and open_ends[-1] <= span.start:
            close_one()
        out.append(str(escape(text[pos:span.start])))
        pos = span.start
        end = min(span.end, open_ends[-1]) if open_ends else span.end
        out.append(_open(span))
        open_ends.append(end)
    while open_ends:
        close_one()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
