"""Extraction: one document in, claims with evidence out.

Stages inside: sentences (nlp) → the document's inventory of works and people (mentions) →
each sentence tagged into a template → every fact family's patterns (credits, releases,
production, franchise, availability) → modality and cited outlet → claims with the sentence and
its character offsets. The running context carries which work a passage is about.
"""
from __future__ import annotations

import re

from .. import nlp
from ..lexicon import OUTLET_RE, PLATFORM_RE, STUDIO_RE, is_given_name
from ..models import Claim, Document
from ..temporal import anchor_of, find_dates
from . import availability, credits, franchise, listings, production, releases
from . import patterns as rp
from .base import Context, Raw, slots
from .mentions import Tagged, build_inventory, cap_runs, looks_like_person, tag
from .modality import cited_outlet, modality

__all__ = ["extract_document", "FAMILIES"]

FAMILIES = (listings, credits, releases, production, franchise, availability)

# Sentences worth the statistical NER: a credit or place trigger and a name filmfacts cannot place.
_NER_TRIGGER = re.compile(
    r"\b(?:direct|helm|wr[io]t|pen|script|screenplay|produc|star|cast|play|portray|role|join|return|reprise|"
    r"appear|voice|film(?:ing|ed)|shoot|shot|location)\w*", re.IGNORECASE)


_BIO = re.compile(
    r"^(?:about\s+the\s+author:?\s*|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},?\s+(?:is|was|has\s+been)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}(?:writer|editor|critic|journalist|reporter|contributor|correspondent|columnist|author)\b)",
    re.IGNORECASE)
_CAPTION = re.compile(r"^\s*(?:photo|image|picture|pictured|caption|credit|courtesy|still|video)s?\b\s*(?:credit)?\s*[:|(]",
                      re.IGNORECASE)
_TITLE_FIRST = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:The\s+)?⟦W\d+⟧")
_ENTRY_START = re.compile(r"^\W*⟦W(\d+)⟧[\"”’]?\s*(?:\(⟦D\d+⟧\)\s*)?(?:/|\((?!⟦D)|—|–|\.\s+(?:\d|[A-Z])|:\s+\d)")
_AD = re.compile(r"^\s*(?:Ad|AD|Sponsored|Advertisement|Promoted|Paid\s+content)\s*[·:|–—-]")


_PLACE_CUE = re.compile(r"\b(?i:film|shoot|shot|location|lens|production|set\s+in|stand)\w*\b[^.;]{0,60}?"
                        r"\b(?:in|at|around|across|near|throughout|on\s+location\s+in)\s+(?:the\s+)?[A-Z]")

# Ranks and forms of address before a character's name ("Captain Ada Kline"): not a name to look up.
_RANK = re.compile(r"\b(?:Captain|Capt\.|Father|Mother|Mayor|Inspector|Detective|Det\.|DS|DI|DCI|Sheriff|Deputy|Lord|"
                   r"Lady|Sir|Dame|Doctor|Dr\.|Professor|Prof\.|Agent|Officer|Sergeant|Sgt\.|Superintendent|Chief|King|"
                   r"Queen|Prince|Princess|Uncle|Aunt|Sister|Brother|Reverend|Rev\.|General|Colonel|Commander|Judge|"
                   r"Senator|President|Miss|Mrs?\.|Ms\.)\s+")
_LABEL = re.compile(r"^[\w ]{2,24}:\s+")  # "Director: Jane Roe": the label is no name


def _known_spans_blanked(text: str, inv) -> str:
    """``text`` with what the lexicons, the inventory and the date finder already explain blanked."""
    spans = [(m.start(), m.end()) for rx in (OUTLET_RE, PLATFORM_RE, STUDIO_RE, inv.work_re()) if rx is not None
             for m in rx.finditer(text)]
    spans += [(d.start, d.end) for d in find_dates(text)]
    spans += [(m.start(), m.end()) for m in _RANK.finditer(text)]
    label = _LABEL.match(text)
    if label:
        spans.append((0, label.end()))
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = "." * (b - a)
    return "".join(chars)


def _needs_ner(text: str, inv) -> bool:
    """Only a credit or place sentence with a name the rules cannot place goes through the NER:
    a run of two to four capitalized words that is no known work, outlet, platform, studio or date
    and no recognizable person."""
    if not _NER_TRIGGER.search(text):
        return False
    if _PLACE_CUE.search(text):
        return True  # a place is one word often ("shot in Albuquerque"): only the NER knows it
    for _, _, run in cap_runs(_known_spans_blanked(text, inv)):
        for piece in rp.split(r"\s*,\s*|\s+(?:and|or|&)\s+", run):
            words = piece.split()
            if 2 <= len(words) <= 4 and not looks_like_person(piece) and inv.person(piece) == piece \
                    and (inv.canonical_work(piece) not in inv.works.values() or inv.name_shaped_guess(piece)):
                return True
    return False


