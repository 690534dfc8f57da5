"""Time expressions in text: absolute dates at their stated precision, and relative ones
("this summer", "next year", "on Monday") resolved against an anchor date when one is known.

    find_dates("It opens on June 7, 2024.")  → [TimeExpr(..., value="2024-06-07", precision="day")]
    find_dates("It opens this summer.", anchor="2024-02-10")
        → [TimeExpr(..., value="2024", precision="season", relative=True, lo="2024-06-01", hi="2024-08-31")]
    find_dates("It opens this summer.")  → [TimeExpr(..., value=None, relative=True)]

Every expression carries ``value`` (ISO at the precision the text gives: "2024-06-07", "2022-11",
"2014"; ``None`` while a relative expression is unresolved) and, when known, ``lo``/``hi``: the
first and last day it can mean ("early 2024" → 2024-01-01..2024-04-30, "summer 2024" →
2024-06-01..2024-08-31, "later this month" → anchor..end of month).

Conventions (northern-hemisphere, calendar-based, documented so they can be argued with):

* seasons: spring = March–May, summer = June–August, fall/autumn = September–November,
  winter = December–February, holiday season = November–December. ``precision`` is "season"
  and ``value`` the year; "this winter" has the anchor's year, "next/last winter" the year of
  its December ("winter 2024" is ambiguous, so its ``lo``/``hi`` span the whole year);
* early = January–April, mid = May–August, late = September–December, end of the year =
  October–December; "later this year" = anchor..December 31, "earlier this year" = January 1..anchor;
* "next summer" is the first summer that starts after the anchor, "last summer" the last one
  that ended before it, "this summer" the one of the anchor's year;
* a bare weekday ("on Monday") is the nearest such day *before* the anchor (news reports the
  past), or after it when a future cue ("will", "is set to", "next") precedes it in the clause;
* "in the coming weeks" = anchor..anchor+8 weeks, "coming days" 2 weeks, "coming months" 6 months;
  "in recent weeks/months" the mirror image before the anchor;
* when ``lo`` and ``hi`` share no ISO prefix (a range across New Year) ``value`` is None.

``resolve(expr, anchor)`` re-resolves one relative expression against another anchor (claims
resolve theirs against their document's date), ``interval(value)`` gives the days an ISO value
covers, and ``tense_near(text, start, end)`` guesses from cue words whether a date in a sentence
is told as past or future (used by dating and by weekday resolution).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import is_common

_POSSESSIVE = re.compile(r"['’]s?$")  # "Besson's 1990 thriller": a year of the owner's

__all__ = ["TimeExpr", "anchor_of", "find_dates", "resolve", "interval", "tense_near", "parse_anchor"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
           r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH = rf"(?P<month>{_MONTHS})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+){_YEAR}\b"  # June 7, 2024
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTHS})\s*,?\s+(?P<year2>(?:19|20)\d\d)\b"
    rf"|\b(?P<month3>{_MONTHS})\s+(?:of\s+)?(?P<year3>(?:19|20)\d\d)\b"  # November 2022
    rf"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    rf"|(?<![\w$£€.,-])(?P<year4>(?:19|20)\d\d)(?:['’]s)?(?![\w%-]|,\d)",
    re.IGNORECASE,
)

# -- seasons and parts of a year --------------------------------------------------------------
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2),
           "holiday": (11, 12)}
PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12), "start": (1, 3)}
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter|holiday(?:\s+season)?|holidays)"
_PART_WORDS = r"early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?start\s+of|(?:the\s+)?beginning\s+of"
_PART = rf"(?P<part>{_PART_WORDS})"

_EXPLICIT_SEASON = re.compile(
    rf"\b(?:{_PART}[- ]?)?{_SEASON}\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b(?!-\d)", re.IGNORECASE)
_PART_OF_YEAR = re.compile(rf"\b{_PART}[- ](?P<year>(?:19|20)\d\d)\b(?!-\d|['’]?s\b)", re.IGNORECASE)

_FULL_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|Sept\.?|October|November"
                r"|December)")
_RANGE = re.compile(
    rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*[-–]\s*(?:(?P<month2>{_MONTHS})\s+)?"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE)
_REL = [
    # a month and day without a year ("on December 5", "Sunday, Jan. 12", "12 March"); not ranges
    ("monthday", re.compile(
        rf"\b(?P<mon>{_MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![-–]\d)(?!\s*,?\s*(?:19|20)\d\d)(?!:)"
        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTHS})(?![\w.])(?!\s*,?\s*(?:19|20)\d\d)")),
    # a month without a year ("this March", "in September", "late October")
    ("monthname", re.compile(
        rf"\b(?P<rel>[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Ll]ast|[Nn]ext|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|"
        rf"[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arly\s+in|[Ll]ate\s+in)\s+(?P<mon>{_FULL_MONTHS})(?![\w-])(?!\s+\d)"
        r"(?:\s+of\s+(?P<yrel>this|last|next)\s+year\b)?")),
    # the turn of the year seen from inside it
    ("yearend", re.compile(
        r"\bas\s+(?:this|the)\s+year\s+(?:segues|turns|gives\s+way|rolls\s+over|transitions|moves)\s+into\s+the\s+next"
        r"|\bas\s+the\s+year\s+(?:draws\s+to\s+a\s+close|winds\s+down|comes\s+to\s+an\s+end|ends)"
        r"|\b(?:the\s+)?end\s+of\s+(?:this|the)\s+year\b|\byear['’]s\s+end\b|\bthe\s+turn\s+of\s+the\s+year\b",
        re.IGNORECASE)),
    ("season", re.compile(
        rf"\b(?P<rel>this\s+past|this\s+coming|later\s+this|earlier\s+this|this|next|last)\s+{_SEASON}\b",
        re.IGNORECASE)),
    ("year", re.compile(
        rf"\b(?:(?P<mod>later|earlier|{_PART_WORDS})[- ])?"
        r"(?P<rel>this|next|last)\s+year\b(?!['’]s\s+(?:end))", re.IGNORECASE)),
    ("month", re.compile(
        r"\b(?:(?P<mod>later|earlier|early|late|the\s+end\s+of|end\s+of)\s+)?(?P<rel>this|next|last)\s+month\b",
        re.IGNORECASE)),
    ("week", re.compile(
        r"\b(?:(?P<mod>later|earlier)\s+)?(?P<rel>this\s+past|this|next|last)\s+(?P<unit>week|weekend)\b",
        re.IGNORECASE)),
    ("span", re.compile(
        r"\b(?:in|over|during|within)\s+the\s+(?:coming|next\s+few|next\s+couple\s+(?:of\s+)?|upcoming)\s*"
        r"(?P<unit>days|weeks|months)\b|\bin\s+the\s+(?P<unit2>days|weeks|months)\s+ahead\b",
        re.IGNORECASE)),
    ("recent", re.compile(
        r"\b(?:in|over|during)\s+(?:recent|the\s+past\s+few|the\s+last\s+few|the\s+past|the\s+last)\s+"
        r"(?P<unit>days|weeks|months)\b", re.IGNORECASE)),
    ("ago", re.compile(
        r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
        r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)),
    ("day", re.compile(
        r"\b(?P<rel>today|tonight|yesterday|tomorrow)\b|(?:^|(?<=[.!?\"“]\s)|(?<=\n))(?P<rel2>Today|Tonight|Yesterday|Tomorrow)\b")),
    ("weekday", re.compile(
        r"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Oo]n|[Ee]arlier\s+on|[Ll]ate\s+on)\s+)?"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b")),
]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 4}
_SPAN_DAYS = {"days": 14, "weeks": 56, "months": 183}
_RECENT_DAYS = {"days": 14, "weeks": 56, "months": 183}

# -- tense cues -------------------------------------------------------------------------------
_FUTURE = re.compile(
    r"\b(?:will|won['’]t|['’]ll|is|are)\s+(?:\w+\s+)?(?:set|slated|scheduled|expected|due|poised|going|planned|"
    r"eyeing|eyed|tipped)\b|\bwill\b|['’]ll\b|\bshall\b|\bset\s+to\b|\bslated\b|\bscheduled\b|\bexpect(?:s|ed)?\b"
    r"|\bupcoming\b|\bforthcoming\b|\bdue\s+(?:out|in|on|for)\b|\b(?:is|are)\s+coming\b|\bcoming\s+(?:to|in|on|out)\b"
    r"|\bplan(?:s|ned)?\s+to\b|\baims?\s+to\b|\bto\s+be\s+released\b|\bcould\b|\bmight\b|\bwould\b|\bmay\b"
    r"|\bpushed\s+(?:back\s+)?to\b|\b(?:delayed|moved|postponed|rescheduled|shifted|bumped)\s+(?:back\s+)?(?:to|until)\b"
    r"|\bnext\b|\bahead\b|\bcountdown\b|\barriv(?:es|ing)\b|\bopens\b|\bpremieres\b|\bhits\b|\blands\b|\bdebuts\b|\bbows\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:hit|debuted|released|premiered|opened|began|begun|started|wrapped|finished|completed|reported|"
    r"announced|revealed|confirmed|unveiled|aired|dropped|arrived|landed|launched|grossed|earned|shot|filmed|"
    r"went|came\s+out|was|were|had|did|said|told|ran|won|died|passed\s+away|since|ago|last|earlier|"
    r"didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|"
    r"previously|back\s+in|as\s+of)\b|\bha(?:s|ve)\s+(?:already\s+)?(?:been|hit|debuted|released|premiered|"
    r"opened|begun|started|wrapped|announced|confirmed|revealed)\b", re.IGNORECASE)
# a past form that is really a plan seen from the past ("was set to open in June 2023"): no tense
_PAST_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:set|slated|scheduled|expected|due|planned|supposed|going|"
    r"initially|originally|previously)\b|\boriginally\b|\binitially\b|\b(?:delayed|pushed|moved|postponed|"
    r"rescheduled|shifted)\s+(?:back\s+)?from\b|\bfrom\s+its\s+(?:original|previous|planned)\b",
    re.IGNORECASE)
_MOVED = re.compile(r"\b(?:delayed|pushed|moved|postponed|rescheduled|shifted|bumped)\b", re.IGNORECASE)
_WILL_BE_PAST = re.compile(r"\b(?:will|to|'ll|would|could|might|may|should)\s+(?:\w+\s+)?(?:be|have)\s*$",
                           re.IGNORECASE)
# clause breaks; a colon or dash before a capital is more likely inside a title ("Wick: Chapter 4")
_CLAUSE_BREAK = re.compile(r"[;()\[\]]|[:—–](?!\s*[A-Z0-9])|,\s+(?:and|but|while|whereas|which|who)\b|\.\s")


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None  # ISO at the stated precision ("2024-06-07", "2022-11", "2014"); None if unresolved
    precision: str  # day, month, year, season
    relative: bool = False
    lo: str | None = None  # first day the expression can mean (ISO), when known
    hi: str | None = None  # last day it can mean
    key: str = ""  # what a relative expression means, e.g. "season:this:summer", "year:next:"


# -- small date helpers -----------------------------------------------------------------------
def _month(name: str) -> int:
    n = name.lower().rstrip(".")
    return MONTHS[n[:4] if n.startswith("sept") else n[:3]]


def parse_anchor(anchor: str | date | None) -> date | None:
    """An anchor as a date: "2024-06-07", "2024-06" (first day), "2024" (first day), or a date."""
    if anchor is None or isinstance(anchor, date):
        return anchor
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(anchor))
    if not m:
        raise ValueError(f"not an ISO date: {anchor!r}")
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months_span(y: int, m1: int, m2: int) -> tuple[date, date]:
    """First and last day of months m1..m2 of year y (m2 < m1 runs into the next year)."""
    if m2 < m1:
        return date(y, m1, 1), _last_day(y + 1, m2)
    return date(y, m1, 1), _last_day(y, m2)


def interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO value covers: "2024" → ("2024-01-01", "2024-12-31")."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return f"{y:04d}-01-01", f"{y:04d}-12-31"
        m = int(parts[1])
        if len(parts) == 2:
            return date(y, m, 1).isoformat(), _last_day(y, m).isoformat()
        d = date(y, m, int(parts[2][:2]))
        return d.isoformat(), d.isoformat()
    except (ValueError, IndexError):
        return None


def _prefix(lo: date, hi: date) -> tuple[str | None, str]:
    """The most precise ISO value covering lo..hi, and its precision."""
    if lo == hi:
        return lo.isoformat(), "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    return None, "range"


def _season_key(word: str) -> str:
    w = word.lower()
    if w.startswith("holiday"):
        return "holiday"
    return "fall" if w == "autumn" else w


def _part_key(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    for k in ("early", "mid", "late", "end", "start"):
        if k in w:
            return k
    return "start" if "beginning" in w else None


# -- tense --------------------------------------------------------------------------------------
def tense_near(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None: the tense in which the clause around text[start:end] tells it.

    The nearest cue word before the expression in its clause wins ("which hit theaters on …",
    "is set to open on …"); when the clause before it has none, the first cue after it does ("In
    March 2023, the film will open …"). A past form of a plan ("was set to open in …", "delayed
    from …") means no tense: the plan may or may not have happened.
    """
    dot = text.rfind(". ", 0, start)
    sent_start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    before = text[sent_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    years = list(re.finditer(r"\b(?:19|20)\d\d\b", clause))
    if years:  # "delayed from May 2024 to May 2025": the cues for this date follow the last one
        tail = clause[years[-1].end():]
        if re.fullmatch(r"\s*(?:to|until|back\s+to)\s+", tail) and _MOVED.search(clause):
            return "future"
        clause = tail
    stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    after_full = text[end:min(stop) if stop else len(text)]
    brk = _CLAUSE_BREAK.search(after_full)
    # the clause after includes an appositive: "In March 2023, X, the next film, will open"
    after = after_full[: brk.start()] if brk and brk.start() > 0 else after_full
    if _PAST_PLAN.search(clause[-60:]) or _PAST_PLAN.match(after.lstrip()):
        return None
    cue = _nearest_cue(clause, backwards=True)
    if cue is None:
        if _PAST_PLAN.search(after[:60]):
            return None
        cue = _nearest_cue(after, backwards=False)
    return cue


def _nearest_cue(s: str, backwards: bool) -> str | None:
    hits: list[tuple[int, str]] = []
    for m in _FUTURE.finditer(s):
        word = m.group(0).lower()
        if word == "may" and m.group(0) != "may":
            continue
        hits.append((m.end() if backwards else m.start(), "future"))
    for m in _PAST.finditer(s):
        tense = "past"
        if _WILL_BE_PAST.search(s[:m.start()]):  # "will be released", "to be announced"
            tense = "future"
        hits.append((m.end() if backwards else m.start(), tense))
    if not hits:
        return None
    # the cue closest to the date wins; "will be released" was already turned into "future" above
    hits.sort(key=lambda h: h[0], reverse=backwards)
    return hits[0][1]


# -- finding --------------------------------------------------------------------------------------
def find_dates(text: str, anchor: str | date | None = None) -> list[TimeExpr]:
    """Every date expression in ``text``, in order; relative ones resolved against ``anchor``
    (a day, or an interval "AFTER/BEFORE" from ``anchor_of``: see ``resolve``).

    Without an anchor a relative expression comes back with ``value=None`` and ``relative=True``.
    Dating and extraction read the same sentences: results are cached (TimeExpr is immutable).
    """
    return list(_find_dates(text, anchor))


@lru_cache(maxsize=8192)
def _find_dates(text: str, anchor: str | date | None) -> tuple[TimeExpr, ...]:
    if anchor is not None:  # one scan per text; only the relative expressions depend on the anchor
        return tuple(resolve(e, anchor) for e in _find_dates(text, None))
    return tuple(_scan_dates(text))


# Every date pattern needs one of these (as a substring): a text without any has no date to scan.
_MAY_HAVE_DATE = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|"
                            r"winter|holiday|year|month|week|day|tonight|tomorrow", re.IGNORECASE)


