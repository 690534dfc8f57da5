"""Fact boxes and credit blocks: "Director: Jane Roe", "Cast: A, B, C", "Release date: May 2, 2025
(limited, US); June 6, 2025 (wide, US)", "Distributor: Neon (US); Mubi (UK)". The values belong to
the passage's work (the heading above the box, else the article's work)."""
from __future__ import annotations

import re

from ..lexicon import PLATFORMS, STUDIOS
from ..temporal import find_dates
from . import patterns as rx
from .base import Context, Raw
from .mentions import Tagged
from .releases import medium_of

NAME = "filmfacts.listings.v1"

_LINE = re.compile(r"^\s*(?:[•\-*–]\s*)?(?P<label>[A-Z][A-Za-z /&'-]{1,30}?)\s*:\s*(?P<value>\S.*)$")
_LABELS = [
    (r"(?:co-)?directors?|directed by", "director"),
    (r"(?:screen)?writers?|written by|screenplay(?: by)?|script(?: by)?|writing credits", "screenwriter"),
    (r"(?:executive )?producers?|produced by", "producer"),
    (r"(?:main |voice |principal )?cast|starring|stars|with", "cast_member"),
    (r"(?:world |us |uk |festival )?premiere(?: date)?|(?:us |uk |theatrical |digital |streaming |original )?"
     r"release(?: dates?)?|in theaters|out|opens|release window|premieres?", "release_date"),
    (r"distributors?|distributed by|studio|distribution", "distributor"),
    (r"(?:original )?network|channel|broadcaster", "original_network"),
    (r"where to (?:watch|stream)|streaming(?: on)?|stream(?: it)? on|watch(?: it)? on|available on|now streaming",
     "available_on"),
    (r"filming locations?|locations?|shot in|filmed in", "filming_location"),
    (r"genres?", "genre"),
    (r"production compan(?:y|ies)|production", "production_company"),
]
_REGION = re.compile(r"\b(US|USA|U\.S\.|UK|U\.K\.|Canada|Ireland|Australia|France|Germany|Japan|worldwide|"
                     r"international)\b")


def is_label_line(text: str) -> bool:
    """"Director: Jane Roe", "Rating: R | Runtime: 1h 49m" — a fact-box line, not a heading."""
    m = _LINE.match(text)
    return bool(m and (_property(m.group("label")) or len(m.group("label").split()) <= 3
                       and not rx.search(r"[.!?]$", text.strip())))


def _property(label: str) -> str | None:
    for pat, prop in _LABELS:
        if re.fullmatch(pat, label.strip(), re.I):
            return prop
    return None


def _items(value: str) -> list[tuple[str, str]]:
    """Split "A (x); B, C" into [(A, x), (B, ''), (C, '')]."""
    out = []
    for chunk in re.split(r"\s*;\s*", value):
        for part in re.split(r",\s*(?![^()]*\))|\s+and\s+(?![^()]*\))", chunk):
            m = rx.match(r"^(.*?)\s*(?:\((.*)\))?\s*$", part.strip())
            if m and m.group(1):
                out.append((m.group(1).strip(" ."), m.group(2) or ""))
    return out


_INLINE = re.compile(r"\b(?P<label>Directors?(?:\s+and\s+(?:co-)?screenwriters?)?|(?:Co-)?Screenwriters?|Writers?|Cast|"
                     r"Starring|Producers?|Voice\s+cast)\s*:\s*(?P<value>(?:(?!,\s*(?:Directors?|(?:Co-)?Screenwriters?|Writers?|"
                     r"Cast|Starring|Producers?)\b)[^;)(—–.])+)")


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    lead = rx.match(r"^\W*(?:\d+[.)]\s*)?⟦W(\d+)⟧", t.template)
    if lead and _INLINE.search(t.sentence.text) and not _LINE.match(t.sentence.text):
        # "THE GLASS ORCHARD / Canada (Director: A, Screenwriters: A, B) — … Cast: C, D.": one entry a line
        work = t.get("W" + lead.group(1))
        subj = (work.name, ctx.inv.kind_of(work.name))
        out = []
        for m in _INLINE.finditer(t.sentence.text):
            label = m.group("label").lower()
            props = ["director", "screenwriter"] if "and" in label else [_property(label) or "cast_member"]
            for prop in props:
                for name, _note in _items(m.group("value")):
                    if name and name[0].isupper() and len(name.split()) <= 5:
                        out.append(Raw(subj[0], subj[1], prop, ctx.inv.person(name), m.start()))
        return out
    if not ctx.focus:
        return []
    out: list[Raw] = []
    # "Rating: R | Genre: Horror | Network: FX": several label-value pairs on one line
    for chunk in re.split(r"\s+[|·•]\s+", t.sentence.text):
        m = _LINE.match(chunk)
        if m:
            out.extend(_pair(t, ctx, m))
    return out