def extract_document(doc: Document, model: str | None = None) -> list[Claim]:
    sents = nlp.sentences(doc.text, model)
    if not sents:
        return []
    inv = build_inventory(doc.title, sents)
    anchor = anchor_of(doc.published, doc.published_after, doc.published_before)
    want = [i for i, s in enumerate(sents) if _needs_ner(s.text, inv)]
    ents = dict(zip(want, nlp.entities([sents[i].text for i in want], model), strict=True))
    inv.learn_people([sents[i].text[a:b] for i, found in ents.items() for a, b, label in found if label == "PERSON"])
    ctx = Context(inv, anchor=anchor)
    claims: list[Claim] = []
    seen: set[tuple] = set()
    years: dict[str, str] = {}
    last_paragraph = -1
    bio_paragraph = -1
    prev_title_heading = False
    prev_paragraph = -1
    for i, sent in enumerate(sents):
        if _AD.match(sent.text) or _CAPTION.match(sent.text) or sent.paragraph == bio_paragraph:
            continue
        if _BIO.match(sent.text) and (i >= 0.6 * len(sents) or sent.text.lower().startswith("about the author")):
            bio_paragraph = sent.paragraph  # an author bio: nothing in it is about the works
            continue
        t = tag(sent, inv, ents.get(i), anchor)
        if not sent.heading and sent.paragraph != last_paragraph:
            last_paragraph = sent.paragraph
            if inv.multi and not ctx.heading_focus:
                # a roundup paragraph speaks of the first work it names
                first = next((t.get(m.group(1)) for m in re.finditer(r"⟦(W\d+)⟧(?!\s+(?:[a-z][\w-]*\s+){0,2}"
                              r"(?:writer|director|star|producer|creator|showrunner|actor|actress|helmer|filmmaker)s?\b)",
                              t.template)), None)
                ctx.focus = first.name if first else None
        for m in t.mentions:
            # "Dunkirk (1958)" in an article about the 2017 Dunkirk is another film
            if m.kind == "work" and m.data.get("year") and years.get(m.name, m.data["year"]) != m.data["year"]:
                m.name = f"{m.name} ({m.data['year']})"
        _namesakes(t, years)
        if sent.heading and (not listings.is_label_line(sent.text) or _TITLE_FIRST.match(t.template)):
            # a short line right under a title heading ("Leaving May 1") belongs to that entry
            if not (prev_title_heading and not _TITLE_FIRST.match(t.template)
                    and (len(sent.text.split()) <= 5 or sent.text.startswith("("))):
                _refocus(t, ctx)
        elif sent.paragraph != prev_paragraph and _ENTRY_START.match(t.template):
            # a programme or capsule entry: '"Title" / France (Director: …', 'TITLE. 3 stars.'
            ctx.focus = t.get("W" + _ENTRY_START.match(t.template).group(1)).name
            ctx.heading_focus = False
        prev_paragraph = sent.paragraph
        prev_title_heading = sent.heading and bool(_TITLE_FIRST.match(t.template))
        views = [t]
        inside = [(m.start(), m.end()) for m in _RELATIVE.finditer(t.template)]
        main_clause = _without_relatives(t, inside)
        if main_clause is not None:
            views.append(main_clause)  # "X, who directed A and B, will direct": also read "X will direct"
        for view in views:
            for family in FAMILIES:
                for raw in family.extract(view, ctx):
                    if view is t and inside and not any(a <= raw.at < b for a, b in inside):
                        continue  # outside its relative clauses the sentence is read without them
                    claim = _finish(raw, view, ctx, doc, family.NAME)
                    if claim is not None and claim.key() not in seen:
                        seen.add(claim.key())
                        claims.append(claim)
                        if claim.property == "release_date" and claim.subject not in years:
                            years[claim.subject] = claim.value[:4]
        for code in reversed(slots(t.template, "P")):  # the sentence's first person ends up most salient
            name = t.get(code).name
            if name in ctx.last_people:
                ctx.last_people.remove(name)
            ctx.last_people.append(name)
        works = [t.get(c) for c in slots(t.template, "W")]
        if works:
            ctx.last_work = works[-1].name
        ctx.prev_text = sent.text
        ctx.prev_works = [w.name for w in works]
    claims.extend(_possessive_credits(ctx, claims, doc, seen))
    series = {c.subject for c in claims if c.subject_kind == "tv_series"} | {
        t for t in inv.works.values() if inv.kind_of(t) == "tv_series"}
    for c in claims:
        if c.subject in series and c.subject_kind == "film":
            c.subject_kind = "tv_series"  # one kind per work within a document
    return _drop_contradicted(claims)


_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*(?:,\s+(?:and\s+)?⟦[A-Z]\d+⟧[^,;]*)*,\s+(?=(?:\w+\s+){0,3}"
                       r"(?:has|have|had|is|are|was|were|will|would|could|may|might|also|now|then|returns?|joins?|"
                       r"stars?|directs?|wrote|writes|produces?)\b)")


def _without_relatives(t: Tagged, spans: list[tuple[int, int]]) -> Tagged | None:
    """The sentence with its relative clauses (at ``spans``) cut out, or None when it has none."""
    if not spans:
        return None
    parts, pos = [], 0
    for a, b in spans:
        parts.append(t.template[pos:a])
        pos = b
    parts.append(t.template[pos:])
    return Tagged(t.sentence, t.mentions, " ".join(parts))