def _scan_dates(text: str, anchor: str | date | None = None) -> list[TimeExpr]:
    if not _MAY_HAVE_DATE.search(text):
        return []
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _EXPLICIT_SEASON.finditer(text):
        y, season = int(m.group("year")), _season_key(m.group("season"))
        if season == "winter":
            lo, hi = date(y, 1, 1), date(y, 12, 31)
        else:
            lo, hi = _months_span(y, *SEASONS[season])
            part = _part_key(m.group("part"))
            lo, hi = _narrow(lo, hi, part)
        out.append(TimeExpr(m.start(), m.end(), m.group(0), str(y), "season", False, lo.isoformat(),
                            hi.isoformat()))
        taken.append((m.start(), m.end()))
    for m in _PART_OF_YEAR.finditer(text):
        if not free(m.start(), m.end()):
            continue
        y, part = int(m.group("year")), _part_key(m.group("part"))
        lo, hi = _months_span(y, *PARTS[part])
        out.append(TimeExpr(m.start(), m.end(), m.group(0), str(y), "year", False, lo.isoformat(),
                            hi.isoformat()))
        taken.append((m.start(), m.end()))
    for m in _RANGE.finditer(text):
        y, m1 = int(m.group("year")), _month(m.group("month"))
        m2 = _month(m.group("month2")) if m.group("month2") else m1
        try:
            lo, hi = date(y, m1, int(m.group("d1"))), date(y, m2, int(m.group("d2")))
        except ValueError:
            continue
        if hi < lo:
            continue
        value, prec = _prefix(lo, hi)
        out.append(TimeExpr(m.start(), m.end(), m.group(0), value, prec, False, lo.isoformat(),
                            hi.isoformat()))
        taken.append((m.start(), m.end()))
    for m in _DATE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        g = m.groupdict()
        if g["day"]:
            value, prec = f"{g['year']}-{_month(g['month']):02d}-{int(g['day']):02d}", "day"
        elif g["day2"]:
            value, prec = f"{g['year2']}-{_month(g['month2']):02d}-{int(g['day2']):02d}", "day"
        elif g["month3"]:
            if g["month3"].lower() == "may" and not re.match(r"May\s", m.group(0)):
                continue
            value, prec = f"{g['year3']}-{_month(g['month3']):02d}", "month"
        elif g["iso"]:
            value, prec = g["iso"], "day"
        else:
            if m.group(0).endswith(("s", "S")) and m.group(0)[-2] not in "'’":
                continue  # "the 1990s" is a decade, not a year
            word = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, m.start() - 30):m.start()])
            if word and not is_common(word.group(1)) and not _POSSESSIVE.search(word.group(1)) \
                    and not text[m.end():m.end() + 1] == ")":
                continue  # "Wonder Woman 1984", "Blade Runner 2049": the number belongs to a title
            value, prec = g["year4"], "year"
        span = interval(value)
        if span is None:
            continue  # "February 30, 2024": not a date
        out.append(TimeExpr(m.start(), m.end(), m.group(0), value, prec, False, *span))
        taken.append((m.start(), m.end()))
    for kind, rx in _REL:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            key = _key(kind, m)
            if key is None:
                continue
            if kind == "weekday" and re.match(r"\s*,?\s*(?:" + _MONTHS + r"|\d)", text[m.end():m.end() + 12]):
                continue  # "Monday, June 3, 2024": the absolute date says it
            if kind == "weekday" and key.split(":")[1] == "":
                tense = tense_near(text, m.start(), m.end())
                key = key.replace("weekday::", "weekday:next:" if tense == "future" else "weekday:last:")
            elif kind in ("monthday", "monthname") and key.split(":")[1] == "":  # tense decides
                tense = tense_near(text, m.start(), m.end())
                rel = {"future": "next", "past": "last"}.get(tense or "", "")
                key = f"{kind}:{rel}:{key.split(':', 2)[2]}"
            expr = TimeExpr(m.start(), m.end(), m.group(0), None, _KIND_PRECISION[kind], True, key=key)
            inherited = _inherit_year(text, expr, out) if kind in ("monthday", "monthname") else None
            if inherited is not None:
                out.append(inherited)
            else:
                out.append(resolve(expr, anchor) if anchor is not None else expr)
            taken.append((m.start(), m.end()))
    out.sort(key=lambda e: e.start)
    return out