def _pair(t: Tagged, ctx: Context, m: re.Match) -> list[Raw]:
    prop = _property(m.group("label"))
    if prop is None:
        return []
    value, label = m.group("value").strip(), m.group("label").lower()
    subj = (ctx.focus, ctx.inv.kind_of(ctx.focus))
    at = m.start("value")
    out: list[Raw] = []
    if prop == "available_on":
        if rx.search(r"\b(?:rent|buy|purchase|\$|£|€)", value, re.I):
            return []  # offers with prices: the availability family reads the sentence
        for name, note in _items(value):
            platform = PLATFORMS.get(name)
            if platform:
                q = {"offer": "stream"}
                region = _REGION.search(note)
                if region:
                    q["region"] = region.group(1).replace(".", "").replace("USA", "US")
                out.append(Raw(subj[0], subj[1], prop, platform, at, value_kind="platform", qualifiers=q))
        return out
    if prop == "release_date":
        for chunk in re.split(r"\s*;\s*", value):
            dates = find_dates(chunk, ctx.anchor)
            if not dates or not dates[0].value:
                continue
            paren = rx.search(r"\((.*?)\)", chunk)
            note = (paren.group(1) if paren else "") + " " + label
            medium = medium_of(note)
            if rx.search(r"\blimited\b", note, re.I):
                medium = "theatrical_limited"
            elif rx.search(r"\bwide\b", note, re.I):
                medium = "theatrical"
            elif any(p.lower() in note.lower() for p in PLATFORMS):
                medium = "streaming"
            q = {"medium": medium} if medium and subj[1] != "tv_series" else {}
            region = _REGION.search(paren.group(1)) if paren else None
            if region:
                q["region"] = region.group(1).replace(".", "").replace("USA", "US")
            out.append(Raw(subj[0], subj[1], prop, dates[0].value, at, qualifiers=q))
        return out
    for name, note in _items(value):
        if not name or not name[0].isupper() or re.fullmatch(r"TBA|TBD|N/?A|Unknown|None|Not announced", name, re.I):
            continue
        q: dict[str, str] = {}
        kind = None
        if prop == "cast_member":
            role = rx.match(r"^(.*?)\s+as\s+(.+)$", name)
            if role:
                name, q["character"] = role.group(1), role.group(2)
        elif prop in ("distributor", "production_company"):
            kind = "organization"
            name = STUDIOS.get(name, name)
            region = _REGION.search(note)
            if region and prop == "distributor":
                q["region"] = region.group(1).replace(".", "").replace("USA", "US")
        elif prop == "original_network":
            kind = "platform"
            name = PLATFORMS.get(name, name)
        elif prop == "filming_location":
            kind = "place"
        elif prop == "genre":
            name = name.lower()
        if prop in ("director", "screenwriter", "producer", "cast_member"):
            name = ctx.inv.person(name)
            if len(name.split()) > 5:
                continue
        out.append(Raw(subj[0], subj[1], prop, name, at, value_kind=kind, qualifiers=q))
    if prop == "filming_location":
        # "Lisbon, Portugal; São Miguel, Azores": the first part of each chunk names the place
        out = [r for r in out if any(rx.match(rf"\s*{re.escape(r.value)}\b", c) for c in value.split(";"))]
    return out