def _possessive_credits(ctx: Context, claims: list[Claim], doc: Document, seen: set) -> list[Claim]:
    """"Adjei's Pale Signal": Adjei directed it if the article calls them a director (or wrote it, if
    a writer); an actor's possessive is left alone (it may name a character)."""
    roles: dict[str, set[str]] = {}
    for c in claims:
        if c.property in ("director", "screenwriter", "cast_member") and c.modality != "denied":
            roles.setdefault(c.value, set()).add(c.property)
    out = []
    for raw, t in ctx.possessives:
        held = roles.get(raw.value, set())
        role = "director" if "director" in held else "screenwriter" if "screenwriter" in held else None
        if role is None:
            continue
        raw.property = role
        claim = _finish(raw, t, ctx, doc, credits.NAME)
        if claim is not None and claim.key() not in seen:
            seen.add(claim.key())
            out.append(claim)
    return out


def _namesakes(t: Tagged, years: dict[str, str]) -> None:
    """"not to be confused with X, the 1998 film" / "X, the 1958 film" when X is known from
    another year: that X is a namesake, named with its year."""
    for m in rp.finditer(r"(?:not\s+to\s+be\s+confused\s+with|unrelated\s+to|no\s+relation\s+to)\s+(?:the\s+)?⟦W(\d+)⟧"
                         r"(?:,?\s+(?:the|a|an)\s+⟦D(\d+)⟧)?"
                         r"|⟦W(\d+)⟧,\s+(?:the|a)\s+⟦D(\d+)⟧\s+(?:[\w-]+\s+){0,2}(?:film|movie|series|show|remake|version)",
                         t.template, re.I):
        work = t.get("W" + (m.group(1) or m.group(3)))
        year_code = m.group(2) or m.group(4)
        year = t.get("D" + year_code).name[:4] if year_code else None
        if m.group(3) and (not year or years.get(work.name, year) == year):
            continue
        work.name = f"{work.name} ({year})" if year else f"{work.name} (namesake)"


def _refocus(t: Tagged, ctx: Context) -> None:
    """A heading that is a title ("Better Call Saul (2015-2022)", "Harrow: the cast") moves the
    focus to that work; any other heading brings it back to the document's main work."""
    m = rp.match(r"^\W*(?:\d+[.)]\s*)?(?:The\s+)?⟦W(\d+)⟧\s*(?P<rest>.*)$", t.template)
    if m:
        rest = rp.sub(r"^\(\s*[^)]*\)|^[:–—-]\s*", "", m.group("rest").strip()).strip()
        if len(rest.split()) <= 3 or "(" in m.group("rest")[:3]:
            ctx.focus = t.get("W" + m.group(1)).name
            ctx.heading_focus = True
            return
    ctx.heading_focus = False
    ctx.focus = ctx.inv.main


def _finish(raw: Raw, t: Tagged, ctx: Context, doc: Document, extractor: str) -> Claim | None:
    if not raw.value or not raw.subject or raw.value == raw.subject:
        return None
    if raw.property in ("director", "screenwriter", "producer", "cast_member") and (
            raw.value in ctx.inv.works.values() or not rp.search(r"[A-Z]", raw.value)):
        return None
    char = raw.qualifiers.get("character")
    if char and ctx.inv.canonical_work(char) in ctx.inv.works.values() and not looks_like_person(char) \
            and not is_given_name(char.split()[0]):
        raw.qualifiers = {k: v for k, v in raw.qualifiers.items() if k != "character"}  # a title is no character
    if raw.subject_kind == "franchise":
        raw.subject = franchise_name(raw.subject)
    if raw.value_kind == "franchise":
        raw.value = franchise_name(raw.value)
    start, end = ctx.clause_bounds(t, raw.at)
    mod = raw.modality or modality(t.template[start:end], raw.at - start)
    sentence = t.sentence
    return Claim(
        subject=raw.subject, subject_kind=raw.subject_kind, property=raw.property, value=raw.value,
        value_kind=raw.value_kind, qualifiers=raw.qualifiers, modality=str(mod),
        cited=cited_outlet(sentence.text), document=doc.id, sentence=sentence.text,
        start=sentence.start, end=sentence.end, extractor=extractor, said_on=doc.published,
    )


def franchise_name(name: str) -> str:
    """A franchise is named apart from the film that shares its title: "Harbor Lights franchise"."""
    if rp.search(r"\b(?:franchise|series|universe|saga|trilogy|films|movies)$", name, re.I):
        return name
    return f"{name} franchise"


def _drop_contradicted(claims: list[Claim]) -> list[Claim]:
    """A document that denies a credit in one place does not also assert it elsewhere."""
    denied = {(c.subject, c.property, c.value) for c in claims if c.modality == "denied"}
    return [c for c in claims if c.modality == "denied" or (c.subject, c.property, c.value) not in denied]

