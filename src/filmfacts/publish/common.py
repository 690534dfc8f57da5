"""What the renderers share: which facts are published, grouping per work, prices and dates."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..models import Fact, Source
from ..vocabulary import Modality, Status

__all__ = ["Work", "asserted", "by_work", "date_precision", "main_release_date", "retrieved_date",
           "split_price", "unique_sources"]

_ASSERTED = (Modality.CONFIRMED, Modality.REPORTED)


@dataclass
class Work:
    """One work's fused facts, in the order fusion gave them."""

    name: str
    kind: str
    facts: list[Fact] = field(default_factory=list)

    def current(self, prop: str) -> list[Fact]:
        """Current, confirmed or reported facts of ``prop``: what may be stated as known."""
        return [f for f in self.facts if f.property == prop and asserted(f)]


def asserted(f: Fact) -> bool:
    """A fact that may be stated plainly: current, and confirmed or reported (not a rumor)."""
    return f.status == Status.CURRENT and f.modality in _ASSERTED


def by_work(facts: Iterable[Fact]) -> list[Work]:
    """Facts grouped per work (subject and kind), works in order of first appearance."""
    works: dict[tuple[str, str], Work] = {}
    for f in facts:
        key = (f.subject, f.subject_kind)
        works.setdefault(key, Work(f.subject, f.subject_kind)).facts.append(f)
    return list(works.values())


def split_price(price: str | None) -> tuple[str, str | None] | None:
    """("3.99", "USD") for "3.99 USD"; ("3.99", None) for "3.99"; None when there is no amount."""
    if not price:
        return None
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*([A-Z]{3})?\s*", price)
    if not m:
        return None
    return m.group(1).replace(",", "."), m.group(2)


def date_precision(value: str) -> int:
    """Wikidata precision of an ISO date at its stated precision: 11 day, 10 month, 9 year."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return 11
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return 10
    if re.fullmatch(r"\d{4}", value):
        return 9
    raise ValueError(f"not an ISO date at day, month or year precision: {value!r}")


_MEDIUM_ORDER = ("theatrical", "", "theatrical_limited", "premiere", "streaming", "digital", "tv", "physical")


def main_release_date(facts: Iterable[Fact]) -> Fact | None:
    """The current release date that stands for the work: theatrical (or unspecified) first,
    then the earliest; regional releases only when there is no worldwide one."""
    dates = [f for f in facts if f.property == "release_date" and asserted(f)]
    if not dates:
        return None

    def rank(f: Fact) -> tuple:
        medium = f.qualifiers.get("medium") or ""
        order = _MEDIUM_ORDER.index(medium) if medium in _MEDIUM_ORDER else len(_MEDIUM_ORDER)
        return (bool(f.qualifiers.get("region")), order, f.value)

    return min(dates, key=rank)


def unique_sources(f: Fact) -> list[Source]:
    """A fact's sources, one per document (the latest claim of each), oldest first."""
    seen: dict[str, Source] = {}
    for s in f.sources:
        seen[s.document_id or s.document] = s
    return list(seen.values())


def retrieved_date(doc: Mapping | None) -> str | None:
    """When a document was retrieved (else ingested), as YYYY-MM-DD."""
    if not doc:
        return None
    when = doc.get("retrieved") or doc.get("ingested")
    return str(when)[:10] if when else None
