"""Where to watch: platforms with the offer (stream, rent, buy) and price; a series' network.

    "You can stream ⟦W⟧ on ⟦L⟧ or rent it for ⟦M⟧ on ⟦L⟧, ⟦L⟧ and ⟦L⟧" → available_on per platform
    "⟦W⟧ series is slated to debut on ⟦L⟧"                              → original_network(W, L)
"""
from __future__ import annotations

import re

from . import patterns as rx
from .base import WF, Context, L, Raw
from .mentions import Tagged

NAME = "filmfacts.availability.v1"

_OFFER = re.compile(r"\b(?:(?P<stream>stream(?:s|ed|ing)?|watch(?:ed|able)?\s+(?:it\s+)?on|subscription|available\s+on|"
                    r"now\s+on|lands?\s+on|arrives?\s+on)|(?P<rent>rent(?:s|ed|al|ing)?)|(?P<buy>buy|purchase|own|"
                    r"digital\s+purchase))\b", re.I)
_NETWORK = re.compile(r"\b(?:debut|premiere|air|launch|return|coming|come|arrive|land|drop)\w*\b(?:[^.;⟦]|⟦D\d+⟧){0,45}?"
                      r"\s(?:on|to)\s+(?P<net>⟦L\d+⟧)", re.I)


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []
    platforms = list(rx.finditer(L, s))
    if not platforms:
        return out
    offers = list(_OFFER.finditer(s))
    works = [m for m in rx.finditer(WF, s)]
    for p in platforms:
        before = [o for o in offers if o.start() < p.start()]
        after = [o for o in offers if o.start() > p.start()]
        offer = before[-1] if before else (after[0] if after and after[0].start() - p.end() < 40 else None)
        if offer is None:
            continue
        kind = "stream" if offer.group("stream") else "rent" if offer.group("rent") else "buy"
        if kind == "stream" and rx.search(r"\b(?:debut|premiere|series)\b", s[max(0, p.start() - 60):p.start()], re.I) \
                and not rx.search(r"\bstream", s, re.I):
            continue
        # the work: named before the offer in this sentence ("stream ⟦W⟧ on …" or "⟦W⟧, which can be streamed")
        candidates = [w for w in works if w.start() < p.start()]
        if not candidates:
            subj = ctx.subject(t, p.start())
            if subj is None:
                continue
        else:
            m = t.get(candidates[-1].group(0)[1:-1])
            subj = (m.name, ctx.inv.kind_of(m.name) if m.kind == "franchise" else ctx.describe(m)[1])
        seg_end = min([o.start() for o in offers if o.start() > offer.start()] + [len(s)])
        seg = s[offer.start(): max(seg_end, p.end())]
        money = rx.search(r"⟦M\d+⟧", seg) or (rx.search(r"⟦M\d+⟧", s[p.end(): p.end() + 30]) if kind != "stream" else None)
        q = {"offer": kind}
        if money and kind != "stream":
            q["price"] = t.get(money.group(0)[1:-1]).name
        out.append(Raw(subj[0], subj[1], "available_on", t.get(p.group(0)[1:-1]).name, p.start(),
                       value_kind="platform", qualifiers=q))
    tv_words = r"(?:series|show|drama|comedy|procedural|thriller|spin-?off|spinoff|sitcom|docuseries|miniseries|original|anthology)"
    for m in rx.finditer(rf"(?P<net>{L})\s+(?:has\s+|have\s+)?(?:renewed|ordered|picked\s+up|cancell?ed|greenlit|green-lit|"
                         rf"commissioned|axed)\s+(?:[^.⟦]{{0,20}})?(?P<work>⟦W\d+⟧)"
                         rf"|(?P<net2>{L})['’]s?\s+(?:[\w-]+\s+){{0,3}}{tv_words}\b,?\s+(?P<work2>⟦W\d+⟧)"
                         rf"|(?P<work3>⟦W\d+⟧)[^.⟦]{{0,60}}\b{tv_words}\b[^.⟦]{{0,40}}\bfor\s+(?P<net3>{L})"
                         rf"|(?P<net4>{L})\s+(?:has|have|is|was)\b[^.⟦]{{0,80}}?\b(?:(?:season|series)\s+\w+\s+of|its\s+"
                         rf"(?:[\w-]+\s+){{0,2}}{tv_words}|(?:titled|called|named))\s+(?P<work4>⟦W\d+⟧)", s, re.I):
        net = m.group("net") or m.group("net2") or m.group("net3") or m.group("net4")
        work = m.group("work") or m.group("work2") or m.group("work3") or m.group("work4")
        w = t.get(work[1:-1])
        out.append(Raw(w.name, "tv_series", "original_network", t.get(net[1:-1]).name, m.start(), value_kind="platform"))
    for m in _NETWORK.finditer(s):
        works_before = [w for w in works if w.start() < m.start()]
        if not works_before:
            subj = ctx.subject(t, m.start())
            if subj and subj[1] == "tv_series":
                out.append(Raw(subj[0], "tv_series", "original_network", t.get(m.group("net")[1:-1]).name,
                               m.start(), value_kind="platform"))
            continue
        w = t.get(works_before[-1].group(0)[1:-1])
        lead = s[works_before[-1].end(): m.start()]
        if ctx.inv.kind_of(w.name) == "tv_series" or rx.search(r"\b(?:series|show)\b", lead, re.I) or rx.search(
                r"\b(?:episodes?|season|series|seasons)\b", s, re.I):
            out.append(Raw(w.name, "tv_series", "original_network", t.get(m.group("net")[1:-1]).name, m.start(),
                           value_kind="platform"))
    return out
