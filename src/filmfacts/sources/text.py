"""Plain-text articles: decode, drop boilerplate, take the first line as the headline."""
from __future__ import annotations

import re

from ..errors import SourceError
from ..models import Document, document_id

__all__ = ["byline_author", "decode", "headline", "read_text", "strip_boilerplate"]

# Lines that are never article prose, whatever follows them: consent banners, affiliate and
# price notes, comment, share and newsletter widgets, advertising markers.
_NOISE_LINE = re.compile(
    r"""^\s*(?:
        .*\b(?:use|uses|using|use\s+of|accept|allow|enable|store|stores|set|sets)\s+(?:\w+\s+){0,2}cookies\b.*
      | .*\bcookies?\s+(?:help|policy|settings|preferences|notice|consent
                        |to\s+(?:improve|personali[sz]e|give|provide|ensure|analy[sz]e|deliver))\b.*
      | .*\b(?:by\s+continuing\s+to\s+(?:use|browse)|(?:keep|continue)\s+browsing
             |(?:small\s+)?(?:files|data)\s+on\s+your\s+(?:device|computer|browser))\b.*
      | .*\b(?:may|might|will|could)\s+(?:receive|earn|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?
          (?:commission|share\s+of\s+(?:sales|revenue)|compensation)\b.*
      | .*\b(?:affiliate\s+(?:links?|commission|partnerships?)|commission\s+on\s+purchases
             |qualifying\s+purchases|(?:buy|shop|purchase)\s+through\s+(?:our\s+)?links)\b.*
      | .*\bprices?\b.{0,40}\b(?:correct|accurate)\s+(?:at|as\s+of)\s+the\s+time\s+of
          \s+(?:writing|publishing|publication)\b.*
      | (?:disclosure|disclaimer)\s*:.*
      | (?:tagged(?:\s+(?:as|with|in))?|tags|filed\s+(?:under|in)|categor(?:y|ies)|posted\s+in|topics)\s*:.*
      | showing\s+posts\s+(?:with\s+label|for\s+query)\b.*
      | an?\s+(?:image|photo|picture|still|screenshot|poster)\s+(?:of|from|showing)\b.*
      | (?:leave\s+a\s+(?:comment|reply)|(?:\d+\s+)?comments?|post\s+a\s+comment|add\s+a\s+comment)\.?
      | (?:recent(?:ly)?\s+released|read\s+(?:more|next|also)|more\s+from\s+[\w\s.'’-]{1,40}
          |related(?:\s+(?:articles?|stories|posts?|news|content|reading|coverage))?|see\s+also
          |also\s+(?:read|see)|recommended(?:\s+(?:for\s+you|reading|videos?))?|trending(?:\s+now)?
          |you\s+(?:may|might)\s+also\s+like|don['’]t\s+miss|watch\s+(?:now|next)|up\s+next
          |advertisement|sponsored(?:\s+content)?)\s*(?:[:|»>–—-].*)?
      | (?:read\s+more|click\s+here|sign\s+up|subscribe|share\s+(?:this|on)|follow\s+us|join\s+our
          |get\s+our\s+newsletter)\b.{0,120}
      | .{0,80}\b(?:subscribe|sign\s+up)\b.{0,60}\bnewsletters?\b.{0,80}
      | (?:learn|read|see|show)\s+more\.?
      | (?:advertisement\s*[-–—]?\s*)?scroll\s+(?:down\s+)?to\s+(?:continue|keep\s+reading).*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Picture credits. A short line just above one is the picture's caption.
_CREDIT_LINE = re.compile(
    r"""^\s*(?:
        \(?\s*(?:image|photo|picture|video|header|featured\s+image)\s+(?:credit|courtesy|source)s?\b.*
      | (?:credit|photo|image|picture)\s*:.*
      | \(?\s*(?:photo|image|picture)s?\s+(?:by|via|from)\s+.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A bare label over a list of links to other articles ("Related Stories", "If you liked this, try").
_LINKS_HEADER = re.compile(
    r"""^\s*(?:related(?:\s+\w+)?|read\s+(?:more|next|also)|more\s+(?:from\s+.{1,40}|like\s+this|stories|news)
      |recommended(?:\s+\w+){0,2}|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|see\s+also|also\s+read
      |if\s+you\s+(?:liked|like|enjoyed)\s+this.{0,30}|trending(?:\s+now)?|(?:most\s+)?popular(?:\s+now)?
      |most\s+read)\s*:?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _short_line(line: str) -> bool:
    """A line that reads like a headline or caption: a few words, no full stop at the end."""
    return len(line.split()) <= 16 and not line.rstrip().endswith((".", "!", ":"))


def _caption(line: str) -> bool:
    """A picture caption: a short description in sentence case ("Two actors on a pier at dusk").

    Headings are short too, but are a word or two, or mostly capitalised.
    """
    words = line.split()
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return 5 <= len(words) <= 30 and _short_line(line) and capitalised * 2 < len(words)


# An author bio closes many articles: "NAME is a staff writer at OUTLET ...", perhaps after a
# by-line of its own. Prose about a filmmaker can look alike ("X is an Oscar-winning writer"),
# so a bio must also carry a second sign of being about the article's author.
_ROLE = (r"(?i:editor|writer|journalist|contributor|reporter|correspondent|critic|freelancer|author"
         r"|columnist|blogger|producer|intern)s?\b")
_BIO_ROLE = re.compile(
    r"^(?:about\s+the\s+author\s*:?\s*)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},?\s+"
    r"(?:is|was|has\s+been|serves\s+as|works\s+as|joined\s+[\w\s]{1,40}\s+as)?\s*(?:an?|the)?\s*"
    r"(?:[\w'’-]+\s+){0,5}" + _ROLE,
)
_BIO_SIGN = re.compile(
    r"\b(?:(?:writer|editor|reporter|critic|contributor|correspondent|columnist|journalist)s?\s+"
    r"(?:at|for|with)\b|lives?\s+in|based\s+in|when\s+(?:s?he|they)\s*(?:'s|’s|is|are|isn['’]t|aren['’]t)?"
    r"\s*not|when\s+not\b|follow\s+(?:him|her|them)|(?:his|her|their)\s+(?:work|writing)\b.{0,60}\bappeared"
    r"|has\s+(?:been\s+)?(?:writ|cover)\w*\s+(?:about|for)|covering\b|you\s+can\s+(?:find|reach)"
    r"|@\w+|\bemail\b|joined\s+the\s+(?:site|team|staff))",
    re.IGNORECASE,
)
_ABOUT_AUTHOR = re.compile(r"^\s*(?:about\s+the\s+author|author\s+bio)\s*:?\s*$", re.IGNORECASE)
_NAME_LINE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$")
# "By Dana Whitlock": the author. A by-line with a date stays in the text (it dates the article).
_BYLINE = re.compile(r"^\s*(?i:by|written\s+by|posted\s+by)\s+"
                     r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:\s*[|,–—-]\s*.{0,80})?\s*$")

_MAGIC = {b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive or Office document",
          b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
          b"\x1f\x8b": "gzip data", b"BZh": "bzip2 data", b"\x7fELF": "executable",
          b"SQLite format 3": "SQLite database", b"RIFF": "RIFF media", b"ID3": "MP3 audio"}


def decode(data: bytes, source: str) -> str:
    """Bytes to text, refusing empty, binary and undecodable input with a clear reason."""
    if not data.strip():
        raise SourceError(source, "empty input")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise SourceError(source, f"binary data ({what}), not text")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(source, "undecodable text (broken UTF-16)") from None
    if b"\x00" in data[:8192]:
        raise SourceError(source, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise SourceError(source, f"undecodable text (not UTF-8, and byte 0x{data[exc.start]:02x} at "
                                  f"offset {exc.start} is not Windows-1252)") from None
    if sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * len(text):
        raise SourceError(source, "undecodable text (not UTF-8 and not readable as Windows-1252)")
    return text


def _is_bio(paragraph: str, previous: str, author: str | None) -> bool:
    """A paragraph about the article's author: role words plus a second sign (the by-line's name,
    the name on the line above, or phrases such as "writer at", "lives in")."""
    if len(paragraph) > 900 or not _BIO_ROLE.search(paragraph):
        return False
    first = paragraph.split()[0]
    named_above = bool(_NAME_LINE.match(previous)) and first in previous
    return named_above or bool(author and paragraph.startswith(author)) or bool(_BIO_SIGN.search(paragraph))


def _noise(line: str) -> bool:
    by = _BYLINE.match(line)
    return bool(_NOISE_LINE.match(line)) or bool(by and not any(ch.isdigit() for ch in line))


_LABEL_END = re.compile(r"\b(?:Cast|Starring|Stars|Directors?|Writers?|Screenwriters?|Producers?|With)\s*:$")


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (a text filled to a fixed width, as in PDFs, e-mails and press
    releases) back into paragraphs: a line filled close to the width runs on into the next one.
    A text whose lines are not mostly of one width is returned as it is."""
    lines = text.splitlines()
    lengths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    if len(lengths) < 8:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = [ln.strip() for ln in lines if len(ln.strip()) >= 0.8 * width]
    open_ended = sum(1 for ln in full if not re.search(r"[.!?:\"”’)]$", ln))
    if not 50 <= width <= 110 or len(full) < 0.5 * len(lengths) or open_ended < 0.4 * len(full):
        return text  # not filled to one width, or its lines end where sentences end
    out: list[str] = []
    previous = ""
    for ln in lines:
        stripped = ln.strip()
        # the wrapper broke the previous line because this line's first word did not fit on it
        first_word = stripped.split()[0] if stripped else ""
        did_not_fit = bool(previous) and len(previous) + 1 + len(first_word) >= 0.85 * width
        starts_anew = re.search(r"[.!?][\"”’)]?$", previous) and re.match(r"[\"“]|[A-Z][\w ]{0,20}:",
                                                                          stripped)
        if previous and stripped and (did_not_fit and not starts_anew or _LABEL_END.search(previous)):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(ln)
        previous = stripped
    return "\n".join(out)


def _prose_lines(text: str) -> list[str]:
    """The non-empty lines that are not noise, link lists, picture credits or captions."""
    kept: list[str] = []
    in_links = False
    for line in (ln.strip() for ln in unwrap(text).splitlines()):
        if not line:
            continue
        if in_links and _short_line(line):
            continue
        in_links = False
        if _LINKS_HEADER.match(line):
            in_links = True
        elif _CREDIT_LINE.match(line):
            if len(kept) > 1 and _caption(kept[-1]):
                kept.pop()  # the caption above the credit
        elif not _noise(line):
            kept.append(line)
    return kept


def strip_boilerplate(text: str) -> str:
    """Drop noise lines, link lists, captions, by-lines and a trailing author bio.

    Every remaining line comes back as a paragraph of its own (separated by a blank line), its
    text untouched.
    """
    paragraphs = _prose_lines(text)
    author = byline_author(text)
    while len(paragraphs) > 2:
        last = paragraphs[-1]
        before = paragraphs[-2]
        if _is_bio(last, before, author):
            paragraphs.pop()
            if _NAME_LINE.match(paragraphs[-1]) and paragraphs[-1].split()[-1] in last:
                paragraphs.pop()  # the author's name above the bio
        elif _ABOUT_AUTHOR.match(before) and len(last) < 900:
            del paragraphs[-2:]
        elif _ABOUT_AUTHOR.match(last) or (_NAME_LINE.match(last) and len(last.split()) <= 4):
            paragraphs.pop()  # a heading or by-line left alone at the end
        else:
            break
    return "\n\n".join(paragraphs)


def byline_author(text: str) -> str | None:
    """The name in a "By NAME" line near the top of an article, if there is one."""
    for line in text.splitlines()[:12]:
        by = _BYLINE.match(line)
        if by:
            return by.group("name")
    return None


def headline(text: str) -> str | None:
    """The first line when it reads like a headline; None when the text starts with prose (a
    sentence ending and another starting, or a long line ending in a full stop)."""
    first = text.split("\n", 1)[0].strip()
    if not first or len(first) > 200:
        return None
    if re.search(r"[a-z\d)”\"’]{2}\.\s+[A-Z“\"]", first) or (first.endswith(".") and len(first.split()) > 10):
        return None
    return first


# A date field a scraper put in front of the text ("date 2024-08-09 The studio has…").
_LEADING_DATE = re.compile(
    r"^\s*(?:date|published|posted|pubdate)\s*:?\s+(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?\s+",
    re.IGNORECASE)


def read_text(data: bytes, source: str) -> Document:
    raw = decode(data, source)
    text = strip_boilerplate(raw)
    if not text.strip():
        raise SourceError(source, "no article text after removing boilerplate")
    published = None
    lead = _LEADING_DATE.match(text)
    if lead:
        published, text = lead.group(1), text[lead.end():]
    return Document(source=source, text=text, title=headline(text), author=byline_author(raw),
                    id=document_id(raw), published=published)
