"""Claims → facts: what filmfacts believes now, or as of an earlier date, and what it used to believe.

Fusion is recomputed from stored claims every time, so nothing is lost. The rules:

**When a claim was said.** Its document's date; for a document dated only by an interval, the
interval [published_after, published_before], open on a side the dating could not bound. A
claim whose own ``said_on`` differs from its document's dates ("it was reported in November
2022 that …") uses that instead. Claims are ordered by the midpoint of that interval (the known
side of a half-open one); two claims are *contemporaneous* when their intervals overlap (the
same day, for dated documents): an undated claim is contemporaneous with everything, and one
known only to be before D with everything before D.

**What could be known as of D** (``as_of``): a document counts from the earliest day it could
have been published: ``published``, else ``published_after``, else ``published_before`` (then
nothing earlier is known); an undated document never counts. A claim with its own ``said_on``
also needs that day to be on or before D.

**Facts.** Claims are grouped per (work, property, value, slot qualifiers). Among one group:

* a fact with only speculated support is ``hedged``; with only denials, ``denied``: never current;
* a denial said after every assertion supersedes the fact (status ``superseded``, modality
  ``denied``); a denial contemporaneous with the last assertion makes it ``disputed``; a
  confirmation after a denial revives it. The modality of a live fact is the strongest among
  its assertions since the last denial (a rumor later confirmed becomes ``confirmed``).

**Single-valued slots** (release date per medium, region and season — no medium competes with
theatrical —, filming start, franchise, follows…) and **one actor per character** (recasts)
compare every pair of live facts whose values contradict (a date that only refines another,
"2024" and "2024-06-07", does not contradict it):

* the later one *supersedes* the earlier when its support said after the earlier fact was last
  said reaches even odds (≥ 0.5: one confirmed or reported source, or two rumors); a weaker later
  contradiction (one rumor) is marked ``disputed`` and leaves the earlier value current;
* contemporaneous contradictions are never silently resolved: both are ``disputed``, unless one
  side's support at the time (its claims not older than the other side's last statement) has
  odds at least DOMINANCE times the other's (more or more reliable independent
  sources: two confirmed sources against one, a confirmation against a rumor); then the weaker one
  alone is ``disputed`` and the stronger stays current; and when every document behind the weaker
  value also states the other one, which has more support overall (no independent contradiction,
  typically a passing mention of another date), the weaker one is ``superseded`` with a note;
* a release date with no medium joins the theatrical fact of the same value, if there is one;
* recasts only supersede (two actors named for one character at the same time may both be right).

Superseded facts keep every source with when it was said, so ``history`` can print the timeline.

**Confidence** (that the value holds, as of the fusion date). Each claim weighs by modality
(WEIGHTS); claims from the same document, or citing the same outlet, are one *independent
source* weighing their maximum; support S = 1 − Π(1 − wᵢ) over independent sources.
current or disputed: S · (1 − R) / (1 − S · R), R the support of the strongest contemporaneous
contradiction (0 when there is none: then simply S) — the chance that this side is the right one
when at most one is · superseded: S · (1 − L), L the support of what replaced it · denied: 0 ·
hedged: S.
``tests/test_fuse.py`` checks this against simulated sources of known reliability.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .models import Fact, Source
from .resolve import norm
from .store import Store, StoredClaim
from .temporal import interval
from .vocabulary import PROPERTIES, Modality, Status, fusion_key

__all__ = ["WEIGHTS", "DOMINANCE", "fuse", "facts_from_store", "said_on", "when", "visible", "timeline",
           "TimelineEntry"]

WEIGHTS = {Modality.CONFIRMED: 0.8, Modality.REPORTED: 0.6, Modality.RUMORED: 0.35,
           Modality.SPECULATED: 0.15, Modality.DENIED: 0.8}
DOMINANCE = 4.0  # odds ratio at which one contemporaneous side outweighs the other
SUPERSEDE_AT = 0.5  # later support needed to supersede an earlier value
_RANK = {m: i for i, m in enumerate(Modality)}  # confirmed strongest
_ASSERTING = (Modality.CONFIRMED, Modality.REPORTED, Modality.RUMORED)
_SLOT_QUALIFIERS = ("medium", "region", "offer", "season")
_STATUS_RANK = {Status.CURRENT: 0, Status.DISPUTED: 1, Status.SUPERSEDED: 2}


# -- when ----------------------------------------------------------------------------------------
_MIN, _MAX = "0000-01-01", "9999-12-31"


@dataclass(frozen=True)
class When:
    """When a claim was said: the first and last possible day (an open side is _MIN / _MAX)."""

    lo: str = _MIN
    hi: str = _MAX

    @property
    def known(self) -> bool:
        return self.lo != _MIN or self.hi != _MAX

    @property
    def mid(self) -> str:
        """The day used for ordering: the midpoint, or the known side of a half-open interval."""
        if not self.known:
            return ""
        if self.lo == _MIN:
            return self.hi
        if self.hi == _MAX or self.lo == self.hi:
            return self.lo
        a, b = date.fromisoformat(self.lo), date.fromisoformat(self.hi)
        return (a + timedelta(days=(b - a).days // 2)).isoformat()

    def overlaps(self, other: When) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi  # an undated claim overlaps everything

    def before(self, other: When) -> bool:
        """Strictly earlier, with no overlap."""
        return self.hi < other.lo

    def text(self) -> str:
        """ISO 8601: a day, or an interval "START/END" with ".." for an open side."""
        if not self.known:
            return "undated"
        if self.lo == self.hi:
            return self.lo
        return f"{'..' if self.lo == _MIN else self.lo}/{'..' if self.hi == _MAX else self.hi}"


def _day(value: str | None, last: bool = False) -> str:
    span = interval(value[:10]) if value else None
    return (span[1] if last else span[0]) if span else ""


def when(c: StoredClaim) -> When:
    """When ``c`` was said (see the module docstring)."""
    return _when(c.said_on, c.published, c.published_after, c.published_before)


@lru_cache(maxsize=65536)
def _when(said: str | None, published: str | None, after: str | None, before: str | None) -> When:
    # fusion asks this of every claim many times over (sorting, contests): computed once per dating
    doc_dates = {x[:10] for x in (published, after, before) if x}
    if said and said[:10] not in doc_dates and _day(said):
        return When(_day(said), _day(said, last=True))
    if published and _day(published):
        return When(_day(published), _day(published, last=True))
    return When(_day(after) or _MIN, _day(before, last=True) or _MAX)


def said_on(c: StoredClaim) -> str:
    """The single day a claim is ordered by ('' when unknown)."""
    return when(c).mid


def visible(c: StoredClaim, as_of: str | None) -> bool:
    """Could ``c`` be known on ``as_of``? (see the module docstring)"""
    if not as_of:
        return True
    earliest = c.published or c.published_after or c.published_before
    if not earliest or earliest[:10] > as_of[:10]:
        return False
    doc_dates = {x[:10] for x in (c.published, c.published_after, c.published_before) if x}
    if c.said_on and c.said_on[:10] not in doc_dates:
        return _day(c.said_on) <= as_of[:10]
    return True


# -- support and confidence ------------------------------------------------------------------------
def _source_key(c: StoredClaim) -> str:
    """The independent source behind a claim: the outlet it cites, else its document."""
    return f"cited:{norm(c.cited)}" if c.cited else f"doc:{c.document_id}"


def _support(claims: Iterable[StoredClaim]) -> float:
    groups: dict[str, float] = {}
    for c in claims:
        key = _source_key(c)
        groups[key] = max(groups.get(key, 0.0), WEIGHTS[Modality(c.modality)])
    miss = 1.0
    for w in groups.values():
        miss *= 1.0 - w
    return 1.0 - miss


def _odds(p: float) -> float:
    return p / (1.0 - p) if p < 1.0 else float("inf")


def _sources(claims: Iterable[StoredClaim]) -> int:
    return len({_source_key(c) for c in claims})


# -- grouping -----------------------------------------------------------------------------------------
def _value_key(c: StoredClaim, theatrical: set[tuple] | frozenset = frozenset()) -> tuple:
    many = PROPERTIES[c.property].many
    q = {k: v for k, v in c.qualifiers.items() if k in _SLOT_QUALIFIERS and v}
    if c.property == "release_date" and not q.get("medium") and _theatrical_key(c) in theatrical:
        q["medium"] = "theatrical"  # a date with no medium is the theatrical one stated elsewhere
    if c.property != "release_date":
        q.pop("medium", None)
    if not many and c.property != "release_date":
        q.pop("season", None)
    return (c.subject, c.subject_kind, c.property, c.value, tuple(sorted(q.items())))


@dataclass
class _Group:
    key: tuple
    claims: list[StoredClaim]
    fact: Fact | None = None
    live: list[StoredClaim] = field(default_factory=list)  # assertions since the last denial
    support: float = 0.0
    rival_support: float = 0.0
    replaced_support: float = 0.0

    @property
    def last(self) -> When:
        return max((when(c) for c in self.live), key=lambda w: w.mid, default=When())

    @property
    def first(self) -> When:
        return min((when(c) for c in self.live), key=lambda w: w.mid, default=When())


def _theatrical_key(c: StoredClaim) -> tuple:
    return (c.subject, c.value, c.qualifiers.get("region") or "", c.qualifiers.get("season") or "")


def fuse(claims: Iterable[StoredClaim], as_of: str | None = None) -> list[Fact]:
    """Every fact the claims support, current or not, as known on ``as_of`` (default: all claims)."""
    seen = [c for c in claims if visible(c, as_of)]
    theatrical = {_theatrical_key(c) for c in seen
                  if c.property == "release_date" and c.qualifiers.get("medium") == "theatrical"}
    groups: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for c in seen:
        groups[_value_key(c, theatrical)].append(c)
    built = [_group(key, cs) for key, cs in groups.items()]
    _rank_slots(built)
    _fold_refinements(built)
    _rank_recasts(built)
    for g in built:
        _confidence(g)
    facts = [g.fact for g in built if g.fact is not None]
    facts.sort(key=lambda f: (f.subject, list(PROPERTIES).index(f.property),
                              f.status != Status.CURRENT, f.value))
    return facts


def _group(key: tuple, cs: list[StoredClaim]) -> _Group:
    subject, kind, prop, value, quals = key
    cs = sorted(cs, key=lambda c: (when(c).mid, c.id))
    qualifiers = dict(quals)
    chars = Counter(c.qualifiers.get("character") for c in cs if c.qualifiers.get("character"))
    if chars:  # the most stated; among equals, the latest stated
        latest = {c.qualifiers.get("character"): i for i, c in enumerate(cs)}
        qualifiers["character"] = max(chars, key=lambda ch: (chars[ch], latest[ch]))
    prices = [c.qualifiers.get("price") for c in cs if c.qualifiers.get("price")]
    if prices:
        qualifiers["price"] = prices[-1]
    g = _Group(key, cs)
    denials = [c for c in cs if c.modality == Modality.DENIED]
    asserted = [c for c in cs if c.modality in _ASSERTING]
    hedged = [c for c in cs if c.modality == Modality.SPECULATED]
    note = superseded_by = None
    last_denial = max(denials, key=lambda c: when(c).mid) if denials else None
    if last_denial is not None:
        since = [c for c in asserted if when(last_denial).before(when(c))]
        live = since or asserted
    else:
        live = asserted
    g.live = live
    if not asserted:
        if hedged and not (last_denial and all(when(h).before(when(last_denial)) for h in hedged)):
            status, modality, g.live = Status.HEDGED, Modality.SPECULATED, hedged
        else:
            status, modality = Status.DENIED, Modality.DENIED
    elif last_denial is not None and all(when(c).before(when(last_denial)) for c in asserted):
        status, modality = Status.SUPERSEDED, Modality.DENIED
        g.replaced_support = _support(denials)
        superseded_by = "denial"
        note = f"denied {when(last_denial).text()} ({last_denial.source})"
    elif last_denial is not None and not any(when(last_denial).before(when(c)) for c in asserted):
        status = Status.DISPUTED
        modality = min((Modality(c.modality) for c in asserted), key=_RANK.__getitem__)
        g.rival_support = _support(denials)
        note = f"denied at the same time ({last_denial.source})"
    else:
        status = Status.CURRENT
        modality = min((Modality(c.modality) for c in live), key=_RANK.__getitem__)
    g.support = _support(g.live)
    whens = [when(c) for c in cs]
    sources = [Source(document=c.source, published=c.published, quote=c.sentence, cited=c.cited,
                      modality=c.modality, document_id=c.document_id, start=c.start, end=c.end,
                      said_on=w.text() if w.known else None) for c, w in zip(cs, whens, strict=True)]
    dated = [w for w in whens if w.known]
    g.fact = Fact(subject=subject, subject_kind=kind, property=prop, value=value, qualifiers=qualifiers,
                  status=str(status), modality=str(modality), confidence=0.0, sources=sources,
                  first_said=dated[0].mid if dated else None, last_said=dated[-1].mid if dated else None,
                  note=note, superseded_by=superseded_by)
    return g


def _contradict(prop: str, a: str, b: str) -> bool:
    """Two values contradict unless equal, or one date only refines the other ("2024" vs "2024-06-07")."""
    if PROPERTIES[prop].value_kind == "date":
        return not (a.startswith(b) or b.startswith(a))
    return norm(a) != norm(b)


def _demote(g: _Group, status: Status, note: str, by: str | None = None) -> None:
    assert g.fact is not None
    if _STATUS_RANK.get(Status(g.fact.status), -1) >= _STATUS_RANK[status]:
        return
    g.fact.status = str(status)
    g.fact.note = note
    if by is not None:
        g.fact.superseded_by = by


def _live(g: _Group) -> bool:
    return g.fact is not None and g.fact.status in (Status.CURRENT, Status.DISPUTED) and bool(g.live)


def _slots(groups: list[_Group], *, dates_only: bool = False) -> list[list[_Group]]:
    """The live facts of single-valued properties, per slot they compete for (dates only, if asked)."""
    slots: dict[tuple, list[_Group]] = defaultdict(list)
    for g in groups:
        subject, _kind, prop, _value, quals = g.key
        p = PROPERTIES[prop]
        if p.many or (dates_only and p.value_kind != "date") or not _live(g):
            continue
        q = dict(quals)
        slots[(subject, *fusion_key(prop, q), q.get("season", ""))].append(g)
    return list(slots.values())


def _rank_slots(groups: list[_Group]) -> None:
    """Single-valued slots: later supersedes earlier; contemporaneous contradictions are disputed."""
    for rivals in _slots(groups):
        _contest(rivals, dispute_contemporaneous=True)


def _fold_refinements(groups: list[_Group]) -> None:
    """A date stated at a coarser precision than a live rival that refines it ("2026" beside
    "2026-11-20") adds nothing: it is kept as superseded, noted as refined by the precise one."""
    for rivals in _slots(groups, dates_only=True):
        for g in rivals:
            finer = [r for r in rivals if r is not g and r.fact and g.fact and _live(r)
                     and r.fact.value.startswith(g.fact.value) and len(r.fact.value) > len(g.fact.value)]
            if finer:
                _demote(g, Status.SUPERSEDED, f"refined by {finer[0].fact.value}", finer[0].fact.value)


def _rank_recasts(groups: list[_Group]) -> None:
    """One actor per character: a later casting supersedes an earlier one (a recast)."""
    roles: dict[tuple, list[_Group]] = defaultdict(list)
    for g in groups:
        if g.key[2] == "cast_member" and _live(g) and g.fact and g.fact.qualifiers.get("character"):
            roles[(g.key[0], norm(g.fact.qualifiers["character"]))].append(g)
    for rivals in roles.values():
        _contest(rivals, dispute_contemporaneous=False)


def _contest(rivals: list[_Group], dispute_contemporaneous: bool) -> None:
    for i, x in enumerate(rivals):
        for y in rivals[i + 1:]:
            prop = x.key[2]
            if not _contradict(prop, x.key[3], y.key[3]):
                continue
            new, old = (x, y) if x.last.mid >= y.last.mid else (y, x)
            if old.last.before(new.last):
                late = [c for c in new.live if old.last.before(when(c))]
                late_support = _support(late)
                if late_support >= SUPERSEDE_AT:
                    old.replaced_support = max(old.replaced_support, late_support)
                    _demote(old, Status.SUPERSEDED, f"superseded by {new.key[3]} (said {new.last.text()})",
                            by=new.key[3])
                elif dispute_contemporaneous:
                    new.rival_support = max(new.rival_support, old.support)
                    _demote(new, Status.DISPUTED, f"a weak later claim against {old.key[3]}")
                continue
            if not dispute_contemporaneous:
                continue
            # weigh what each side says at the time of the contest, not what it said long before
            recent = {id(p): [c for c in p.live if not when(c).before(q.last)] for p, q in ((x, y), (y, x))}
            sx, sy = _support(recent[id(x)]), _support(recent[id(y)])
            (a, sa), (b, sb) = ((x, sx), (y, sy)) if sx >= sy else ((y, sy), (x, sx))
            if sa == sb and a.support < b.support:
                a, b, sa, sb = b, a, sb, sa
            own_docs = {c.document_id for c in recent[id(b)]} <= {c.document_id for c in a.live}
            if own_docs and a.support > b.support:
                # no independent contradiction: the documents behind the weaker value state the
                # stronger one too (typically a passing mention of another date)
                a.rival_support = max(a.rival_support, sb)
                b.replaced_support = max(b.replaced_support, sa)
                _demote(b, Status.SUPERSEDED, f"outweighed by {a.key[3]} in the same document(s)",
                        by=a.key[3])
                continue
            if _odds(sa) >= DOMINANCE * _odds(sb):
                a.rival_support = max(a.rival_support, sb)
                b.rival_support = max(b.rival_support, sa)
                _demote(b, Status.DISPUTED, f"outweighed by {a.key[3]} ({_sources(recent[id(a)])} source(s), "
                                            f"said {a.last.text()})")
            else:
                for p, q, sq in ((a, b, sb), (b, a, sa)):
                    p.rival_support = max(p.rival_support, sq)
                    _demote(p, Status.DISPUTED, f"contradicted by {q.key[3]} said at the same time "
                                                f"({q.last.text()})")


def _confidence(g: _Group) -> None:
    f = g.fact
    assert f is not None
    s = g.support
    r = g.rival_support
    if f.status in (Status.CURRENT, Status.DISPUTED, Status.HEDGED):
        conf = s * (1.0 - r) / (1.0 - s * r) if s * r < 1.0 else 0.0
    elif f.status == Status.SUPERSEDED:
        conf = s * (1.0 - g.replaced_support)
    else:
        conf = 0.0
    f.confidence = round(conf, 3)


# -- reading from a store -------------------------------------------------------------------------
def facts_from_store(store: Store, subject: str | None = None, as_of: str | None = None) -> list[Fact]:
    """Fuse the stored claims about one work (by title or alias) or about every work."""
    if subject is None:
        return fuse(store.claims(), as_of)
    entity = store.find_entity(subject, kind="work")
    if entity is None:
        from .errors import NotFound

        raise NotFound(f"no work called {subject!r} is known")
    return fuse(store.claims(subject_id=entity["id"]), as_of)


# -- history ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineEntry:
    """One statement in the history of a property: when, what, who said it, and its fate."""

    said: str  # a day, "START/END" for an interval (".." for an open side), or "undated"
    order: str  # the day used for ordering
    property: str
    slot: str  # what the values compete for: "medium=theatrical, region=US", "character=Ada", or ""
    qualifiers: str  # the fact's own qualifiers, as text
    value: str
    modality: str
    document: str
    quote: str
    cited: str | None
    status: str  # the fused status of the value this statement supports
    note: str | None


def _slot(f: Fact) -> str:
    q = f.qualifiers
    if f.property == "cast_member":
        return f"character={q['character']}" if q.get("character") else ""
    if PROPERTIES[f.property].many:
        return ""
    parts = {"medium": q.get("medium") or "theatrical"} if f.property == "release_date" else {}
    parts.update({k: q[k] for k in ("region", "season") if q.get(k)})
    return ", ".join(f"{k}={v}" for k, v in parts.items())


def timeline(facts: Iterable[Fact], prop: str | None = None) -> list[TimelineEntry]:
    """Every statement behind ``facts`` (of one property, or all) in the order it was said, grouped
    by what the values compete for (a release date with no medium competes with theatrical)."""
    out: list[TimelineEntry] = []
    for f in facts:
        if prop and f.property != prop:
            continue
        quals = ", ".join(f"{k}={v}" for k, v in sorted(f.qualifiers.items()))
        for s in f.sources:
            said = s.said_on or "undated"
            out.append(TimelineEntry(said, _order(said), f.property, _slot(f), quals, f.value, s.modality,
                                     s.document, s.quote, s.cited, f.status, f.note))
    out.sort(key=lambda e: (list(PROPERTIES).index(e.property), e.slot, e.order, e.value))
    return out


def _order(said: str) -> str:
    if said == "undated":
        return ""
    lo, _, hi = said.partition("/")
    return When(_MIN if lo == ".." else lo, (_MAX if hi == ".." else hi) if hi else lo).mid
