"""What each page shows, built once for the HTML pages and the JSON API alike.

A work's facts are fused from its stored claims; every fact's sources are matched back to the
claims they came from, so that each citation links to its evidence sentence on the document
page (/documents/{id}#claim-{claim_id}).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup

from ..fuse import fuse, said_on
from ..models import Fact, Source
from ..store import Store, StoredClaim
from ..vocabulary import DATE_PROPERTIES, PROPERTIES, Modality, Status, fusion_key
from . import queries
from .highlight import Span, highlight, locate
from .timeline import Point, Row, timeline_svg

__all__ = ["DocumentView", "Evidence", "FactView", "PersonView", "WorkView", "document_view",
           "person_view", "work_view"]


def evidence_url(document_id: str, claim_id: int) -> str:
    return f"/documents/{document_id}#claim-{claim_id}"


def entity_url(kind: str | None, entity_id: int | None) -> str | None:
    if entity_id is None:
        return None
    return {"work": f"/works/{entity_id}", "person": f"/people/{entity_id}"}.get(kind or "")


@dataclass
class Evidence:
    """One cited sentence: a footnote of the page."""

    n: int
    claim_id: int
    document_id: str
    document: str
    title: str | None
    said_on: str | None
    quote: str
    modality: str
    cited: str | None

    @property
    def url(self) -> str:
        return evidence_url(self.document_id, self.claim_id)

    def to_dict(self) -> dict:
        return {"claim_id": self.claim_id, "document_id": self.document_id, "document": self.document,
                "title": self.title, "said_on": self.said_on, "quote": self.quote, "modality": self.modality,
                "cited": self.cited, "evidence_url": self.url}


@dataclass
class FactView:
    fact: Fact
    subject_id: int | None
    value_id: int | None
    value_kind: str | None
    refs: list[Evidence]

    @property
    def label(self) -> str:
        return PROPERTIES[self.fact.property].label

    @property
    def value_url(self) -> str | None:
        return entity_url(self.value_kind, self.value_id)

    @property
    def marks(self) -> list[str]:
        """Words that qualify the value: its status unless current, and its modality unless confirmed."""
        f = self.fact
        words = [] if f.status == Status.CURRENT else [f.status]
        if f.modality not in (Modality.CONFIRMED, f.status):
            words.append(f.modality)
        return words

    @property
    def classes(self) -> str:
        return f"fact status-{self.fact.status} modality-{self.fact.modality}"

    def to_dict(self) -> dict:
        f = self.fact
        return {"property": f.property, "label": self.label, "value": f.value, "value_id": self.value_id,
                "value_url": self.value_url, "qualifiers": f.qualifiers, "status": f.status,
                "modality": f.modality, "confidence": f.confidence, "first_said": f.first_said,
                "last_said": f.last_said, "note": f.note, "superseded_by": f.superseded_by,
                "sources": [r.to_dict() for r in self.refs]}


class _Citer:
    """Matches fused sources back to stored claims and numbers the cited sentences."""

    def __init__(self, store: Store, claims: list[StoredClaim]) -> None:
        self.by_key: dict[tuple, list[StoredClaim]] = defaultdict(list)
        for c in claims:
            self.by_key[(c.subject, c.property, c.value, c.document_id, c.start, c.end)].append(c)
        self.links = queries.claim_links(store, (c.id for c in claims))
        self.titles = {k: v.get("title") for k, v in
                       queries.document_meta(store, {c.document_id for c in claims}).items()}
        self.numbers: dict[tuple, Evidence] = {}
        self.footnotes: list[Evidence] = []

    def _claim(self, f: Fact, s: Source) -> StoredClaim | None:
        found = self.by_key.get((f.subject, f.property, f.value, s.document_id, s.start, s.end))
        return found.pop(0) if found else None

    def view(self, f: Fact) -> FactView:
        refs: list[Evidence] = []
        subject_id = value_id = value_kind = None
        for s in f.sources:
            c = self._claim(f, s)
            if c is None:
                continue
            link = self.links.get(c.id)
            if link:
                subject_id, value_id, value_kind = link.subject_id, link.value_id, link.value_kind
            key = (c.document_id, c.start, c.end)
            if key not in self.numbers:
                ev = Evidence(len(self.footnotes) + 1, c.id, c.document_id, c.source,
                              self.titles.get(c.document_id), said_on(c) or None, c.sentence, c.modality,
                              c.cited)
                self.numbers[key] = ev
                self.footnotes.append(ev)
            if self.numbers[key] not in refs:
                refs.append(self.numbers[key])
        return FactView(f, subject_id, value_id, value_kind, refs)


@dataclass
class WorkView:
    id: int
    name: str
    kind: str
    aliases: list[str]
    as_of: str | None
    facts: list[FactView]
    footnotes: list[Evidence]
    document_ids: list[str] = field(default_factory=list)

    @property
    def groups(self) -> list[tuple[str, list[FactView]]]:
        """Facts per property, in vocabulary order."""
        out: dict[str, list[FactView]] = {}
        for fv in self.facts:
            out.setdefault(fv.label, []).append(fv)
        return list(out.items())

    @property
    def timeline(self) -> Markup | None:
        return work_timeline(self)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "as_of": self.as_of, "url": f"/works/{self.id}", "facts": [f.to_dict() for f in self.facts]}


def work_view(store: Store, work_id: int, as_of: str | None = None) -> WorkView | None:
    """The fact sheet of a work, or None when there is no such work."""
    entity = store.entity(work_id)
    if entity is None or entity["kind"] != "work":
        return None
    claims = store.claims(subject_id=work_id)
    citer = _Citer(store, claims)
    facts = [citer.view(f) for f in fuse(claims, as_of)]
    return WorkView(work_id, entity["name"], entity["subtype"] or "film", queries.aliases(store, work_id),
                    as_of, facts, citer.footnotes, sorted({c.document_id for c in claims}))


def work_timeline(view: WorkView) -> Markup | None:
    """Rows of dated facts over time, one group per slot the values compete for (a release date
    per medium and region, the filming start)."""
    slots: dict[tuple, list[FactView]] = defaultdict(list)
    for fv in view.facts:
        if fv.fact.property in DATE_PROPERTIES:
            slots[fusion_key(fv.fact.property, fv.fact.qualifiers)].append(fv)
    rows: list[Row] = []
    for (prop, *where), fvs in slots.items():
        place = ", ".join(x.replace("_", " ") for x in where if x)
        name = PROPERTIES[prop].label + (f" ({place})" if place else "")
        for fv in sorted(fvs, key=lambda v: v.fact.first_said or ""):
            words = f" — {', '.join(fv.marks)}" if fv.marks else ""
            points = [Point(r.said_on, r.url, f"{r.said_on}: {r.document}: {r.quote}")
                      for r in fv.refs if r.said_on]
            rows.append(Row(f"{fv.fact.value}{words}", fv.fact.status, points, name))
    return timeline_svg(rows, f"How the dates of {view.name} changed over time")


@dataclass
class PersonView:
    id: int
    name: str
    kind: str
    aliases: list[str]
    credits: list[FactView]
    footnotes: list[Evidence]

    def to_dict(self) -> dict:
        credits = []
        for fv in self.credits:
            d = fv.to_dict()
            d = {"work": fv.fact.subject, "work_id": fv.subject_id, "work_kind": fv.fact.subject_kind,
                 "work_url": entity_url("work", fv.subject_id), **d}
            d.pop("value_id"), d.pop("value_url"), d.pop("value")
            credits.append(d)
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "url": f"/people/{self.id}", "credits": credits}


def person_view(store: Store, person_id: int) -> PersonView | None:
    """Every work a person is credited on (or denied, rumored…), or None when no such person."""
    entity = store.entity(person_id)
    if entity is None or entity["kind"] != "person":
        return None
    claims = store.claims(value_id=person_id)
    citer = _Citer(store, claims)
    facts = sorted(fuse(claims), key=lambda f: (f.subject, list(PROPERTIES).index(f.property)))
    credits = [citer.view(f) for f in facts]
    return PersonView(person_id, entity["name"], entity["kind"], queries.aliases(store, person_id),
                      credits, citer.footnotes)


@dataclass
class ClaimView:
    claim: StoredClaim
    anchor_on_mark: bool  # the claim's sentence is highlighted (else the list item is the anchor)
    subject_id: int | None

    @property
    def anchor(self) -> str:
        return f"claim-{self.claim.id}"

    def to_dict(self) -> dict:
        c = self.claim
        return {"id": c.id, "subject": c.subject, "subject_id": self.subject_id,
                "subject_kind": c.subject_kind,
                "property": c.property, "value": c.value, "qualifiers": c.qualifiers, "modality": c.modality,
                "cited": c.cited, "sentence": c.sentence, "start": c.start, "end": c.end,
                "extractor": c.extractor, "said_on": c.said_on,
                "evidence_url": evidence_url(c.document_id, c.id)}


@dataclass
class DocumentView:
    doc: dict
    html: Markup
    claims: list[ClaimView]

    def to_dict(self) -> dict:
        d = self.doc
        return {"id": d["id"], "document": d["source"], "title": d.get("title"), "site": d.get("site"),
                "author": d.get("author"), "published": d.get("published"),
                "published_after": d.get("published_after"), "published_before": d.get("published_before"),
                "dating_evidence": d.get("dating_evidence"), "retrieved": d.get("retrieved"),
                "ingested": d.get("ingested"), "url": f"/documents/{d['id']}", "text": d["text"],
                "claims": [c.to_dict() for c in self.claims]}


def document_view(store: Store, document_id: str) -> DocumentView | None:
    """A document's text with every claim's evidence highlighted, or None when unknown."""
    doc = store.document(document_id)
    if doc is None:
        return None
    claims = store.claims(document_id=document_id)
    links = queries.claim_links(store, (c.id for c in claims))
    spans, views = [], []
    for c in claims:
        where = locate(doc["text"], c.start, c.end, c.sentence)
        if where:
            title = f"{c.subject}: {PROPERTIES[c.property].label} = {c.value} ({c.modality})"
            spans.append(Span(where[0], where[1], f"claim-{c.id}", title, f"claim modality-{c.modality}"))
        link = links.get(c.id)
        views.append(ClaimView(c, where is not None, link.subject_id if link else None))
    return DocumentView(doc, highlight(doc["text"], spans), views)
