"""When was a document written? Metadata first; otherwise an interval inferred from its text.

``date_document`` fills ``published`` or ``published_after`` / ``published_before`` with the
evidence in ``dating_evidence``. It never overrides a date from metadata.

How the interval is inferred (general rules, no knowledge of any particular work):

1. **Dateline.** A line near the top that is only a date ("May 9, 2024 10:14am PT"), a by-line
   with a date, or "Published / Posted / Updated / Last updated DATE" dates the text as it stands:
   both bounds become that date (at its precision: "Updated March 2025" → the whole month).
   "Reviewed DATE" only bounds it from below.
2. **Events told in the past or future.** Every absolute date is read with the tense of its
   clause (``temporal.tense_near``: "hit theaters on", "began", "was reported in" → past; "will
   open in", "is set to", "slated for", "scheduled for", "expect" → future). A past event puts
   the document *after* the first day the date can mean; a future one puts it *before* the last
   day. These are *hard* bounds. A future event named only by month or season ("will open in
   March 2023") was most likely written before that month began: a *soft* bound at its first day.
3. **A relative expression that names a dated event.** "this summer" near "on June 7, 2024" in
   the same paragraph: the anchors (document dates) for which "this summer" contains June 7, 2024
   are the days of 2024, so the document is from 2024 (soft). Tense must agree ("next year" is
   never the year of something told in the past).
4. **Dates without a year.** "premieres on Sunday, Jan. 12": the year in which Jan. 12 is a
   Sunday nearest the other evidence; "opens Oct. 3" in a text known to be from after
   Sept. 7, 2025: the first Oct. 3 after that (writers drop the year only for dates near them).
   Soft bounds, applied after the others.
5. **Where in its year the text stands.** "as this year segues into the next", "as the year
   winds down", "by the end of the year" said of the future put the document in September–
   December of some year (soft). The year is the latest one the other bounds allow (a text about
   an upcoming event is written in the nearest window before it), or the earliest when only a
   lower bound is known.
6. **Combining.** Hard bounds first, then soft ones, each in order of strength (day before month
   before year precision); a bound that would empty the interval is left out (an article that
   was updated, or a date it got wrong). "The late X" and similar hints are too weak to use.

The evidence names, for each bound kept at the end, the rule and the sentence it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .models import Document
from .temporal import _MONTHS, TimeExpr, find_dates, resolve, tense_near

__all__ = ["Bound", "date_document", "infer_interval"]

_WEIGHT = {"day": 4, "month": 3, "season": 2, "year": 1}
_QUOTE = 220


@dataclass(frozen=True)
class Bound:
    """One piece of evidence: the document is after ``after`` and/or before ``before``."""

    after: date | None
    before: date | None
    hard: bool
    weight: float
    rule: str
    quote: str

    def describe(self) -> str:
        side = " and ".join(x for x in (f"after {self.after}" if self.after else "",
                                         f"before {self.before}" if self.before else "") if x)
        return f"{side} ({self.rule}): “{self.quote}”"


def date_document(doc: Document) -> Document:
    """Fill in when ``doc`` was written (metadata wins; otherwise an interval from its text)."""
    if doc.published:
        doc.dating_evidence = doc.dating_evidence or "publication date from metadata"
        return doc
    after, before, evidence = infer_interval(doc.text)
    doc.published_after = after.isoformat() if after else None
    doc.published_before = before.isoformat() if before else None
    doc.dating_evidence = "; ".join(evidence) if evidence else "no date in metadata or text"
    return doc


def infer_interval(text: str) -> tuple[date | None, date | None, list[str]]:
    """The tightest consistent (published_after, published_before) the text supports, with evidence."""
    line = _dateline(text)
    if line is not None and line.before is not None:
        return line.after, line.before, [line.describe()]
    bounds = ([line] if line else []) + _event_bounds(text) + _coreference_bounds(text)
    bounds.sort(key=lambda b: (not b.hard, -b.weight))
    kept: list[Bound] = []
    lo, hi = _narrow_by(bounds, None, None, kept)
    tight = bool(lo and hi and (hi - lo).days <= 400)
    near_lo = lo if lo and (tight or (line and line.after == lo)) else None
    near_hi = hi if hi and (tight or (line and line.before == hi)) else None
    yearless = sorted(_yearless_bounds(text, lo, hi, near_lo, near_hi), key=lambda b: -b.weight)
    lo, hi = _narrow_by(yearless, lo, hi, kept)
    narrowed = _relative_tense_filter(text, lo, hi)
    if narrowed is not None:
        lo, hi = narrowed.after, narrowed.before
        kept.append(narrowed)
    window = _year_position(text)
    if window is not None:
        placed = _place_window(window, lo, hi)
        if placed is not None:
            lo, hi = placed.after, placed.before
            kept.append(placed)
    evidence = [b.describe() for b in kept if (b.after and b.after == lo) or (b.before and b.before == hi)]
    return lo, hi, list(dict.fromkeys(evidence))


def _narrow_by(bounds: list[Bound], lo: date | None, hi: date | None,
               kept: list[Bound]) -> tuple[date | None, date | None]:
    """Narrow (lo, hi) by each bound in turn, skipping one that would empty it; appends the bounds
    used to ``kept``."""
    for b in bounds:
        new_lo = max(filter(None, (lo, b.after)), default=None)
        new_hi = min(filter(None, (hi, b.before)), default=None)
        if new_lo and new_hi and new_lo > new_hi:
            continue
        lo, hi = new_lo, new_hi
        kept.append(b)
    return lo, hi


# -- rule 1: datelines --------------------------------------------------------------------------
_DATELINE_WORDS = re.compile(
    r"^\s*(?:(?P<kind>published|posted|updated|last\s+updated|modified|last\s+modified|reviewed|"
    r"first\s+published|originally\s+published)\s*(?:on|:)?\s*:?\s*)?(?P<rest>.*)$", re.IGNORECASE)
_TIME_TAIL = re.compile(
    r"^[\s,|•·–—-]*(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?[\s,|•·–—-]*$",
    re.IGNORECASE)


def _dateline(text: str) -> Bound | None:
    """A date standing alone near the top (dateline, by-line with a date), or a line anywhere that
    labels a date ("Updated …", "Last updated: …", "Reviewed … at the festival")."""
    for i, raw in enumerate(text.split("\n")):
        line = raw.strip()
        if not line or len(line) > 120:
            continue
        m = _DATELINE_WORDS.match(line)
        kind = re.sub(r"\s+", " ", (m.group("kind") or "").lower())
        if not kind and i >= 12:
            continue
        rest = m.group("rest")
        rest = re.sub(r"^(?:by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*[|,•·–—-]\s*)", "", rest)
        if not kind:
            relabel = _DATELINE_WORDS.match(rest)  # "By Jane Roe | Published Aug. 21, 2026"
            if relabel and relabel.group("kind"):
                kind = re.sub(r"\s+", " ", relabel.group("kind").lower())
                rest = relabel.group("rest")
        if kind:
            rest = re.split(r"\s+[·•|]\s+", rest)[0]  # "Published Jan. 6, 2026 · Updated Jan. 7, 2026"
        found = [e for e in find_dates(rest) if not e.relative]
        if len(found) != 1:
            continue
        e = found[0]
        head, tail = rest[:e.start], rest[e.end:]
        if head.strip(" ,|•·–—-:") and not re.fullmatch(r"\s*(?:on|:)?\s*", head):
            continue
        if not kind and not _TIME_TAIL.match(tail):
            continue
        if e.precision == "year" and not kind:
            continue  # a year alone on a line is more likely a caption or a heading
        lo, hi = date.fromisoformat(e.lo), date.fromisoformat(e.hi)
        if kind == "reviewed":
            return Bound(lo, None, True, 10, "reviewed on", line)
        return Bound(lo, hi, True, 10, f"{kind or 'dateline'}", line)
    return None


# -- rule 2: events told in the past or the future ----------------------------------------------
def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+", text):
        if _abbreviation_before(text, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _abbreviation_before(text: str, i: int) -> bool:
    word = re.search(r"(\S+)$", text[max(0, i - 12):i])
    return bool(word and re.fullmatch(rf"(?:{_MONTHS}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|vs\.|No\.|[A-Z]\.)",
                                      word.group(1)))


def _quote(text: str, span: tuple[int, int], at: int) -> str:
    s, t = span
    if t - s <= _QUOTE:
        return text[s:t].strip()
    lo = max(s, at - _QUOTE // 2)
    hi = min(t, lo + _QUOTE)
    return ("…" if lo > s else "") + text[lo:hi].strip() + ("…" if hi < t else "")


def _event_bounds(text: str) -> list[Bound]:
    out: list[Bound] = []
    for span in _sentences(text):
        for e in find_dates(text[span[0]:span[1]]):
            if e.relative or not e.lo:
                continue
            tense = tense_near(text, span[0] + e.start, span[0] + e.end)
            if tense is None:
                continue
            lo, hi = date.fromisoformat(e.lo), date.fromisoformat(e.hi)
            w = _WEIGHT.get(e.precision, 1)
            quote = _quote(text, span, span[0] + e.start)
            if tense == "past":
                out.append(Bound(lo, None, True, w, f"past event “{e.text}”", quote))
            else:
                out.append(Bound(None, hi, True, w, f"future event “{e.text}”", quote))
                if e.precision in ("month", "season") and lo < hi:
                    out.append(Bound(None, lo, False, w, f"future event “{e.text}” named only by "
                                                        f"{e.precision}: written before it began", quote))
    return out


# -- rule 3: a relative expression naming a dated event -------------------------------------------
_COREF_KEYS = ("season:", "year:", "month:", "yearend:", "week:", "weekend:")


_MOVED_PLAN = re.compile(r"\b(?:pushed|delayed|moved|postponed|bumped|shifted|rescheduled|instead|originally|"
                         r"intended|had\s+been\s+(?:expected|set|scheduled|slated)|was\s+(?:set|scheduled|slated)\s+to|"
                         r"were\s+(?:set|scheduled|slated)\s+to)\b", re.IGNORECASE)


def _coreference_bounds(text: str) -> list[Bound]:
    out: list[Bound] = []
    offset = 0
    for para in text.split("\n"):
        found = find_dates(para)
        absolute = [e for e in found if not e.relative and e.lo and e.precision in ("day", "month")]
        for r in (e for e in found if e.relative and e.key.startswith(_COREF_KEYS)):
            r_tense = tense_near(para, r.start, r.end)
            direction = r.key.split(":")[1]
            candidates = []
            for d in absolute:
                d_tense = tense_near(para, d.start, d.end)
                if d_tense and r_tense and d_tense != r_tense:
                    continue
                if (direction, d_tense) in (("next", "past"), ("last", "future")):
                    continue
                window = _anchors_naming(r, d)
                if window:
                    candidates.append((abs(d.start - r.start), d, window))
            if not candidates:
                continue
            candidates.sort(key=lambda c: c[0])
            _, d, (lo, hi) = candidates[0]
            if len(candidates) > 1 and candidates[1][0] == candidates[0][0]:
                continue
            spans = _sentences(para)
            s_r = next(sp for sp in spans if sp[0] <= r.start < sp[1] + 1)
            s_d = next(sp for sp in spans if sp[0] <= d.start < sp[1] + 1)
            if _MOVED_PLAN.search(para[s_r[0]:s_r[1]]) or _MOVED_PLAN.search(para[s_d[0]:s_d[1]]):
                continue  # in a date change "this summer" is one plan and the explicit date another
            quote = para[s_r[0]:s_r[1]] if s_r == s_d else f"{para[s_r[0]:s_r[1]]} … {para[s_d[0]:s_d[1]]}"
            out.append(Bound(lo, hi, False, 0.5, f"“{r.text}” names {d.text}", " ".join(quote.split())))
        offset += len(para) + 1
    return out


def _anchors_naming(r: TimeExpr, d: TimeExpr) -> tuple[date, date] | None:
    """The first and last document date for which ``r`` would mean a span containing ``d``."""
    d_lo = date.fromisoformat(d.lo)
    if r.key.startswith(("week:", "weekend:")):  # a week moves with every day: try each one
        days = [d_lo + timedelta(days=i) for i in range(-21, 22)]
        step = timedelta(days=0)
    else:  # the rest move with months: the 1st and the 15th stand for their half-month
        days = [date(y, m, day) for y in range(d_lo.year - 2, d_lo.year + 3) for m in range(1, 13)
                for day in (1, 15)]
        step = None
    hits = [a for a in days if (got := resolve(r, a)).lo and got.hi and got.lo <= d.lo and d.hi <= got.hi]
    if not hits:
        return None
    first, last = min(hits), max(hits)
    if step is not None:
        return first, last
    last_end = (date(last.year, last.month, 14) if last.day == 1 else
                (date(last.year + (last.month == 12), last.month % 12 + 1, 1) - timedelta(days=1)))
    return first, last_end


# -- rule 3b: dates without a year --------------------------------------------------------------
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$")
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _yearless_bounds(text: str, lo: date | None, hi: date | None, near_lo: date | None,
                     near_hi: date | None) -> list[Bound]:
    """A month and day without a year, told in the past or future, once the year can be told.

    With a weekday ("Sunday, Jan. 12") the year is one where that day falls on that weekday, the
    one nearest the other evidence (or the document's latest stated year). Without one, writers
    leave the year out for dates within a year of writing: a future date is its first occurrence
    on or after the earliest possible writing day, a past one its last occurrence on or before the
    latest possible one — when that day is known to be near (``near_lo`` / ``near_hi``: from a
    dateline, or an interval under about a year), not a bound from some old event. "Days before"
    or "days ahead of" such a date puts the document within two weeks of it.
    """
    years = [int(e.value[:4]) for e in find_dates(text) if not e.relative and e.value]
    out: list[Bound] = []
    for span in _sentences(text):
        sentence = text[span[0]:span[1]]
        for e in find_dates(sentence):
            if not e.key.startswith("monthday:"):
                continue
            tense = {"next": "future", "last": "past"}.get(e.key.split(":")[1])
            if tense is None:
                continue
            mm, dd = (int(x) for x in e.key.split(":")[2].split("-"))
            wd = _WEEKDAY_BEFORE.search(sentence[max(0, e.start - 12):e.start])
            if wd:
                ref = _reference(lo, hi, years)
                if ref is None:
                    continue
                weekday = _WEEKDAY_NAMES.index(wd.group(1).lower())
                day = _nearest_weekday_date(mm, dd, weekday, ref, lo if tense == "future" else None,
                                            hi if tense == "past" else None)
                rule = f"“{wd.group(1)}, {e.text}” falls on a {wd.group(1)} in {day.year if day else '?'}"
            elif tense == "future" and near_lo is not None:
                day = _occurrence(mm, dd, near_lo, after=True)
                rule = f"“{e.text}” ahead, the first after {near_lo}"
            elif tense == "past" and near_hi is not None:
                day = _occurrence(mm, dd, near_hi, after=False)
                rule = f"“{e.text}” past, the last before {near_hi}"
            else:
                continue
            if day is None:
                continue
            quote = _quote(text, span, span[0] + e.start)
            if tense == "past":
                out.append(Bound(day, None, False, 3, rule, quote))
            else:
                out.append(Bound(None, day, False, 3, rule, quote))
                near = _DAYS_BEFORE.search(sentence[:e.start])
                if near:
                    weeks = 8 if near.group(1).lower() == "weeks" else 2
                    out.append(Bound(day - timedelta(weeks=weeks), None, False, 2.5,
                                     f"“{near.group(0)}” {e.text}: within {weeks} weeks of it", quote))
    return out


_DAYS_BEFORE = re.compile(r"\b(days|hours|weeks)\s+(?:before|ahead\s+of|until|away\s+from)\b", re.IGNORECASE)


def _reference(lo: date | None, hi: date | None, years: list[int]) -> date | None:
    if lo and hi:
        return lo + (hi - lo) / 2
    if lo or hi:
        return lo or hi
    return date(max(years), 7, 1) if years else None


def _nearest_weekday_date(mm: int, dd: int, weekday: int, ref: date, not_before: date | None,
                          not_after: date | None) -> date | None:
    days = []
    for y in range(ref.year - 8, ref.year + 9):
        try:
            d = date(y, mm, dd)
        except ValueError:
            continue
        if d.weekday() != weekday or (not_before and d < not_before) or (not_after and d > not_after):
            continue
        days.append(d)
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def _occurrence(mm: int, dd: int, anchor: date, after: bool) -> date | None:
    days = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(date(y, mm, dd))
        except ValueError:
            continue
    days = [d for d in days if (d >= anchor if after else d <= anchor)]
    return (min(days) if after else max(days)) if days else None


# -- rule 4b: what relative expressions told in a tense allow ----------------------------------------
_TENSED_KEYS = ("monthname:", "monthday:", "season:", "year:", "month:")
_AND_THEN = re.compile(r"^[^.;:!?]*\band\b[^.;:!?]*$")


def _relative_tense_filter(text: str, lo: date | None, hi: date | None) -> Bound | None:
    """Keep only the writing days for which every tensed relative expression reads right.

    "wrapped this March" (past) needs a day after this March began; "opens next month" needs
    nothing more, but "began in May 2024 and wrapped this March" also needs this March to come
    after May 2024 (two events of one tense joined by "and" are told in order). Tried on every day
    of an interval already bounded on both sides (up to three years long).
    """
    if lo is None or hi is None or (hi - lo).days > 3 * 366:
        return None
    checks: list[tuple[TimeExpr, str, str | None, str]] = []
    for span in _sentences(text):
        sentence = text[span[0]:span[1]]
        found = find_dates(sentence)
        for r in found:
            if not r.relative or not r.key.startswith(_TENSED_KEYS):
                continue
            tense = tense_near(sentence, r.start, r.end)
            if tense is None:
                continue
            earlier = [d for d in found if not d.relative and d.lo and d.end <= r.start
                       and tense_near(sentence, d.start, d.end) == tense
                       and _AND_THEN.match(sentence[d.end:r.start])]
            floor = max((d.lo for d in earlier), default=None)
            checks.append((r, tense, floor, " ".join(sentence.split())[:_QUOTE]))
    if not checks:
        return None
    ok = []
    day = lo
    while day <= hi:
        if all(_reads_right(r, tense, floor, day) for r, tense, floor, _ in checks):
            ok.append(day)
        day += timedelta(days=1)
    if not ok or (ok[0] == lo and ok[-1] == hi):
        return None
    return Bound(ok[0], ok[-1], False, 1, "the only days on which its relative dates read right",
                 " … ".join(dict.fromkeys(q for *_, q in checks)))


def _reads_right(r: TimeExpr, tense: str, floor: str | None, anchor: date) -> bool:
    got = resolve(r, anchor)
    if not got.lo or not got.hi:
        return True
    a = anchor.isoformat()
    if tense == "past" and got.lo > a or tense == "future" and got.hi < a:
        return False
    return floor is None or got.lo >= floor


# -- rule 4: where in its year the text stands ----------------------------------------------------
_LATE_IN_YEAR = re.compile(
    r"\bas\s+(?:this|the)\s+year\s+(?:segues|turns|gives\s+way|rolls\s+over|transitions|moves)\s+into\s+the\s+next"
    r"|\bas\s+the\s+year\s+(?:draws\s+to\s+a\s+close|winds\s+down|comes\s+to\s+an\s+end|ends)\b"
    r"|\bbefore\s+the\s+(?:end\s+of\s+the|this)\s+year\s+is\s+out\b"
    r"|\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+(?:this|the)\s+year|year['’]s\s+end)\b",
    re.IGNORECASE)


def _year_position(text: str) -> tuple[tuple[int, int], str] | None:
    for span in _sentences(text):
        sentence = text[span[0]:span[1]]
        m = _LATE_IN_YEAR.search(sentence)
        if m and tense_near(sentence, m.start(), m.end()) != "past":
            return (9, 12), " ".join(sentence.split())[:_QUOTE]
    return None


def _place_window(window: tuple[tuple[int, int], str], lo: date | None, hi: date | None) -> Bound | None:
    (m1, m2), quote = window
    if hi is None and lo is None:
        return None
    years = range(hi.year, hi.year - 30, -1) if hi else range(lo.year, lo.year + 30)
    for y in years:
        w_lo, w_hi = date(y, m1, 1), date(y, 12, 31) if m2 == 12 else date(y, m2 + 1, 1) - timedelta(days=1)
        a, b = max(filter(None, (lo, w_lo))), min(filter(None, (hi, w_hi)))
        if a <= b:
            which = "latest" if hi else "earliest"
            return Bound(a, b, False, 0.5, f"late in {y}, the {which} year the other evidence allows", quote)
    return None
