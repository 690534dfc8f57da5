"""Release dates, with the medium where the text says it.

    "⟦W⟧ is scheduled to premiere exclusively in theaters on ⟦D⟧" → release_date(W, D, theatrical)
    "his fourth film, which hit theaters on ⟦D⟧"                  → the franchise's 4th film
    "⟦W⟧ (2017)", "2015's ⟦W⟧", "the 2012 ⟦W⟧ remake"             → release year
"""
from __future__ import annotations

import re

from . import patterns as rx
from .base import WF, Context, D, Raw, W
from .mentions import Tagged

NAME = "filmfacts.releases.v1"

_TRIGGER = (r"\b(?:releas(?:e|es|ed|ing)|arriv(?:e|es|ed|ing)|hit(?:s|ting)?\s+(?:theaters|theatres|cinemas|screens|"
            r"the\s+big\s+screen|streaming|netflix)|(?:in|into)\s+(?:theaters|theatres|cinemas)|premier(?:e|es|ed|ing)|"
            r"debut(?:s|ed|ing)?|open(?:s|ed|ing)?|land(?:s|ed|ing)?|out\s+(?:on|in)|set\s+for|slated\s+for|"
            r"scheduled\s+for|dated\s+for|coming\s+(?:to|on|in|out)|drops?|bow(?:s|ed)?|expect\s+to\s+see|pirouettes?|"
            r"leaps?\s+[^.]{0,20}into\s+theaters|on\s+the\s+big\s+screen|release\s+date|launch(?:es|ed)?|"
            r"hit(?:s|ting)?\s+⟦L\d+⟧|(?:dated|set|slated|scheduled)\s+(?=⟦D)|"
            r"(?:dated|set|slated|scheduled|moved|pushed|shifted|bumped|delayed|pushes|moves|sets|dates)(?=[^.;]{0,60}?"
            r"\b(?:for|to|until|on|into|back\s+to)\s+(?:the\s+)?(?:⟦D|early|late|mid))|"
            r"stream(?:s|ing)?\s+(?:on|from)|will\s+be\s+(?:out|available))")
_MEDIUM = [
    (r"\blimited\s+(?:theatrical\s+)?release\b", "theatrical_limited"),
    (r"\b(?:festival|world\s+premiere|premiere[sd]?\s+at)\b", "premiere"),
    (r"\b(?:theaters|theatres|cinemas|theatrical|big\s+screen|box\s+office)\b", "theatrical"),
    (r"\b(?:digital(?:ly)?|on\s+demand|pvod|vod)\b", "digital"),
    (r"\b(?:blu-ray|dvd|4k\s+uhd|physical)\b", "physical"),
    (r"\b(?:streaming|stream|netflix|hulu|peacock|disney\+|prime\s+video|max|apple\s+tv\+|paramount\+)\b", "streaming"),
]


def medium_of(text: str) -> str | None:
    for pat, medium in _MEDIUM:
        if rx.search(pat, text, re.I):
            return medium
    return None


_PAST = re.compile(r"\b(?:opened|premiered|debuted|released|hit|arrived|landed|was|were|grossed|earned|ran|aired|"
                   r"came\s+out|bowed)\b", re.I)


def _upcoming(value: str, text: str, anchor: str | None, sentence: str) -> str:
    """A release day written without its year ("July 17") is the next one after the article's
    date unless the sentence speaks of the past."""
    if not anchor or rx.search(r"\b(?:19|20)\d\d\b", text) or len(value) != 10 or _PAST.search(sentence):
        return value
    said = anchor.split("/")[0] or anchor.split("/")[-1]
    if said and value < said[:10]:
        return f"{int(value[:4]) + 1}{value[4:]}"
    return value


def _past_relative(t: Tagged, code: str) -> bool:
    """"Last week", "yesterday", "earlier this month": when something was said, not a release date."""
    d = t.get(code[1:-1])
    return bool(d.data.get("relative")) and bool(
        rx.search(r"\b(?:last|ago|yesterday|earlier|previous|this\s+(?:week|month)|recently)\b", d.text, re.I))


_SEASON_NUMBER = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                  "eight": "8", "nine": "9", "ten": "10", "first": "1", "second": "2", "third": "3", "fourth": "4",
                  "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}


