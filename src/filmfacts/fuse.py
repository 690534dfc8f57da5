"""Claims → facts: what filmfacts believes now, or as of an earlier date.

Rules (recomputed from stored claims every time, so nothing is lost):

* claims are grouped per (work, property, value); qualifiers merge (the most-stated character);
* a fact's modality is the strongest among its supporting claims, unless a later claim denies it;
* speculated-only facts are ``hedged`` and denied ones ``denied``: both kept, never current;
* single-valued slots (release date per medium and region, filming start, franchise…): the value
  said most recently is current and older ones are ``superseded``; two values last said on the same
  date by different documents are ``disputed``;
* confidence = 1 - Π(1 - wᵢ) over supporting documents, wᵢ by modality (see WEIGHTS).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .models import Fact, Source
from .store import StoredClaim
from .vocabulary import PROPERTIES, Modality, Status, fusion_key

WEIGHTS = {Modality.CONFIRMED: 0.8, Modality.REPORTED: 0.6, Modality.RUMORED: 0.35,
           Modality.SPECULATED: 0.15, Modality.DENIED: 0.0}
_RANK = {m: i for i, m in enumerate(Modality)}  # confirmed strongest


def said_on(c: StoredClaim) -> str:
    """When a claim was said: the document date, else its inferred interval, else unknown ('')."""
    return c.said_on or c.published or c.published_before or c.published_after or ""


def _visible(c: StoredClaim, as_of: str | None) -> bool:
    if not as_of:
        return True
    when = c.published or c.published_after or c.said_on
    return bool(when) and when[:10] <= as_of


def _value_key(c: StoredClaim) -> tuple:
    q = {k: v for k, v in c.qualifiers.items() if k in ("medium", "region", "offer")}
    if PROPERTIES[c.property].many or c.property != "release_date":
        q.pop("medium", None) if c.property != "release_date" else None
    return (c.subject, c.subject_kind, c.property, c.value, tuple(sorted(q.items())))


def fuse(claims: Iterable[StoredClaim], as_of: str | None = None) -> list[Fact]:
    groups: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for c in claims:
        if _visible(c, as_of):
            groups[_value_key(c)].append(c)
    facts = [_fact(key, cs) for key, cs in groups.items()]
    _rank_slots(facts)
    facts.sort(key=lambda f: (f.subject, list(PROPERTIES).index(f.property), f.status != "current", f.value))
    return facts


def _fact(key: tuple, cs: list[StoredClaim]) -> Fact:
    subject, kind, prop, value, quals = key
    cs = sorted(cs, key=said_on)
    qualifiers = dict(quals)
    chars = Counter(c.qualifiers.get("character") for c in cs if c.qualifiers.get("character"))
    if chars:
        qualifiers["character"] = chars.most_common(1)[0][0]
    prices = [c.qualifiers.get("price") for c in cs if c.qualifiers.get("price")]
    if prices:
        qualifiers["price"] = prices[-1]
    latest = cs[-1]
    asserted = [c for c in cs if c.modality != Modality.DENIED]
    if latest.modality == Modality.DENIED or not asserted:
        modality, status = Modality.DENIED, Status.DENIED
    else:
        modality = min((Modality(c.modality) for c in asserted), key=_RANK.__getitem__)
        status = Status.HEDGED if modality == Modality.SPECULATED else Status.CURRENT
    per_doc: dict[str, float] = {}
    for c in asserted:
        per_doc[c.document_id] = max(per_doc.get(c.document_id, 0.0), WEIGHTS[Modality(c.modality)])
    miss = 1.0
    for w in per_doc.values():
        miss *= 1.0 - w
    sources = [Source(document=c.source, published=c.published, quote=c.sentence, cited=c.cited,
                      modality=c.modality, document_id=c.document_id, start=c.start, end=c.end)
               for c in cs]
    return Fact(subject=subject, subject_kind=kind, property=prop, value=value, qualifiers=qualifiers,
                status=str(status), modality=str(modality), confidence=round(1.0 - miss, 3),
                sources=sources, first_said=said_on(cs[0]) or None, last_said=said_on(latest) or None)


def _rank_slots(facts: list[Fact]) -> None:
    """Single-valued slots keep one current value; the rest become superseded or disputed."""
    slots: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if not PROPERTIES[f.property].many and f.status == Status.CURRENT:
            slots[(f.subject, *fusion_key(f.property, f.qualifiers))].append(f)
    for rivals in slots.values():
        if len(rivals) < 2:
            continue
        rivals.sort(key=lambda f: (f.last_said or "", f.confidence), reverse=True)
        best = rivals[0]
        for other in rivals[1:]:
            same_time = (other.last_said or "") == (best.last_said or "")
            if same_time and _contradict(best, other):
                best.status = other.status = str(Status.DISPUTED)
            elif _contradict(best, other):
                other.status = str(Status.SUPERSEDED)


def _contradict(a: Fact, b: Fact) -> bool:
    """Two dates contradict unless one only refines the other ("2024" vs "2024-06-07")."""
    if a.property in ("release_date", "filming_start"):
        return not (a.value.startswith(b.value) or b.value.startswith(a.value))
    return a.value != b.value


def facts_from_store(store, subject: str | None = None, as_of: str | None = None) -> list[Fact]:
    """Fuse the stored claims about one work (by title or alias) or about every work."""
    if subject is None:
        return fuse(store.claims(), as_of)
    entity = store.find_entity(subject, kind="work")
    if entity is None:
        from .errors import NotFound

        raise NotFound(f"no work called {subject!r} is known")
    return fuse(store.claims(subject_id=entity["id"]), as_of)
