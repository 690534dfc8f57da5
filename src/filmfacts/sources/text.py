"""Plain-text articles: decode, drop boilerplate, take the first line as the headline."""
from __future__ import annotations

import re

from ..errors import SourceError
from ..models import Document, document_id

# Lines that are never article prose: consent banners, affiliate notes, credits, widgets.
_NOISE_LINE = re.compile(
    r"""^\s*(?:
        .*\bcookies?\b.*\b(?:services|consent|agree|accept)\b.*
      | we\s+may\s+(?:receive|earn)\s+(?:a\s+)?(?:commission|affiliate).*
      | .*\b(?:affiliate\s+links?|commission\s+on\s+purchases)\b.*
      | \(?\s*(?:image|photo|picture|video)\s+(?:credit|courtesy|source)s?\s*[:\-–].*
      | (?:credit|photo|image)\s*:.*
      | an?\s+(?:image|photo|picture|still|screenshot)\s+(?:of|from)\b.*
      | leave\s+a\s+(?:comment|reply)\.?
      | (?:recent(?:ly)?\s+released|read\s+more|related|see\s+also|also\s+read|recommended
          |advertisement|sponsored(?:\s+content)?|sign\s+up|subscribe|share\s+this(?:\s+article)?
          |follow\s+us)\b\s*[:\-–]?.*
      | learn\s+more\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_ROLE = r"(?:editor|writer|journalist|contributor|reporter|correspondent|critic|freelancer|author)\b"
_BIO = re.compile(
    r"\b(?:is|was|has\s+been|serves\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}" + _ROLE
    + r"|^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}" + _ROLE,
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$")


def decode(data: bytes, source: str) -> str:
    """Bytes to text, refusing binary data and undecodable bytes with a clear reason."""
    if not data.strip():
        raise SourceError(source, "empty input")
    if b"\x00" in data[:8192]:
        raise SourceError(source, "binary data (NUL bytes), not text")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise SourceError(source, f"undecodable text ({exc.reason} at byte {exc.start})") from None
    if sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * len(text):
        raise SourceError(source, "undecodable text (not UTF-8 and not readable as Windows-1252)")
    return text


def strip_boilerplate(text: str) -> str:
    """Drop noise lines and a trailing author bio; keep paragraphs otherwise untouched."""
    lines = [ln for ln in text.splitlines() if not _NOISE_LINE.match(ln)]
    paragraphs = [p for p in "\n".join(lines).split("\n") if p.strip()]
    # An author bio closes many articles: a short name line, then "X is a ... writer at ...".
    while paragraphs and len(paragraphs) > 3:
        last = paragraphs[-1].strip()
        if _BIO.search(last) and len(last) < 900:
            paragraphs.pop()
            if paragraphs and _NAME_LINE.match(paragraphs[-1].strip()):
                paragraphs.pop()
            continue
        if _NAME_LINE.match(last) and len(last.split()) <= 4 and not last.endswith((".", "?", "!")):
            # a by-line left alone at the end
            paragraphs.pop()
            continue
        break
    return "\n\n".join(p.strip() for p in paragraphs)


def read_text(data: bytes, source: str) -> Document:
    raw = decode(data, source)
    text = strip_boilerplate(raw)
    if not text.strip():
        raise SourceError(source, "no article text after removing boilerplate")
    title = text.split("\n", 1)[0].strip()
    return Document(source=source, text=text, title=title[:300], id=document_id(raw))