def _inherit_year(text: str, expr: TimeExpr, found: list[TimeExpr]) -> TimeExpr | None:
    """ "It began in July 2025 and wrapped in September": a month (and day) without a year takes the
    year of the nearest dated month or day before it in the same sentence, when it is not earlier
    in that year (a wrap into the next year is left to the anchor). Explicit "this/next/last March"
    keeps its own meaning."""
    if re.match(r"(?i)(?:this|next|last)\b", expr.text):
        return None
    before = [e for e in found if not e.relative and e.end <= expr.start and e.precision in ("day", "month")
              and e.value and not re.search(r"[.!?]\s|\n", text[e.end:expr.start])]
    if not before:
        return None
    src = max(before, key=lambda e: e.end)
    y, src_month = int(src.value[:4]), int(src.value[5:7])
    kind, _, arg = expr.key.split(":", 2)
    mm = int(arg[:2])
    if mm < src_month:
        return None
    if kind == "monthday":
        try:
            d = date(y, mm, int(arg[3:5]))
        except ValueError:
            return None
        return replace(expr, value=d.isoformat(), precision="day", relative=False, lo=d.isoformat(),
                       hi=d.isoformat(), key=f"inherit:{src.text}")
    lo, hi = date(y, mm, 1), _last_day(y, mm)
    part = arg.split(":")[1] if ":" in arg else ""
    if part:
        lo, hi = _narrow(lo, hi, part)
    return replace(expr, value=f"{y:04d}-{mm:02d}", precision="month", relative=False, lo=lo.isoformat(),
                   hi=hi.isoformat(), key=f"inherit:{src.text}")


