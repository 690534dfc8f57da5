"""Works as Wikidata QuickStatements (v1, tab-separated), every statement with its references.

* A work with a known QID is edited in place; otherwise it is created (``CREATE``, then ``LAST``)
  with an English label, description and instance of (P31).
* Only current, confirmed or reported facts are stated, with the Wikidata property from the
  vocabulary (P57, P58, P162, P161, P577, P750, P272, P915, P8345, P155, P156, P144, P449, P136).
* Item values without a QID are stated as ``somevalue`` with "object named as" (P1932) holding
  the name, so that nothing is invented and an editor can resolve them later; QuickStatements v1
  can refer to no item it created earlier than LAST.
* Characters (P161): "character role" (P453) when the character has a QID, else the string
  "name of the character role" (P4633): P453 accepts items only.
* P577 values at the stated precision: +YYYY-MM-DDT00:00:00Z/11, month /10, year /9.
* Every statement is repeated once per source document, each time with one reference: reference
  URL (S854) when the document is a web page, retrieved (S813), publication date (S577) when known,
  and the quote (S1683) of the evidence sentence. QuickStatements merges the repeats into one
  statement with several references.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from ..models import Fact, Source
from ..vocabulary import PROPERTIES
from .common import Work, asserted, by_work, date_precision, retrieved_date, unique_sources

__all__ = ["INSTANCE_OF", "render_quickstatements"]

INSTANCE_OF = {"film": "Q11424", "tv_series": "Q5398426", "video_game": "Q7889"}
_DESCRIPTION = {"film": "film", "tv_series": "television series", "video_game": "video game"}
_MAX_STRING = 1500  # Wikidata's limit for string values


def qs_string(text: str) -> str:
    """A QuickStatements string literal: one line, no straight double quotes, at most 1500 chars."""
    text = re.sub(r"\s+", " ", text).strip().replace('"', "\u201d")
    if len(text) > _MAX_STRING:
        text = text[: _MAX_STRING - 1].rstrip() + "\u2026"
    return f'"{text}"'


def qs_time(value: str) -> str:
    """+YYYY-MM-DDT00:00:00Z/precision for an ISO date at day, month or year precision."""
    precision = date_precision(value)
    parts = (value.split("-") + ["00", "00"])[:3]
    return f"+{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z/{precision}"


def _item(name: str, qids: Mapping[str, str]) -> tuple[str, list[str]]:
    """The value of an item statement and its extra qualifiers."""
    qid = qids.get(name)
    if qid:
        return qid, []
    return "somevalue", ["P1932", qs_string(name)]


def _qualifiers(f: Fact, qids: Mapping[str, str]) -> list[str]:
    if f.property == "cast_member" and f.qualifiers.get("character"):
        character = f.qualifiers["character"]
        return ["P453", qids[character]] if qids.get(character) else ["P4633", qs_string(character)]
    region = f.qualifiers.get("region")
    if region and qids.get(region) and f.property in ("release_date", "distributor"):
        return ["P291", qids[region]]  # place of publication
    return []


def _reference(source: Source, documents: Mapping[str, Mapping], today: str) -> list[str]:
    doc = documents.get(source.document_id) or {}
    ref: list[str] = []
    url = str(doc.get("source") or source.document or "")
    if url.startswith(("http://", "https://")):
        ref += ["S854", qs_string(url)]
    ref += ["S813", qs_time(retrieved_date(doc) or today)]
    published = source.published or doc.get("published")
    if published:
        try:
            ref += ["S577", qs_time(str(published)[:10])]
        except ValueError:
            pass
    quote = source.quote or _evidence(doc, source)
    if quote:
        ref += ["S1683", "en:" + qs_string(quote)]
    return ref


def _evidence(doc: Mapping, source: Source) -> str:
    text = str(doc.get("text") or "")
    return text[source.start:source.end] if 0 <= source.start < source.end <= len(text) else ""


def _statements(work: Work, subject: str, qids: Mapping[str, str], documents: Mapping[str, Mapping],
                today: str) -> list[str]:
    lines: list[str] = []
    for f in work.facts:
        pid = PROPERTIES[f.property].wikidata
        if not pid or not asserted(f):
            continue
        if PROPERTIES[f.property].value_kind == "date":
            try:
                value, extra = qs_time(f.value), []
            except ValueError:
                continue  # a date at no precision Wikidata can hold
        else:
            value, extra = _item(f.value, qids)
        claim = [subject, pid, value, *extra, *_qualifiers(f, qids)]
        for source in unique_sources(f):
            lines.append("\t".join(claim + _reference(source, documents, today)))
    return lines


def _header(work: Work, qids: Mapping[str, str], documents: Mapping[str, Mapping],
            today: str) -> tuple[str, list[str]]:
    qid = qids.get(work.name)
    if qid:
        return qid, []
    lines = ["CREATE", f"LAST\tLen\t{qs_string(work.name)}"]
    if work.kind in _DESCRIPTION:
        release = [f.value[:4] for f in work.current("release_date")]
        description = f"{min(release)} {_DESCRIPTION[work.kind]}" if release else _DESCRIPTION[work.kind]
        lines.append(f"LAST\tDen\t{qs_string(description)}")
    if work.kind in INSTANCE_OF:
        firsts = [f.sources[0] for f in work.facts if asserted(f) and f.sources][:1]
        for source in firsts:  # "instance of" rests on the first source that speaks of the work
            lines.append("\t".join(["LAST", "P31", INSTANCE_OF[work.kind],
                                    *_reference(source, documents, today)]))
    return "LAST", lines


def render_quickstatements(facts: Iterable[Fact], documents: Mapping[str, Mapping] | None = None,
                           qids: Mapping[str, str] | None = None, today: str = "") -> str:
    """QuickStatements v1 commands for every work in ``facts``.

    ``documents`` maps a document id to its stored row (source, retrieved/ingested, published,
    text); ``qids`` maps names (works, people, characters, places…) to known Wikidata ids;
    ``today`` (YYYY-MM-DD) is the retrieved date of documents with none stored.
    """
    documents, qids = documents or {}, qids or {}
    today = today or date.today().isoformat()
    out: list[str] = []
    for work in by_work(facts):
        statements = _statements(work, qids.get(work.name) or "LAST", qids, documents, today)
        if not statements:
            continue  # nothing asserted: do not create an empty item
        subject, header = _header(work, qids, documents, today)
        out += header + statements
    return "".join(line + "\n" for line in out)
