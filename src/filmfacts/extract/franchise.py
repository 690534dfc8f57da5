"""How works relate: franchise, spin-off, sequel order and in-story chronology.

    "Harbor Lights Spin-Off Night Ferry" (headline), "⟦W⟧ is the new spinoff for ⟦F⟧" → spin_off_of, franchise
    "⟦W⟧, the fourth entry of the ⟦F⟧ franchise"                               → franchise
    "the 2006 sequel, ⟦W2⟧" (after ⟦W1⟧)                                       → follows(W2, W1)
    "set between the third and fourth ⟦F⟧ movie"                              → set_after / set_before
"""
from __future__ import annotations

import re

from ..lexicon import ORDINALS
from . import patterns as rx
from .base import WF, Context, Raw
from .mentions import Tagged

NAME = "filmfacts.franchise.v1"
_ORD = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|original|\d)"
_SPIN = r"spin-?offs?|spinoffs?"


def _fr(name: str) -> tuple[str, str]:
    return name, "franchise"


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []

    def add(subj: tuple[str, str] | None, prop: str, value: str | None, at: int, kind: str = "franchise") -> None:
        if subj and value and subj[0] != value:
            out.append(Raw(subj[0], subj[1], prop, value, at, value_kind=kind))

    # "⟦F⟧ spin-off ⟦W⟧", "the ⟦F⟧ spinoff, ⟦W⟧", "⟦F⟧ Spin-Off ⟦W⟧ Release Date"
    for m in rx.finditer(rf"(?P<base>{WF})[”\"’]?\s+(?:{_SPIN})[\s,:]+(?:\w+\s+){{0,2}}?[“\"]?(?P<work>⟦W\d+⟧)", s, re.I):
        base, work = t.get(m.group("base")[1:-1]), t.get(m.group("work")[1:-1])
        subj = ctx.describe(work)
        add(subj, "spin_off_of", base.name, m.start())
        add(subj, "franchise", base.name, m.start())
    # "⟦W⟧ is (the new) spinoff for/of ⟦F⟧", "⟦W⟧ … the first movie spinoff the franchise has seen"
    for m in rx.finditer(rf"(?P<work>⟦W\d+⟧)[^.⟦]{{0,12}}\b(?:is|as|becomes)\s+(?:the|a|an)\s+(?:new\s+|upcoming\s+|first\s+|"
                         rf"latest\s+)?(?:\w+\s+)?(?:{_SPIN}|prequel|sequel)\s+(?:for|of|from|to|in|set\s+in)\s+(?:the\s+)?"
                         rf"(?P<base>{WF})", s, re.I):
        subj = ctx.describe(t.get(m.group("work")[1:-1]))
        base = t.get(m.group("base")[1:-1]).name
        if rx.search(_SPIN, m.group(0), re.I):
            add(subj, "spin_off_of", base, m.start())
        add(subj, "franchise", base, m.start())
    # "the ⟦F⟧ spinoff/spin-off (film)" with no title: the passage's work, when the franchise is not the focus
    for m in rx.finditer(rf"(?P<base>{WF})[”\"’]?\s+(?:{_SPIN})\b(?!\s*[,:]?\s*[“\"]?⟦W)", s, re.I):
        base = t.get(m.group("base")[1:-1]).name
        lead = s[max(0, m.start() - 30): m.start()]
        if rx.search(r"\b(?:another|other|only|more|second|next)\s+(?:\w+\s+)?$", lead, re.I):
            continue
        subj = ctx.subject(t, m.start())
        if rx.search(r"\bthe\s+$", lead) and ctx.focus:
            subj = (ctx.focus, ctx.inv.kind_of(ctx.focus))  # "the X spinoff" is the passage's own work
        if rx.search(r"\b(?:isn['’]t|is\s+not)\s+the\s+only\b", s[: m.start()], re.I):
            # "it isn't the only Harbor Lights spinoff on the way, as the Dockside series …"
            later = rx.search(r"⟦W\d+⟧", s[m.end():])
            if later:
                add(ctx.describe(t.get(later.group(0)[1:-1])), "spin_off_of", base, m.start())
                add(ctx.describe(t.get(later.group(0)[1:-1])), "franchise", base, m.start())
            continue
        if subj and subj[0] != base:
            add(subj, "spin_off_of", base, m.start())
            add(subj, "franchise", base, m.start())
    # "a spin-off TV series called ⟦W⟧"
    for m in rx.finditer(rf"\b(?:{_SPIN}|prequel|sequel)\s+(?:tv\s+|television\s+|streaming\s+)?(?:series|show|film|movie)\s+"
                         rf"(?:called|titled|named|dubbed)\s+(?P<work>⟦W\d+⟧)", s, re.I):
        base = ctx.inv.franchise
        work = t.get(m.group("work")[1:-1])
        subj = (work.name, "tv_series" if rx.search(r"series|show", m.group(0), re.I) else ctx.inv.kind_of(work.name))
        if base and rx.search(_SPIN, m.group(0), re.I):
            add(subj, "spin_off_of", base, m.start())
        if base:
            add(subj, "franchise", base, m.start())
    # "a spin-off movie dubbed ⟦W⟧" handled above; "in the ⟦F⟧ universe/world" for the focus work
    for m in rx.finditer(r"\b(?:part\s+of|set\s+in|entry\s+in|chapter\s+in|installment\s+in|addition\s+to|expand(?:s|ing)?)\s+the\s+"
                         r"(?P<base>⟦F\d+⟧)", s, re.I):
        add(ctx.subject(t, m.start()), "franchise", t.get(m.group("base")[1:-1]).name, m.start())
    # "⟦W⟧, the fourth entry of the ⟦F⟧ franchise"
    for m in rx.finditer(rf"(?P<work>⟦W\d+⟧)[”\"’]?,?\s+(?:which\s+(?:is|was)\s+)?the\s+(?:\w+\s+){{0,2}}(?:entry|installment|"
                         rf"instalment|film|movie|chapter|sequel)\s+(?:of|in)\s+the\s+(?P<base>{WF})", s, re.I):
        add(ctx.describe(t.get(m.group("work")[1:-1])), "franchise", t.get(m.group("base")[1:-1]).name, m.start())
    # sequels: "the 2006 sequel, ⟦W2⟧" after ⟦W1⟧; "⟦W2⟧, the sequel to ⟦W1⟧"; "⟦W2⟧ is a sequel to ⟦W1⟧"
    for m in rx.finditer(r"\b(?:sequel|follow-up)\s+(?:to|of)\s+(?P<prev>⟦W\d+⟧)", s, re.I):
        before = rx.findall(r"⟦W\d+⟧", s[: m.start()])
        subj = ctx.describe(t.get(before[-1][1:-1])) if before else ctx.subject(t, m.start())
        add(subj, "follows", t.get(m.group("prev")[1:-1]).name, m.start(), "film")
    for m in rx.finditer(r"\bthe\s+(?:⟦D\d+⟧\s+)?sequel,?\s+(?P<work>⟦W\d+⟧)", s, re.I):
        prior = rx.findall(r"⟦W\d+⟧", s[: m.start()])
        prev = t.get(prior[-1][1:-1]).name if prior else ctx.last_work
        add(ctx.describe(t.get(m.group("work")[1:-1])), "follows", prev, m.start(), "film")
    # in-story order: "set between the third and fourth ⟦F⟧ movie(s)"
    for m in rx.finditer(rf"\b(?:set|takes\s+place|take\s+place|taking\s+place|falls|unfolds)\s+between\s+(?:the\s+)?{_ORD}\s+and\s+(?:the\s+)?{_ORD}\s+(?:(?P<base>{WF})[”\"’]?\s+)?"
                         rf"(?:films?|movies?|entries|installments|chapters|seasons?)", s, re.I):
        base = t.get(m.group("base")[1:-1]).name if m.group("base") else None
        a, b = (ORDINALS.get(g.lower(), int(g) if g.isdigit() else 0) for g in (m.group(1), m.group(2)))
        subj = ctx.subject(t, m.start())
        add(subj, "set_after", ctx.inv.entry(a, base), m.start(), "film")
        add(subj, "set_before", ctx.inv.entry(b, base), m.start(), "film")
    for m in rx.finditer(r"\b(?:takes?\s+place|is\s+set|set)\s+(?P<rel>after|before|following|prior\s+to|ahead\s+of)\s+"
                         r"(?:the\s+events\s+of\s+)?(?P<work>⟦W\d+⟧)", s, re.I):
        rel = "set_after" if m.group("rel").lower() in ("after", "following") else "set_before"
        add(ctx.subject(t, m.start()), rel, t.get(m.group("work")[1:-1]).name, m.start(), "film")
    return out