def season_of(text: str) -> str | None:
    """The season a clause speaks of: "Season 2", "season two", "the second season", "S3"."""
    m = rx.search(r"\b[Ss]eason\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(first|second|third|"
                  r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+season\b|\bS(\d{1,2})\b", text)
    if not m:
        return None
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    return _SEASON_NUMBER.get(word) or rx.sub(r"\D", "", word) or None


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []

    def add(subj: tuple[str, str] | None, date_code: str, at: int, medium: str | None = None,
            season: str | None = None) -> None:
        d = t.get(date_code)
        if subj is None or not d.data.get("resolved"):
            return
        if d.data.get("precision") not in ("day", "month", "year"):
            return
        q = {"medium": medium} if medium else {}
        if season:
            q["season"] = season
        out.append(Raw(subj[0], subj[1], "release_date", _upcoming(d.name, d.text, ctx.anchor, s), at, qualifiers=q))

    used: set[str] = set()
    for m in rx.finditer(_TRIGGER, s, re.I):
        if rx.search(r"\b(?:directorial|acting|feature|screen|writing)\s+$", s[max(0, m.start() - 14):m.start()]) or \
                rx.search(r"\blist\s+of\s+(?:the\s+)?⟦D\d+⟧\s+\w+\s*$", s[max(0, m.start() - 40):m.start()]):
            continue  # "made his directorial debut in 2003": a person's debut, not a release
        start, end = ctx.clause_bounds(t, m.start())
        # dates after the trigger in the same clause (or just before it: "On ⟦D⟧, ⟦W⟧ opens")
        # the date nearest the trigger in its clause; "2021's X" dates X, not this release
        cands = [(abs(d.start() - m.start()) if d.start() > m.start() else m.start() - d.end(), d.group(0))
                 for d in rx.finditer(D, s[start:end].replace("", "")) if True]
        cands = [(dist, code) for dist, code in
                 ((abs((start + d.start()) - m.end()) if start + d.start() >= m.start() else m.start() - (start + d.end()),
                   d.group(0)) for d in rx.finditer(rf"{D}(?!['’]s)", s[start:end]))]
        cands = [(dist, code) for dist, code in cands if not _past_relative(t, code)]
        moved = rx.search(rf"\bfrom\s+{D}\s+(?:to|until|into)\s+({D})", s[start:end])
        dates = [moved.group(1)] if moved else [code for dist, code in sorted(cands)[:1] if dist <= 70]
        if not dates:
            continue
        if rx.search(r"\b(?:announced|reported|revealed|began|started|shooting|filming|production|wrapped|since)\b",
                     s[start:m.start()][-40:], re.I) and not rx.search(r"releas|theaters|premiere", m.group(0), re.I):
            continue
        lead = s[start:m.start()]
        if rx.search(r"\b(?:which|that)\s*$", lead.strip()[-12:]) or rx.search(r",\s+which\s*$", s[:m.start()]) \
                or rx.search(r",\s+which$", s[:start]):
            # "his fourth film, which hit theaters on …": the relative clause's antecedent
            ante = s[:m.start()]
            subj = ctx.ordinal_work(ante[-80:])
            if subj:
                subj_t = (subj, ctx.inv.kind_of(subj))
            else:
                prev = rx.findall(WF, ante)
                subj_t = ctx.work_of(t, prev[-1][1:-1]) if prev else ctx.subject(t, m.start())
        else:
            subj_t = ctx.subject(t, m.start(), allow_after=True)
            ordinal = ctx.ordinal_work(s[start:m.start()])
            if ordinal:
                pos = rx.search(r"\b(?:first|second|third|fourth|fifth|sixth|original)\s+(?:film|movie|entry|installment)",
                                s[start:m.start()], re.I)
                if pos and not rx.search(W, s[start + pos.end(): m.start()]):
                    subj_t = (ordinal, ctx.inv.kind_of(ordinal))
        medium = medium_of(s[start:end]) if rx.search(r"theat|cinema|big screen|stream|digital|premiere|blu|dvd",
                                                      s[start:end], re.I) else None
        if medium is None and rx.search(r"⟦L\d+⟧", s[start:end]):
            medium = "streaming"
        if subj_t and subj_t[1] == "tv_series":
            medium = None
        for d in dates[:2]:
            code = d[1:-1]
            if code not in used:
                used.add(code)
                add(subj_t, code, m.start(), medium, season_of(s[start:end]) if subj_t and subj_t[1] == "tv_series" else None)
    # "⟦W⟧ (2017)"
    for m in rx.finditer(rf"(?P<work>{W})\s*\(\s*(?P<date>{D})\s*\)", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), m.group("date")[1:-1], m.start())
    # "2015's ⟦W⟧", "the 2012 ⟦W⟧ remake", "the 2006 sequel, ⟦W⟧"
    for m in rx.finditer(rf"(?P<date>{D})['’]s\s+(?P<work>{W})", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), m.group("date")[1:-1], m.start())
    # "Luc Besson's 1990 thriller, ⟦W⟧": a possessive year dates the work named after it
    for m in rx.finditer(rf"⟦P\d+⟧['’]s?\s+(?P<date>{D})\s+(?:[\w-]+\s+){{0,2}}(?:film|movie|thriller|drama|comedy|epic|"
                         rf"western|horror|debut|feature|remake|documentary),?\s+(?P<work>{W})", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), m.group("date")[1:-1], m.start())
    for m in rx.finditer(rf"\bthe\s+(?P<date>{D})\s+(?:(?P<work>{W})\s+(?:remake|reboot|film|movie|sequel|thriller|original)|"
                         rf"(?:remake|reboot|film|movie|sequel|thriller|prequel|original),?\s+(?P<work2>{W}))", s):
        code = (m.group("work") or m.group("work2"))[1:-1]
        add(ctx.work_of(t, code), m.group("date")[1:-1], m.start())
    # "directorial debut in 2003 with … ⟦W⟧"
    for m in rx.finditer(rf"\bdebut\s+in\s+(?P<date>{D})\s+with\s+(?:[^.⟦]|⟦P\d+⟧){{0,60}}?(?P<work>{W})", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), m.group("date")[1:-1], m.start())
    # "with the hilarious ⟦W⟧ in 2020", "co-directed the first entry back in 2014"
    for m in rx.finditer(rf"(?P<work>{W})\s+(?:back\s+)?in\s+(?P<date>{D})(?![\w-])", s):
        if t.get(m.group("date")[1:-1]).data.get("precision") == "year":
            add(ctx.work_of(t, m.group("work")[1:-1]), m.group("date")[1:-1], m.start())
    for m in rx.finditer(rf"\bthe\s+(?:first|original)\s+(?:entry|film|movie|installment)\s+(?:back\s+)?in\s+(?P<date>{D})|"
                         rf"\bsince\s+the\s+first\s+(?:film|movie|entry)\s+(?:debuted|came\s+out|was\s+released|"
                         rf"arrived|hit\s+theaters)\s+in\s+(?P<date2>{D})", s):
        first = ctx.inv.entry(1)
        if first:
            add((first, "film"), (m.group("date") or m.group("date2"))[1:-1], m.start())
    return out