_KIND_PRECISION = {"monthday": "day", "monthname": "month", "yearend": "year", "season": "season",
                   "year": "year", "month": "month", "week": "day", "span": "day", "recent": "day",
                   "ago": "day", "day": "day", "weekday": "day"}


def _key(kind: str, m: re.Match) -> str | None:
    g = m.groupdict()
    if kind == "monthday":
        mon, day = (g["mon"], g["d"]) if g["mon"] else (g["mon2"], g["d2"])
        if not 1 <= int(day) <= 31:
            return None
        return f"monthday::{_month(mon):02d}-{int(day):02d}"
    if kind == "monthname":
        rel = re.sub(r"\s+", " ", g["rel"].lower()).rstrip("-")
        rel = {"this past": "last", "this coming": "next", "early in": "early",
               "late in": "late"}.get(rel, rel)
        part = rel if rel in ("early", "late", "mid") else ""
        rel = rel if rel in ("this", "last", "next") else ""
        if g["yrel"]:  # "April of last year": the year is said
            rel = {"this": "y0", "last": "y-1", "next": "y1"}[g["yrel"].lower()]
        return f"monthname:{rel}:{_month(g['mon']):02d}:{part}"
    if kind == "yearend":
        return "yearend:this:"
    if kind == "season":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        rel = {"this past": "last", "this coming": "next", "later this": "this",
               "earlier this": "this"}.get(rel, rel)
        return f"season:{rel}:{_season_key(g['season'])}"
    if kind == "year":
        mod = _mod(g["mod"])
        return f"year:{g['rel'].lower()}:{mod}"
    if kind == "month":
        mod = _mod(g["mod"])
        return f"month:{g['rel'].lower()}:{mod}"
    if kind == "week":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        rel = "last" if rel == "this past" else rel
        return f"{g['unit'].lower()}:{rel}:{(g['mod'] or '').lower()}"
    if kind == "span":
        return f"span:next:{(g['unit'] or g['unit2']).lower()}"
    if kind == "recent":
        return f"span:last:{g['unit'].lower()}"
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[re.sub(r"\s+", " ", g["n"].lower())]
        unit = g["unit"].lower().rstrip("s")
        return f"ago:{n}:{unit}"
    if kind == "day":
        return f"day:{(g['rel'] or g['rel2']).lower()}:"
    if kind == "weekday":
        rel = re.sub(r"\s+", " ", (g["rel"] or "").lower())
        rel = {"this past": "last", "this coming": "next", "on": "", "earlier on": "", "late on": "",
               "this": ""}.get(rel, rel)
        return f"weekday:{rel}:{g['wd'].lower()}"
    return None


