"""Production: filming start and locations, distributors and production companies.

    "The movie began shooting on ⟦D⟧, filming in ⟦G⟧" → filming_start, filming_location
    "⟦O⟧ won the rights to globally distribute the movie" → distributor
"""
from __future__ import annotations

import re

from ..lexicon import BROADCASTERS
from . import patterns as rx
from .base import Context, D, G, O, Raw, many, slots
from .mentions import Tagged

NAME = "filmfacts.production.v1"

_START = (r"\b(?:(?:began|begin|begins|started|start|starts|kicked\s+off|kicks\s+off|commenced|commences|got\s+underway|"
          r"wrapped\s+up|entered|enter|enters|went\s+into|goes\s+into)\s+(?:principal\s+)?(?:shooting|filming|"
          r"photography|production|principal\s+photography)|(?:shooting|filming|production|principal\s+photography|"
          r"the\s+shoot|cameras)\s+(?:on\s+[^.]{0,30}?)?(?:began|begins|started|starts|kicked\s+off|kicks\s+off|"
          r"commenced|is\s+set\s+to\s+(?:begin|start)|will\s+(?:begin|start)|(?:began\s+)?rolling|rolled|got\s+underway)|"
          r"(?:officially\s+)?(?:enter|entered)\s+production)")
_PLACE_VERB = (r"\b(?:filming|shooting|shot|filmed|shoot|production|cameras\s+rolled|cameras\s+(?:will|are\s+set\s+to)\s+roll)\b(?:\s+(?:is|was|will\s+be|has\s+been))?"
               r"(?:\s+(?:taking\s+place|took\s+place|underway|set|located|based|wrapped|on\s+location))?\s+"
               r"(?:on\s+location\s+)?(?:in|at|around|across)\s+")