def _mod(word: str | None) -> str:
    w = (word or "").lower()
    return w if w in ("later", "earlier") else (_part_key(w) or "")


def _narrow(lo: date, hi: date, part: str | None) -> tuple[date, date]:
    """The early / mid / late third of lo..hi."""
    if not part or part == "end":
        return (lo, hi) if not part else (lo + (hi - lo) * 2 / 3, hi)
    third = (hi - lo) / 3
    if part in ("early", "start"):
        return lo, lo + third
    if part == "mid":
        return lo + third, lo + third * 2
    return lo + third * 2, hi


# -- resolving ------------------------------------------------------------------------------------
def anchor_of(published: str | None, published_after: str | None = None,
              published_before: str | None = None) -> str | None:
    """The anchor for a document's relative expressions: its date, else its interval "AFTER/BEFORE"
    ("" for an open side), else None. Pass it to ``find_dates`` or ``resolve``."""
    if published:
        return published[:10]
    if published_after or published_before:
        return f"{(published_after or '')[:10]}/{(published_before or '')[:10]}"
    return None


def resolve(expr: TimeExpr, anchor: str | date | None) -> TimeExpr:
    """``expr`` with its value, lo and hi computed against ``anchor`` (absolute ones unchanged).

    ``anchor`` is a day, or an interval "AFTER/BEFORE" when the document's date is uncertain: then
    the value is what both ends agree on ("this summer" anywhere in 2024 → "2024"; "next month"
    between January and March → "2024"), lo comes from the earliest anchor and hi from the latest;
    with an open side nothing can be agreed and the value stays None.
    """
    if not expr.relative or not expr.key:
        return expr
    if isinstance(anchor, str) and "/" in anchor:
        first, _, last = anchor.partition("/")
        if not first.strip(". ") or not last.strip(". "):
            return replace(expr, value=None, lo=None, hi=None)
        a, b = resolve(expr, first), resolve(expr, last)
        if a.value is None or b.value is None:
            return replace(expr, value=None, lo=a.lo, hi=b.hi)
        value = _common(a.value, b.value)
        precision = a.precision if value == a.value == b.value else _PRECISION.get(len(value or ""), "range")
        return replace(expr, value=value, precision=precision, lo=a.lo, hi=b.hi)
    a = parse_anchor(anchor)
    if a is None:
        return replace(expr, value=None, lo=None, hi=None)
    span = _span(expr.key, a)
    if span is None:
        return replace(expr, value=None, lo=None, hi=None)
    lo, hi, value, precision = span
    return replace(expr, value=value, precision=precision, lo=lo.isoformat(), hi=hi.isoformat())