_DISTRIB = (r"\b(?:distribut(?:e|es|ed|ing|ion)|release(?:s|d)?\s+the\s+(?:film|movie)|(?:acquired|picked\s+up|"
            r"landed|bought|won|secured|nabbed)\s+(?:the\s+)?(?:[\w.]+\s+){0,2}(?:distribution\s+)?rights)")


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []
    for m in rx.finditer(_START, s, re.I):
        start, end = ctx.clause_bounds(t, m.start())
        dates = rx.findall(D, s[m.start(): end]) or rx.findall(D, s[start: m.start()])[-1:]
        subj = ctx.subject(t, m.start())
        where = rx.search(rf"\bin\s+(?P<places>{many(G)})", s[m.end(): end])
        if subj and where:  # "Filming began on March 3, 2025 in Reykjavik"
            for code in slots(where.group("places"), "G"):
                out.append(Raw(subj[0], subj[1], "filming_location", t.get(code).name, m.start(), value_kind="place"))
        for code in dates[:1]:
            d = t.get(code[1:-1])
            if subj and d.data.get("resolved") and d.data.get("precision") in ("day", "month", "year"):
                out.append(Raw(subj[0], subj[1], "filming_start", d.name, m.start()))
    for m in rx.finditer(_PLACE_VERB + rf"(?:the\s+)?(?P<places>{many(G)}|(?P<raw>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                                        rf"(?:(?:,\s+|,?\s+and\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*))", s):
        subj = ctx.subject(t, m.start())
        if not subj:
            continue
        places = [t.get(c).name for c in slots(m.group("places"), "G")] if not m.group("raw") else []
        if m.group("raw") and not rx.search(r"\b(?:the|a|an)\s*$", s[:m.start("places")]):
            raw = m.group("raw")
            if raw.split(",")[0] not in ("The", "Chapter", "Part") and not rx.match(
                    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Season|Episode)\b", raw):
                if " and " in raw:  # "shot in Galway and Reykjavik"
                    places = [p.strip() for p in re.split(r",\s*|\s+and\s+", raw) if p.strip()]
                else:
                    places = [raw.split(",")[0].strip()]  # "Lisbon, Portugal": the city
        for p in places:
            out.append(Raw(subj[0], subj[1], "filming_location", p, m.start(), value_kind="place"))
    for m in rx.finditer(_DISTRIB, s, re.I):
        start, end = ctx.clause_bounds(t, m.start())
        orgs = slots(s[start:m.start()], "O")[-1:] or rx.findall(rf"\bby\s+({O})", s[m.start():end])
        orgs = [o.strip("⟦⟧") for o in orgs]
        if not orgs:
            continue
        subj = ctx.subject(t, m.start(), allow_after=True)
        if subj:
            for o in orgs:
                out.append(Raw(subj[0], subj[1], "distributor", t.get(o).name, m.start(), value_kind="organization"))
    # "Warner Bros. has set June 12, 2026 for …", "Universal Sets ⟦W⟧ For …", "release from Warner Bros."
    for m in rx.finditer(rf"(?P<org>{O})(?:\s+(?:Pictures|Group))?\s+(?:also\s+|now\s+|has\s+|have\s+|will\s+|is\s+|"
                         rf"officially\s+|quietly\s+|just\s+|then\s+|indefinitely\s+|be\s+)*(?:set|sets|dated|dates|"
                         rf"slated|slates|moved|moves|pushed|pushes|shifted|shifts|bumped|bumps|delayed|delays|postponed|"
                         rf"rescheduled|pulled|pulls|releases?|released|releasing|distributes|distributing|handles|handling|"
                         rf"opens|bows|debuts|rolls\s+out|will\s+roll\s+out|has\s+it|have\s+it|bringing|brings|bring|"
                         rf"is\s+putting\s+out|puts\s+out|re-?releas(?:e|es|ed|ing))\b|\brelease\s+"
                         rf"(?:from|through|via)\s+(?P<org2>{O})", s, re.I):
        subj = ctx.subject(t, m.end(), allow_after=True)
        later = rx.search(r"⟦W\d+⟧", s[m.end():])
        if later:
            subj = ctx.describe(t.get(later.group(0)[1:-1]))
        if subj and not (m.group("org2") is None and rx.search(r"\b(?:releases?|released|releasing)\s+(?:its|their|the)?\s*"
                                                                r"(?:slate|lineup|statement|trailer|first|a\s+new)", s[m.end() - 12:], re.I)):
            org = (m.group("org") or m.group("org2"))[1:-1]
            out.append(Raw(subj[0], subj[1], "distributor", t.get(org).name, m.start(), value_kind="organization"))
    # "Universal's Paper Tigers 2", "Netflix's Ember Protocol": a studio's or streamer's film is theirs to release
    for m in rx.finditer(rf"(?P<org>{O}|⟦L\d+⟧)['’]s?\s+(?:(?:new|upcoming|latest|animated|[a-z]+-[a-z]+)\s+)?(?P<work>⟦W\d+⟧)", s):
        work = t.get(m.group("work")[1:-1])
        kind = ctx.inv.kind_of(work.name)
        org = t.get(m.group("org")[1:-1])
        if kind == "tv_series" or org.name in BROADCASTERS:
            out.append(Raw(work.name, "tv_series", "original_network", org.name, m.start(), value_kind="platform"))
        else:
            out.append(Raw(work.name, kind, "distributor", org.name, m.start(), value_kind="organization"))
    for m in rx.finditer(rf"\b(?:produced|financed|developed)\s+by\s+(?P<orgs>{many(O)})|(?P<orgs2>{many(O)})\s+(?:is|are|will\s+be)\s+"
                         rf"(?:producing|co-producing|financing)", s):
        subj = ctx.subject(t, m.start())
        for o in slots(m.group("orgs") or m.group("orgs2"), "O"):
            if subj:
                out.append(Raw(subj[0], subj[1], "production_company", t.get(o).name, m.start(),
                               value_kind="organization"))
    return out