_PRECISION = {4: "year", 7: "month", 10: "day"}


def _common(a: str, b: str) -> str | None:
    """The ISO value both agree on, component by component: "2024-02", "2024-04" → "2024"."""
    parts = []
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if x != y:
            break
        parts.append(x)
    return "-".join(parts) or None


def _span(key: str, a: date) -> tuple[date, date, str | None, str] | None:
    kind, rel, arg = key.split(":", 2)
    if kind == "monthday":
        mm, dd = (int(x) for x in arg.split("-"))
        options = []
        for y in (a.year - 1, a.year, a.year + 1):
            try:
                options.append(date(y, mm, dd))
            except ValueError:  # February 29 in a common year, or "April 31"
                continue
        if rel == "next":
            options = [d for d in options if d >= a]
        elif rel == "last":
            options = [d for d in options if d <= a]
        if not options:
            return None
        d = min(options, key=lambda d: abs((d - a).days))
        return d, d, d.isoformat(), "day"
    if kind == "monthname":
        mm_s, part = arg.split(":")
        mm = int(mm_s)
        here = a.year * 12 + a.month - 1
        options = [(y, mm) for y in (a.year - 1, a.year, a.year + 1)]
        if rel == "this":
            y = a.year
        elif rel.startswith("y"):
            y = a.year + int(rel[1:])
        else:
            if rel == "next":
                options = [o for o in options if o[0] * 12 + o[1] - 1 > here]
            elif rel == "last":
                options = [o for o in options if o[0] * 12 + o[1] - 1 < here]
            y = min(options, key=lambda o: abs(o[0] * 12 + o[1] - 1 - here))[0]
        lo, hi = date(y, mm, 1), _last_day(y, mm)
        if part:
            lo, hi = _narrow(lo, hi, part)
        return lo, hi, f"{y:04d}-{mm:02d}", "month"
    if kind == "yearend":
        return date(a.year, 10, 1), date(a.year, 12, 31), str(a.year), "year"
    if kind == "season":
        m1, m2 = SEASONS[arg]
        if arg == "winter":
            base = a.year - 1 if a.month <= 2 else a.year  # the winter whose December starts it
            if rel == "next":
                base = base if a < date(base, 12, 1) else base + 1
            elif rel == "last":
                base = base if a > _last_day(base + 1, 2) else base - 1
            lo, hi = _months_span(base, 12, 2)
            return lo, hi, str(a.year if rel == "this" else base), "season"
        y = a.year
        lo, hi = _months_span(y, m1, m2)
        if rel == "next" and a >= lo:
            y += 1
        elif rel == "last" and a <= hi:
            y -= 1
        lo, hi = _months_span(y, m1, m2)
        return lo, hi, str(y), "season"
    if kind == "year":
        y = a.year + {"this": 0, "next": 1, "last": -1}[rel]
        lo, hi = date(y, 1, 1), date(y, 12, 31)
        if arg == "later" and rel == "this":
            lo = a
        elif arg == "earlier" and rel == "this":
            hi = a
        elif arg in PARTS:
            lo, hi = _months_span(y, *PARTS[arg])
        return lo, hi, str(y), "year"
    if kind == "month":
        y, m = a.year, a.month + {"this": 0, "next": 1, "last": -1}[rel]
        if m == 0:
            y, m = y - 1, 12
        elif m == 13:
            y, m = y + 1, 1
        lo, hi = date(y, m, 1), _last_day(y, m)
        if arg == "later" and rel == "this":
            lo = a
        elif arg == "earlier" and rel == "this":
            hi = a
        elif arg in ("early", "late", "end"):
            lo, hi = _narrow(lo, hi, arg)
        return lo, hi, f"{y:04d}-{m:02d}", "month"
    if kind in ("week", "weekend"):
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks={"this": 0, "next": 1, "last": -1}[rel])
        lo, hi = (monday, monday + timedelta(days=6)) if kind == "week" else (
            monday + timedelta(days=5), monday + timedelta(days=6))
        if arg == "later" and rel == "this":
            lo = max(lo, a)
        elif arg == "earlier" and rel == "this":
            hi = min(hi, a)
        return (lo, hi, *_prefix(lo, hi))
    if kind == "span":
        days = (_SPAN_DAYS if rel == "next" else _RECENT_DAYS)[arg]
        lo, hi = (a, a + timedelta(days=days)) if rel == "next" else (a - timedelta(days=days), a)
        return (lo, hi, *_prefix(lo, hi))
    if kind == "ago":
        n = int(rel)
        if arg == "day":
            d = a - timedelta(days=n)
            return d, d, d.isoformat(), "day"
        if arg == "week":
            d = a - timedelta(weeks=n)
            lo, hi = d - timedelta(days=3), d + timedelta(days=3)
            return (lo, hi, *_prefix(lo, hi))
        if arg == "month":
            y, m = divmod(a.year * 12 + a.month - 1 - n, 12)
            return date(y, m + 1, 1), _last_day(y, m + 1), f"{y:04d}-{m + 1:02d}", "month"
        y = a.year - n
        return date(y, 1, 1), date(y, 12, 31), str(y), "year"
    if kind == "day":
        d = a + timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[rel])
        return d, d, d.isoformat(), "day"
    if kind == "weekday":
        wd = _WEEKDAYS.index(arg)
        if rel == "next":
            d = a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
        else:
            d = a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
        return d, d, d.isoformat(), "day"
    return None
