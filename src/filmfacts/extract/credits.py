"""Credits: director, screenwriter, producer and cast members (with their characters).

    "⟦P0⟧ directed both ⟦W1⟧ and ⟦W2⟧"        → director(W1, P0), director(W2, P0)
    "written by ⟦P0⟧ and ⟦P1⟧"                  → screenwriter(subject, P0), … (P1)
    "⟦P0⟧ as Ada" / "⟦P0⟧ will play Ada Vance" → cast_member(subject, P0, character=…)
    "Oscar nominee ⟦P0⟧ (⟦W1⟧)"                 → cast_member(W1, P0)
"""
from __future__ import annotations

import re

from . import patterns as rx
from .base import SEP, WF, Context, P, Raw, W, many, slots
from .mentions import Tagged

NAME = "filmfacts.credits.v1"

PRON = r"\b(?:he|she|they|He|She|They)\b"
WHO = rf"(?:{P}|{PRON}|who)"
PITEM = rf"(?:{P}(?:\s*\([^)]*\)|\s+of\s+(?:the\s+)?⟦W\d+⟧(?:\s+fame)?)?|{PRON}|who)"
AUX = r"(?:(?:has|have|had|is|are|was|were|will|would|could|might|may|should|also|previously|both|once|co-|then|" \
      r"later|now|already|no\s+longer|still|" \
      r"recently|first|again|set\s+to|going\s+to|reportedly|officially|been|be|not|n['’]t|won['’]t)\s*)*"
_CW = r"(?:[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?|⟦[PWGOL]\d+⟧)"
CHAR = (r"(?:(?:(?:the|a|an|his|her|their)\s+|(?!(?:well|part|such|much|long|soon|usual|far|of|for|if|to|in)\b)(?=[a-z]))"
        r"(?:(?!(?:and|or|with|but)\s+[A-Z⟦])[a-z][\w-]*\s+){0,4}(?=[A-Z⟦]))?"
        r"(?P<char>(?:the\s+)?" + _CW
        + r"(?:\s+(?:of\s+|the\s+|de\s+|la\s+|van\s+|von\s+)?" + _CW + r"){0,3})")

_DIRECT = r"(?:co-)?direct(?:s|ed|ing)?|helm(?:s|ed|ing)?|call(?:s|ed)?\s+the\s+shots"
_WRITE = r"(?:co-)?wr(?:ote|ites?|itten|iting)|pen(?:s|ned|ning)?|script(?:s|ed|ing)|co-wrote"
_PRODUCE = r"(?:executive\s+)?produc(?:e|es|ed|ing)"
_ROLES = {"director": _DIRECT, "screenwriter": _WRITE, "producer": _PRODUCE}
_ROLE_NOUN = {"director": r"(?:co-)?director|helmer", "screenwriter": r"(?:co-)?(?:screen)?writer|scribe",
              "producer": r"(?:executive\s+)?producer"}


def _who(t: Tagged, ctx: Context, token: str, at: int) -> list[str]:
    codes = slots(token, "P")
    if codes:
        return [t.get(c).name for c in codes]
    if re.fullmatch(PRON, token.strip()) or token.strip() == "who":
        # "who" and pronouns: the nearest person before, in this sentence or the last ones
        prior = slots(t.template[:at], "P")
        if prior:
            return [t.get(prior[-1]).name]
        p = ctx.pronoun_person()
        return [p] if p else []
    return []


def _agent(t: Tagged, ctx: Context, s: str, at: int) -> list[str]:
    """Who does the verb at ``at``: the nearest person or pronoun before it in the sentence,
    unless that person is an object there ("-led", "with", "of", "by")."""
    lead = s[:at]
    found = None
    for m in rx.finditer(rf"{P}|{PRON}|\bwho\b", lead):
        after = lead[m.end(): m.end() + 12]
        before = lead[max(0, m.start() - 8): m.start()]
        if rx.match(r"-\w|['’]s?\s", after) or rx.search(r"\b(?:with|by|of|and|opposite|alongside|for)\s+$", before):
            continue
        found = m
    if found is None:
        return []
    return _who(t, ctx, found.group(0), found.start())


def _works(t: Tagged, ctx: Context, token: str) -> list[tuple[str, str]]:
    return [ctx.work_of(t, c) for c in slots(token, "WF")]


def extract(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []

    respective: dict[str, str] = {}

    def add(prop: str, subj: tuple[str, str] | None, people: list[str], at: int, **q: str) -> None:
        if not subj:
            return
        for p in people:
            out.append(Raw(subj[0], subj[1], prop, p, at, qualifiers={k: v for k, v in q.items() if v}))

    for prop, verb in _ROLES.items():
        # "⟦P⟧ directed ⟦W⟧ and ⟦W⟧", "he went on to helm projects like ⟦W⟧" — explicit works after the verb
        for m in rx.finditer(rf"\b(?P<verb>{verb})\b(?P<mid>(?:[^.;⟦]|⟦D\d+⟧){{0,40}}?)(?P<works>{many(WF)})", s):
            mid = m.group("mid")
            if rx.search(r"\b(?:by|for|alongside|with|on|scenes?|about|than)\b", mid) or rx.search(
                    r"\b(?:episodes?|several)\b", mid) and prop != "screenwriter":
                continue
            if rx.search(r"\bby\s*$", s[:m.start()]) or rx.search(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}$", mid):
                continue
            agent = _agent(t, ctx, s, m.start())
            if not agent:
                continue
            works = _works(t, ctx, m.group("works"))
            for w in works:
                add(prop, w, agent, m.start("verb"))
            if prop == "screenwriter":
                co = rx.match(rf"\s*with\s+(?P<co>{many(P)})", s[m.end():])
                if co:
                    for w in works:
                        add(prop, w, _who(t, ctx, co.group("co"), m.start()), m.start("verb"))
        # "directed by ⟦P⟧", "written by ⟦P⟧ and ⟦P⟧"
        for m in rx.finditer(rf"\b(?:{verb})\s+by\s+(?P<who>{many(P)})", s):
            subj = ctx.subject(t, m.start())
            fronted = rx.match(rf"^\W*(?:(?:co-)?written|directed|produced|created|helmed)(?:\s+and\s+\w+)?\s+by\s+"
                               rf"{many(P)},\s+(?P<work>{WF})", s, re.I)
            if fronted:
                subj = ctx.work_of(t, fronted.group("work")[1:-1])
            if rx.search(rf"{WF}(?:\s*\(⟦D\d+⟧\))?(?:,\s+(?:the|a|an)\s+(?:⟦D\d+⟧\s+)?(?:[\w-]+\s+){{0,3}})?[^⟦]{{0,25}}$",
                         s[:m.start()]):
                prev = rx.findall(WF, s[:m.start()])
                subj = ctx.work_of(t, prev[-1][1:-1])
            people = _who(t, ctx, m.group("who"), m.start())
            every = rx.search(r"\b(?:all|the)\s+(?P<n>two|three|four|five|six|seven|eight|nine|\d)\s+(?:⟦F\d+⟧\s+)?"
                              r"(?:films|movies|entries|installments)(?:\s+in\s+the\s+⟦F\d+⟧\s+\w+)?", s[:m.start()], re.I)
            if subj and subj[1] == "franchise" and every:
                # "All three Harbor Lights films were helmed by X": each known entry, not the franchise
                n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}.get(
                    every.group("n").lower()) or int(every.group("n"))
                base = subj[0]
                for k in range(1, n + 1):
                    entry = ctx.inv.entry(k, base)
                    if entry:
                        add(prop, (entry, ctx.inv.kind_of(entry)), people, m.start())
                continue
            add(prop, subj, people, m.start())
        # "⟦P⟧ is directing", "⟦P⟧ will produce", "⟦P⟧ has been tapped to direct" — the passage's work
        for m in rx.finditer(rf"(?P<who>{many(WHO)}),?\s+{AUX}(?:(?:been\s+)?(?:tapped|hired|set|signed(?:\s+on)?|"
                             rf"attached|chosen|brought\s+(?:on|in)|on\s+board|in\s+talks|in\s+negotiations|"
                             rf"returning|returns?|returned|back|expected|slated|stepp(?:ed|ing)\s+in|steps\s+in|came\s+back|"
                             rf"comes?\s+back|agreed|working\s+together(?:\s+once\s+(?:more|again))?)\s+to\s+|the\s+one\s+)?"
                             rf"(?P<verb>{verb})\b(?!\s+by)", s):
            if rx.search(r"\b(?:an?|the)\s+(?:movie|film|show|series|project|script|screenplay)\s+(?:that\s+|which\s+)?$",
                         s[max(0, m.start() - 30):m.start()]) or rx.search(r"⟦W\d+⟧(?:\s*\(⟦D\d+⟧\))?,?\s+(?:which|that|whom)\s+$",
                                                                           s[:m.start()]):
                continue  # "a movie she wrote", "X, which Jane Roe wrote": the work named before is the object
            if rx.match(rf"[^.;⟦]{{0,40}}?{WF}", s[m.end():]) and not rx.match(
                    r"\s+(?:the\s+)?(?:script|screenplay|film|movie|project)", s[m.end():]):
                continue  # explicit works after the verb: handled above
            people = _who(t, ctx, m.group("who"), m.start())
            subj = ctx.subject(t, m.start("verb"))
            ordinal = rx.match(r"\s+(?:both\s+)?(?:the|his|her|its)\s+(?:first|second|third|fourth|fifth|sixth|original)\s+"
                               r"(?:film|movie|entry|installment|chapter)", s[m.end():])
            if ordinal:
                found = ctx.ordinal_work(ordinal.group(0))
                if found is None:
                    continue
                subj = (found, ctx.inv.kind_of(found))
            add(prop, subj, people, m.start("verb"))
            co = rx.match(rf"(?:\s+the\s+(?:script|screenplay|film|movie|series))?\s+(?:with|alongside)\s+(?P<co>{many(P)})",
                          s[m.end():])
            if co:
                add(prop, subj, _who(t, ctx, co.group("co"), m.start()), m.start("verb"))
        # "… stepped back and produces with ⟦P⟧": a coordinated verb shares the sentence's subject
        for m in rx.finditer(rf"\b(?:and|but)\s+(?:now\s+|also\s+|instead\s+|will\s+|executive\s+)*(?P<verb>{verb})\b(?!\s+by)", s):
            if rx.match(rf"[^.;⟦]{{0,40}}?{WF}", s[m.end():]) or rx.search(
                    r"\b(?:an?|the)\s+(?:movie|film|show|series|project)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+"
                    r"(?:both\s+|also\s+)?\w+\s*$", s[:m.start()]) or rx.search(
                    r"⟦W\d+⟧(?:\s*\(⟦D\d+⟧\))?,?\s+(?:which|that|whom)\s+⟦P\d+⟧\s+(?:\w+\s+){0,2}$", s[:m.start()]):
                continue
            agent = _agent(t, ctx, s, m.start())
            if agent:
                add(prop, ctx.subject(t, m.start("verb")), agent, m.start("verb"))
        # "⟦W⟧ director ⟦P⟧", "director ⟦P⟧" (not "stuntman-turned-director")
        for m in rx.finditer(rf"(?:(?P<work>{W})['’]?s?\s+)?(?<![-\w])(?:{_ROLE_NOUN[prop]})s?\s+(?P<who>{many(P)})", s):
            if m.group("work"):
                add(prop, ctx.work_of(t, m.group("work")[1:-1]), _who(t, ctx, m.group("who"), m.start()), m.start())
            elif not rx.search(r"(?:turned|time|fellow|former|the|a|an|famed|his|her|their|festival|casting|art|music|"
                               r"creative|managing|artistic|program|programme|dub|dubbing|voice|second-unit|stunt|"
                               r"photography|editorial|news|sales|marketing|executive)[-\s]*$", s[:m.start()], re.I):
                add(prop, ctx.subject(t, m.start()), _who(t, ctx, m.group("who"), m.start()), m.start())
        # "⟦P⟧, the director of ⟦W⟧" / "⟦P⟧ (director of ⟦W⟧)"
        for m in rx.finditer(rf"(?P<who>{P}),?\s+(?:\(|the\s+|a\s+)?(?:{_ROLE_NOUN[prop]})\s+(?:of|behind)\s+"
                             rf"(?:(?:movies|films|projects)\s+(?:like|such\s+as)\s+)?(?P<works>{many(WF)})", s):
            for w in _works(t, ctx, m.group("works")):
                add(prop, w, _who(t, ctx, m.group("who"), m.start()), m.start())

    # writers: "⟦P⟧'s (original) script/screenplay", "the script ... by ⟦P⟧", "assisted on the script by ⟦P⟧"
    for m in rx.finditer(rf"(?P<who>{P})['’]s?\s+(?:original\s+|first\s+|new\s+)?(?:screenplay|script)\b", s):
        add("screenwriter", ctx.subject(t, m.start()), _who(t, ctx, m.group("who"), m.start()), m.start())
    for m in rx.finditer(rf"\b(?:script|screenplay)\b[^.⟦]{{0,30}}?\b(?:by|comes\s+from|is\s+from|from)\s+(?P<who>{many(P)})", s):
        add("screenwriter", ctx.subject(t, m.start()), _who(t, ctx, m.group("who"), m.start()), m.start())
    for m in rx.finditer(rf"(?P<who>{WHO})\s+{AUX}(?:also\s+)?(?:worked\s+on|contributed\s+to)\s+the\s+"
                         rf"(?:script|screenplay)", s):
        add("screenwriter", ctx.subject(t, m.start()), _who(t, ctx, m.group("who"), m.start()), m.start())
    for m in rx.finditer(rf"(?P<who>{WHO})[^.⟦]{{0,60}}?\b(?:screenwriters?|writers?)\s+(?:on|of|for|behind)\s+"
                         rf"(?:(?:movies|films|shows)\s+(?:like|such\s+as)\s+)?(?P<works>{many(WF)})", s):
        for w in _works(t, ctx, m.group("works")):
            add("screenwriter", w, _who(t, ctx, m.group("who"), m.start()), m.start())
    for m in rx.finditer(rf"\bthe\s+(?P<role>(?:screen)?writer|director|producer)\s+(?:behind|of)\s+(?:(?:movies|films|shows|"
                         rf"projects)\s+(?:like|such\s+as|including)\s+)?(?P<works>{many(WF)})", s):
        who = ctx.pronoun_person()
        role = {"writer": "screenwriter", "screenwriter": "screenwriter"}.get(m.group("role"), m.group("role"))
        if who and not slots(s[:m.start()], "P"):
            for w in _works(t, ctx, m.group("works")):
                add(role, w, [who], m.start())
    for m in rx.finditer(rf"(?:won|earned|received)\s+an?\s+(?:Oscar|Academy\s+Award|Emmy|BAFTA)\w*\s+for\s+"
                         rf"(?P<verb>writing|directing)\s+(?P<works>{many(WF)})", s):
        prop = "screenwriter" if m.group("verb") == "writing" else "director"
        for w in _works(t, ctx, m.group("works")):
            add(prop, w, _who(t, ctx, "who", m.start()), m.start())
    # "Saltmarsh, which Petra Vandersloot wrote and directed": the work before "which"
    for m in rx.finditer(rf"(?P<work>{W})(?:\s*\(⟦D\d+⟧\))?,\s+which\s+(?P<who>{P})\s+(?:both\s+|also\s+|co-)?"
                         rf"(?P<v1>wrote|directed|produced|created)(?:\s+and\s+(?:co-)?(?P<v2>wrote|directed|produced|created))?", s):
        for v in (m.group("v1"), m.group("v2")):
            if v:
                prop = {"wrote": "screenwriter", "directed": "director", "produced": "producer",
                        "created": "screenwriter"}[v]
                add(prop, ctx.work_of(t, m.group("work")[1:-1]), [t.get(m.group("who")[1:-1]).name], m.start("v1"))
    # "⟦W⟧ in 2020, a movie she both wrote and directed"
    for m in rx.finditer(rf"(?P<work>{W})(?:[^.⟦]|⟦D\d+⟧){{0,30}},\s+an?\s+(?:movie|film|show|series)\s+(?:that\s+)?(?P<who>{PRON})"
                         rf"\s+(?:both\s+|also\s+)?(?P<v1>wrote|directed|produced)(?:\s+and\s+(?P<v2>wrote|directed|produced))?", s):
        people = _who(t, ctx, m.group("who"), m.start("who"))
        for v in (m.group("v1"), m.group("v2")):
            if v:
                prop = {"wrote": "screenwriter", "directed": "director", "produced": "producer"}[v]
                add(prop, ctx.work_of(t, m.group("work")[1:-1]), people, m.start("v1"))
    # "made his directorial debut (in 2003) with ... ⟦W⟧"
    for m in rx.finditer(rf"(?P<who>{WHO})[^.⟦]{{0,20}}?\bmade\s+(?:his|her|their)\s+(?:feature\s+)?directorial\s+debut"
                         rf"[^.]{{0,80}}?\bwith\s+(?:[^.⟦]|⟦P\d+⟧){{0,60}}?(?P<work>{W})", s):
        add("director", ctx.work_of(t, m.group("work")[1:-1]), _who(t, ctx, m.group("who"), m.start()), m.start())
    # "stay on as a producer for all subsequent ⟦F⟧ movies"
    for m in rx.finditer(rf"(?P<who>{WHO})[^.]{{0,60}}?\bas\s+an?\s+(?:executive\s+)?producer\s+(?:on|for)\s+"
                         rf"[^.⟦]{{0,30}}(?P<work>{WF})", s):
        add("producer", ctx.work_of(t, m.group("work")[1:-1]), _who(t, ctx, m.group("who"), m.start()), m.start())
    # "Directing duties go to ⟦P⟧", "those duties have fallen to ⟦P⟧"
    for m in rx.finditer(rf"\b(?P<kind>directing|writing|scripting|producing|those|these|the)\s+(?:duties|reins|honors)\s+"
                         rf"(?:have\s+|has\s+|will\s+)?(?:go|goes|went|gone|fall|falls|fell|fallen|pass(?:es|ed)?)\s+to\s+"
                         rf"(?P<who>{P})(?P<rest>[^.]*)", s, re.I):
        kind = m.group("kind").lower()
        if kind in ("those", "these", "the"):
            near = rx.findall(r"\b(direct|writ|script|produc)\w*", ctx.prev_text + " " + s[:m.start()], re.I)
            kind = near[-1].lower() if near else ""
        prop = {"direct": "director", "writ": "screenwriter", "scrip": "screenwriter",
                "produc": "producer"}.get(kind[:6].rstrip("i").rstrip("n") if kind else "", None)
        prop = prop or next((v for k, v in (("direct", "director"), ("writ", "screenwriter"), ("script", "screenwriter"),
                                            ("produc", "producer")) if kind.startswith(k)), None)
        if prop:
            who = [t.get(m.group("who")[1:-1]).name]
            add(prop, ctx.subject(t, m.start()), who, m.start())
            films = rx.search(rf"\bwhose\s+(?:[\w-]+\s+){{0,3}}(?:films?|features?|movies?|work|credits)\s+(?:include\s+)?"
                              rf"(?P<works>{many(WF)})", m.group("rest"))
            if films:
                for w in _works(t, ctx, films.group("works")):
                    add(prop, w, who, m.start())
    # "X executive produces with ⟦P⟧", "produces alongside ⟦P⟧": a co-producer of the same work
    for m in rx.finditer(rf"\b(?:executive\s+)?produc(?:es|ed|ing|e)\b[^.;⟦]{{0,40}}?\b(?:with|alongside)\s+(?:[a-z]+\s+){{0,2}}"
                         rf"(?:⟦W\d+⟧\s+)?(?:(?:executive\s+)?producer\s+)?(?P<who>{many(P)})", s):
        add("producer", ctx.subject(t, m.start()), _who(t, ctx, m.group("who"), m.start()), m.start())
    # "Tallow, German director Henrike Baumgart's candle-factory drama": an appositive names the auteur
    for m in rx.finditer(rf"(?P<work>{W})(?:\s*\(⟦D\d+⟧\))?,\s+(?:[\w-]+\s+){{0,3}}(?P<who>{P})['’]s?\s+(?:[\w-]+\s+){{0,3}}"
                         rf"(?:film|movie|drama|thriller|comedy|epic|western|horror|satire|documentary|romance|debut|feature)\b", s):
        add("director", ctx.work_of(t, m.group("work")[1:-1]), [t.get(m.group("who")[1:-1]).name], m.start())
    # "Michael Mann's sprawling crime epic is …" opening a blurb under its title: the entry's director
    lead = rx.match(rf"^\W*(?:(?:[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)\s+)?(?P<who>{P})['’]s?\s+(?:{_MODIFIER}\s+){{0,4}}"
                    rf"(?:film|movie|drama|thriller|comedy|epic|western|horror|satire|documentary|romance|musical|debut|"
                    rf"feature|saga|tale|adaptation|picture|flick|caper|biopic)\b", s)
    if lead and not rx.search(WF, s) and ctx.focus:
        add("director", (ctx.focus, ctx.inv.kind_of(ctx.focus)), [t.get(lead.group("who")[1:-1]).name], lead.start())
    # "⟦W⟧ (dir. ⟦P⟧)": a listing's entry with its director
    for m in rx.finditer(rf"(?P<work>{W})\s*\((?:[^)⟦]*?[,;]\s*)?(?:dir\.|directed\s+by|director:?)\s*(?P<who>{many(P)})", s, re.I):
        add("director", ctx.work_of(t, m.group("work")[1:-1]), _who(t, ctx, m.group("who"), m.start()), m.start())
    # "⟦P⟧ and ⟦P⟧ … to direct and write, respectively"
    for m in rx.finditer(rf"(?P<a>{P})\s+and\s+(?P<b>{P})[^.;]{{0,80}}?\bto\s+(?P<v1>\w+)\s+and\s+(?P<v2>\w+),?\s+"
                         rf"respectively", s):
        roles = [_ROLE_OF_VERB.get(m.group("v1").lower()), _ROLE_OF_VERB.get(m.group("v2").lower())]
        if all(roles):
            subj = ctx.subject(t, m.start())
            pair = {t.get(m.group("a")[1:-1]).name: roles[0], t.get(m.group("b")[1:-1]).name: roles[1]}
            respective.update(pair)
            for who, role in pair.items():
                add(role, subj, [who], m.start())
    # "Paolo Renzi's The Governor's Clock (1996)": a possessive with the year is the auteur's film
    for m in rx.finditer(rf"(?P<who>{P})['’]s?\s+(?P<work>{W})\s*\(⟦D\d+⟧\)", s):
        add("director", ctx.work_of(t, m.group("work")[1:-1]), [t.get(m.group("who")[1:-1]).name], m.start())
    # "the director whose westerns X and Y …", "a filmmaker whose features include X"
    for m in rx.finditer(rf"(?P<who>{P}),?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?P<role>director|filmmaker|writer|screenwriter)\s+"
                         rf"whose\s+(?:[\w-]+\s+){{0,3}}(?:films?|features?|movies?|westerns?|dramas?|thrillers?|comedies|work)\s+"
                         rf"(?:include\s+|including\s+)?(?P<works>{many(WF)})", s):
        prop = "screenwriter" if "writer" in m.group("role") else "director"
        for w in _works(t, ctx, m.group("works")):
            add(prop, w, [t.get(m.group("who")[1:-1]).name], m.start())
    # "Celia Moorcroft, who directed it": "it" is the work named just before
    for m in rx.finditer(rf"(?P<who>{P}),\s+who\s+(?:also\s+|then\s+)?(?P<verb>directed|wrote|produced|co-wrote)\s+it\b", s):
        prior = rx.findall(W, s[:m.start()])
        if prior:
            prop = {"directed": "director", "wrote": "screenwriter", "co-wrote": "screenwriter", "produced": "producer"}[m.group("verb")]
            add(prop, ctx.work_of(t, prior[-1][1:-1]), [t.get(m.group("who")[1:-1]).name], m.start())
    # "His last film as director, X (2019)", "made his debut as a director with X"
    for m in rx.finditer(rf"\b(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:film|feature|movie)\s+as\s+(?:a\s+)?director,?\s+(?P<work>{W})"
                         rf"|\bdebut\s+as\s+(?:a\s+)?director\s+with\s+(?:[^.⟦]{{0,30}})?(?P<work2>{W})", s):
        who = ctx.pronoun_person()
        if who:
            add("director", ctx.work_of(t, (m.group("work") or m.group("work2"))[1:-1]), [who], m.start())
    # "Writer-director Jane Roe": both credits on the passage's work
    for m in rx.finditer(rf"\b[Ww]riter[-/](?:and-)?director\s+(?P<who>{P})", s):
        subj = ctx.subject(t, m.start())
        add("director", subj, [t.get(m.group("who")[1:-1]).name], m.start())
        add("screenwriter", subj, [t.get(m.group("who")[1:-1]).name], m.start())
    # "Luc Besson's 1990 thriller, ⟦W⟧", "Christopher Nolan's war epic ⟦W⟧": the auteur's film
    for m in rx.finditer(rf"(?P<who>{P})['’]s?\s+(?:(?:⟦D\d+⟧|{_MODIFIER})\s+){{0,3}}(?:film|movie|thriller|drama|"
                         rf"comedy|epic|horror|western|musical|feature|directorial\s+debut|adaptation|remake|mystery),?\s+"
                         rf"(?P<work>{W})", s):
        add("director", ctx.work_of(t, m.group("work")[1:-1]), [t.get(m.group("who")[1:-1]).name], m.start())
    # "Adjei's Pale Signal", "Vandersloot's debut, The Quiet Ones": the person's role in the work is the
    # role the document gives them elsewhere (decided once the whole document is read)
    for m in rx.finditer(rf"(?P<who>{P})['’]s?\s+(?:(?:new|latest|debut|first|last|next|upcoming|acclaimed|"
                         rf"breakout|previous|earlier|own)\s+)?(?:(?:debut|feature|film|movie)\s*,?\s+)?(?P<work>{W})"
                         rf"(?!\s*(?:co-?stars?|director|writer|producer|star)\b)", s):
        if t.sentence.heading:
            continue
        subj = ctx.work_of(t, m.group("work")[1:-1])
        ctx.possessives.append((Raw(subj[0], subj[1], "?", t.get(m.group("who")[1:-1]).name, m.start()), t))
    out.extend(_cast(t, ctx))
    # "A and B … to direct and write, respectively": each has only their own role
    return [r for r in out if respective.get(r.value, r.property) == r.property or r.property not in _ROLES]


# A word between a possessive and its noun ("Mann's sprawling crime epic"): lowercase, no article,
# pronoun or preposition ("Hardy's Farrier spends the film" is no film of Hardy's).
_MODIFIER = (r"(?!(?:the|a|an|his|her|its|their|this|that|to|of|in|on|at|with|and|or|is|was|has|had|be)\s)"
             r"[A-Za-z][\w-]*")

_ROLE_OF_VERB = {"direct": "director", "helm": "director", "write": "screenwriter", "pen": "screenwriter",
                 "script": "screenwriter", "produce": "producer", "executive-produce": "producer"}

# One item of a cast list with its role: "⟦P⟧", "⟦P⟧ as a cocky lawyer", "⟦P⟧ who will play “Ada”"
_ROLE_ITEM = (r"⟦P\d+⟧(?:\s*\([^)⟦]*\))?(?:,?\s+(?:as|who\s+(?:will\s+)?plays?|playing)\s+[“\"]?(?:the\s+|an?\s+)?"
              r"[^,;⟦“”\"]{1,40}?[”\"]?(?=,|\s+and\s|\s*$|;))?")

_CAST_VERB = (r"(?:star(?:s|red|ring)?|co-star(?:s|red|ring)?|appear(?:s|ed|ing)?|(?:has|have)\s+joined|join(?:s|ed|ing)?"
              r"|cast|return(?:s|ed|ing)?|reprise(?:s|d)?|reprising|feature(?:s|d)?|lead(?:s|ing)?|front(?:s|ed|ing)?"
              r"|head(?:s|ed|line(?:s|d)?)|play(?:s|ed|ing)?|portray(?:s|ed|ing)?|turn\s+up|cameo|make\s+an\s+appearance"
              r"|pop(?:s|ped|ping)?\s+up|check(?:s|ing)?\s+into)")


def _cast(t: Tagged, ctx: Context) -> list[Raw]:
    s = t.template
    out: list[Raw] = []

    def add(subj: tuple[str, str] | None, person: str, at: int, char: str | None = None) -> None:
        if subj and person:
            q = {"character": _clean_char(t, char)} if char and _clean_char(t, char) else {}
            out.append(Raw(subj[0], subj[1], "cast_member", person, at, qualifiers=q))

    # "⟦P⟧ as Ada", "⟦P⟧ will play Ada Vance", "⟦P⟧ reprises his role as Captain Roe"
    for m in rx.finditer(rf"(?P<who>{P})(?P<mid>[^.;⟦]{{0,60}}?)\b(?P<how>as|playing|plays|play|portraying|portrays|"
                         rf"portray|voicing|voices|voice)\s+{CHAR}", s):
        mid = m.group("mid")
        verbish = m.group("how") != "as" or rx.search(
            rf"\b(?:{_CAST_VERB}|role|be|is|was|will|would|could|to|also|again|now|back|takes?\s+over|steps?\s+in|"
            rf"takes?\s+on|replaces?|replacing|stepping\s+in|taking\s+over)\b", mid) \
            or not mid.strip() or mid.strip() in (",",)
        if not verbish or rx.search(r"\b(?:director|producer|writer|stunt)\b", mid):
            continue
        char = m.group("char")
        if re.fullmatch(r"(?:the\s+)?(?:star|lead|protagonist|villain|TBA|TBD|[a-z]+)", char) or rx.match(
                r"(?:an?|his|her|their)\s", char):
            char = None
        who = t.get(m.group("who")[1:-1]).name
        # "plays Ada in Nolan's ⟦W⟧": the work named right after the character
        inw = rx.match(rf"\s+in\s+(?:⟦P\d+⟧['’]s?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?P<work>{W})", s[m.end():])
        subj = ctx.work_of(t, inw.group("work")[1:-1]) if inw else ctx.subject(t, m.start())
        add(subj, who, m.start(), char)
    # "the lead character will be played by ⟦P⟧", "Ada, played by ⟦P⟧ in ⟦W⟧"
    for m in rx.finditer(rf"(?:(?P<char>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|⟦[PW]\d+⟧),?\s+(?:who\s+(?:is|was|will\s+be)\s+)?)?"
                         rf"(?:(?:is|was|will\s+be|are)\s+)?\b(?:played|portrayed|voiced)\s+by\s+(?P<who>{P})(?:\s+in\s+(?P<work>{W}))?", s):
        who = t.get(m.group("who")[1:-1]).name
        subj = ctx.work_of(t, m.group("work")[1:-1]) if m.group("work") else ctx.subject(t, m.start())
        add(subj, who, m.start(), m.group("char"))
    # "the Director, the stern … played by ⟦P⟧ in ⟦W⟧" (character further back)
    for m in rx.finditer(rf"\b(?P<char>the\s+[A-Z][\w'’-]+),[^.⟦]{{3,80}}?\bplayed\s+by\s+(?P<who>{P})\s+in\s+(?P<work>{W})", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), t.get(m.group("who")[1:-1]).name, m.start(), m.group("char"))
    # "Starring ⟦P⟧ as a cocky lawyer and ⟦P⟧ as the priest, …", "joining the cast are ⟦P⟧, who will play
    # “Ada”, ⟦P⟧ as “Lambert” and ⟦P⟧": a cast list whose items carry their roles
    swapped = rx.sub(r",([”\"])", r"\1,", s)  # 'as "Lambert," and …': the comma outside the quotes (same length)
    for m in rx.finditer(rf"\b(?:[Ss]tarring|[Ff]eaturing|(?:cast|ensemble|actors?|stars?)\s+(?:also\s+)?(?:includes?|are|is)"
                         rf"|the\s+cast\s+(?:are|is)|[Aa]lso\s+starring)\s+(?P<items>{_ROLE_ITEM}(?:{SEP}{_ROLE_ITEM})+)",
                         swapped):
        subj = ctx.subject(t, m.start(), allow_after=bool(rx.match(r"\W*[Ss]tarring", s)))
        for item in rx.finditer(_ROLE_ITEM, m.group("items")):
            role = rx.match(rf"{P}\s*(?:,\s*)?(?:as|who\s+(?:will\s+)?plays?|playing)\s+[“\"]?(?P<char>[A-Z][\w'’.-]*"
                            rf"(?:\s+[A-Z][\w'’.-]*){{0,2}})", item.group(0))
            add(subj, t.get(slots(item.group(0), "P")[0]).name, m.start(), role.group("char") if role else None)
    # a listing's entry: "(⟦O⟧) ⟦P⟧, ⟦P⟧, ⟦P⟧." — a sentence that is nothing but three or more names is its cast
    name = rf"(?:{P}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}})"
    bare = rx.match(rf"\W*(?:\((?P<org>⟦O\d+⟧|[^)⟦]{{1,40}})\)\s*)?(?P<who>{name}(?:\s*,\s*{name}){{2,}}"
                    rf"(?:\s*,?\s*and\s+{name})?)\s*(?:[.;](?:\s|$)|$)", s)
    if bare and ctx.focus and len(slots(bare.group("who"), "P")) >= 2:
        subj = (ctx.focus, ctx.inv.kind_of(ctx.focus))
        for item in rx.finditer(name, bare.group("who")):
            code = slots(item.group(0), "P")
            add(subj, t.get(code[0]).name if code else item.group(0), 0)
    # "Tomas and Ines (⟦P⟧ and ⟦P⟧)": two characters and their actors, in order
    for m in rx.finditer(rf"\b(?P<c1>[A-Z][\w'’-]+)\s+and\s+(?P<c2>[A-Z][\w'’-]+)\s*\((?P<p1>{P})\s+and\s+(?P<p2>{P})\)", s):
        subj = ctx.subject(t, m.start())
        add(subj, t.get(m.group("p1")[1:-1]).name, m.start(), m.group("c1"))
        add(subj, t.get(m.group("p2")[1:-1]).name, m.start(), m.group("c2"))
    # "she meets a mysterious salesman (⟦P⟧)": a part described, its actor in parentheses
    for m in rx.finditer(rf"\b(?:a|an|the|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<noun>[a-z][\w-]+)\s*\((?P<who>{P})\)", s):
        if not rx.fullmatch(r"(?:co-)?(?:director|writer|screenwriter|producer|creator|showrunner|author|novelist|filmmaker|"
                            r"composer|cinematographer|editor|critic|reporter|host|journalist|helmer|executive|studio|"
                            r"company|network|streamer|distributor|film|movie|series|show|sequel|book|novel)s?", m.group("noun")):
            add(ctx.subject(t, m.start()), t.get(m.group("who")[1:-1]).name, m.start())
    # "starring ⟦P⟧, ⟦P⟧ and ⟦P⟧"; "⟦P⟧ and ⟦P⟧ have joined the cast"; "⟦P⟧ is set to star"
    # "⟦W⟧ (1987) starred ⟦P⟧ and ⟦P⟧": the work stars them
    for m in rx.finditer(rf"(?P<work>{W})(?:\s*\(⟦D\d+⟧\))?\s+(?:also\s+)?(?:starred|stars|co-starred|co-stars|featured|"
                         rf"features)\s+(?P<who>{many(P)})", s):
        for c in slots(m.group("who"), "P"):
            add(ctx.work_of(t, m.group("work")[1:-1]), t.get(c).name, m.start())
    for m in rx.finditer(rf"\b(?:[Ss]tarring|stars|[Cc]o-starring|alongside|opposite|casts|[Ll]ead|[Ss]tar|co-leads?|"
                         rf"cast\s+(?:also\s+)?(?:includes|features|members\s+"
                         rf"(?:such\s+as|like|include))|joined\s+by)\s+(?P<who>{many(P)})", s):
        subj = ctx.subject(t, m.start())
        for c in slots(m.group("who"), "P"):
            add(subj, t.get(c).name, m.start())
    for m in rx.finditer(rf"(?P<who>{many(PITEM)})(?:,\s+[a-z][^,⟦.;]{{0,40}},)?,?\s+{AUX}(?:(?:been\s+)?(?:tapped|hired|set|"
                         rf"signed(?:\s+on)?|attached|in\s+talks|in\s+negotiations|expected|going|due|confirmed|revealed|rumou?red|"
                         rf"reported|said)\s+to\s+(?:be\s+)?)?(?P<verb>{_CAST_VERB})\b(?!\s+by\b)(?=(?P<rest>[^.;]{{0,80}}))", s):
        verb, rest = m.group("verb"), m.group("rest")
        if verb.startswith(("play", "portray")) and not rx.match(r"\s+(?:a|an|the|his|her)?\s*\w", rest):
            continue
        if verb.startswith(("lead", "head", "front", "feature", "return", "join", "check")) and not rx.match(
                r"\s+(?:the\s+(?:cast|film|movie|series|show|project|ensemble)|as\b|from|in\b|to\b|⟦|\S+\s+into)",
                rest + " ") and not verb.startswith(("return", "join")):
            continue
        if rx.match(r"\s+(?:to|in|into)\s+(?:the\s+)?(?:franchise|director['’]s\s+chair|directing)|\s+to\s+(?:direct|write|"
                    r"produce|helm|pen|co-write|executive)", rest):
            continue
        works_after = rx.match(rf"\s+(?:in|on|into)\s+(?:the\s+)?(?:\d{{4}}['’]s\s+|⟦D\d+⟧(?:['’]s)?\s+)?"
                               rf"(?:[a-z][\w-]*\s+){{0,2}}(?P<works>{many(WF)})", rest)
        people = _who(t, ctx, m.group("who"), m.start())
        if m.group("who").strip() in ("they", "They") and len(ctx.last_people) >= 2:
            people = ctx.last_people[-2:]
        if works_after:
            subjects = [ctx.work_of(t, c) for c in slots(works_after.group("works"), "WF")]
        else:
            subjects = [ctx.subject(t, m.start("verb"))]
        char = rx.match(rf"\s+(?:(?:his|her|their)\s+role\s+)?as\s+{CHAR}", rest)
        for subj in subjects:
            for p in people:
                add(subj, p, m.start("verb"), char.group("char") if char else None)
    # "the two both starred in 2015's ⟦W⟧"
    for m in rx.finditer(rf"\b(?:the\s+two|both|the\s+pair|the\s+duo)\b[^.⟦]{{0,20}}?\b(?:starred|appeared|co-starred|"
                         rf"shared\s+the\s+screen)[^.⟦]{{0,20}}?\bin\s+(?:[^.⟦]{{0,12}})?(?:⟦D\d+⟧['’]s\s+)?(?P<works>{many(WF)})", s):
        people = [t.get(c).name for c in slots(s[:m.start()], "P")][-2:] or ctx.last_people[-2:]
        for w in _works(t, ctx, m.group("works")):
            for p in people:
                add(w, p, m.start())
    # "performances in films like ⟦W⟧ and ⟦W⟧", "has appeared in … ⟦W⟧", "popping up in … ⟦W⟧ as … named Paloma"
    for m in rx.finditer(rf"\b(?:performances?|roles?|work|turns?|appearances?|popping\s+up|appeared|starred|starring\s+roles?)"
                         rf"\s+in\s+(?P<lead>(?:[^.;⟦]|⟦[PD]\d+⟧){{0,50}}?)(?P<works>{many(WF)})(?=(?P<rest>[^.;]{{0,80}}))", s):
        before = slots(s[:m.start()], "P")
        after = slots(m.group("rest"), "P")
        if slots(m.group("lead"), "P") and not before and not after:
            continue  # "in Daniel Craig's last movie X": Craig owns the film, he is not the subject
        if before:
            who = t.get(before[-1]).name
        elif rx.match(r"\s*(?:as\s+(?:[^⟦]|⟦[GOW]\d+⟧)*)?,\s*⟦P\d+⟧", m.group("rest")) and after:
            who = t.get(after[0]).name
        elif rx.search(r"\b(?:her|his|their)\s+(?:previous\s+|past\s+|other\s+)?(?:work|performances?|roles?)", s[max(0, m.start() - 30):m.end("lead")], re.I) or rx.match(r"\s*(?:her|his)\b", s[:m.start()].split(",")[-1]):
            who = ctx.pronoun_person()
        else:
            continue
        named = rx.search(r"\bas\s+[^.⟦]{0,60}?\b(?:named|called)\s+(?P<char>[A-Z][\w'’-]+|⟦[GP]\d+⟧)", m.group("rest"))
        works = _works(t, ctx, m.group("works"))
        for w in works:
            add(w, who, m.start(), named.group("char") if named and len(works) == 1 else None)
    # "Meredith Vance's grieving farmer Agnes Thorne", "Tom Hardy's Farrier": an actor's character
    for m in rx.finditer(rf"(?P<who>{P})['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<char>(?:[A-Z][\w'’.-]+|⟦P\d+⟧)"
                         rf"(?:\s+(?:[A-Z][\w'’.-]+|⟦P\d+⟧)){{0,2}})(?!\s*⟦W)", s):
        char = _clean_char(t, m.group("char"))
        if t.sentence.heading or (char and ctx.inv.canonical_work(char) in ctx.inv.works.values()):
            continue
        if char and not rx.search(r"\b(?:film|movie|series|show|thriller|drama|comedy|epic|career|role|photography|"
                                  r"score|music|cinematography|editing|costumes?|design|camera|direction|script|"
                                  r"screenplay|company|banner|studio|debut|feature)\b",
                                  s[m.end("who"):m.start("char")]) and not rx.match(
                r"\s+(?:[a-z][\w-]*\s+)?(?:movie|film|franchise|series|show|role|movies|films|epic|drama|thriller|"
                r"comedy|western|horror|saga|story|tale|debut|feature|documentary)\b", s[m.end("char"):]):
            add(ctx.subject(t, m.start()), t.get(m.group("who")[1:-1]).name, m.start(), char)
    # "the ⟦P⟧-led action horror movie, ⟦W⟧"
    for m in rx.finditer(rf"(?P<who>{P})-(?:led|starring|fronted|headlined)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+,?\s+(?P<work>{W})", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), t.get(m.group("who")[1:-1]).name, m.start())
    # "Oscar nominee ⟦P⟧ (⟦W⟧)", "⟦P⟧ of ⟦W⟧ (fame)"
    for m in rx.finditer(rf"(?P<who>{P})\s*\(\s*(?P<works>{many(W)})\s*\)", s):
        who = t.get(m.group("who")[1:-1]).name
        role = rx.search(r"\b(?P<r>writer-director|director|filmmaker|helmer|showrunner|creator)\s+$", s[max(0, m.start() - 22):m.start()],
                         re.I)
        for w in _works(t, ctx, m.group("works")):
            if role:  # "the director Jonah Whitsun (Red Mesa, The Long Drive Home)": his films
                out.append(Raw(w[0], w[1], "director", who, m.start()))
            else:
                add(w, who, m.start())
    for m in rx.finditer(rf"(?P<who>{P})\s+of\s+(?:the\s+)?(?P<work>{W})(?:\s+fame)?", s):
        add(ctx.work_of(t, m.group("work")[1:-1]), t.get(m.group("who")[1:-1]).name, m.start())
    # "ex-smuggler Ada Vance (⟦P⟧)": a character, then the actor in parentheses
    for m in rx.finditer(rf"(?P<char>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+|⟦[PW]\d+⟧)\s*\(\s*(?P<who>{P})\s*\)", s):
        add(ctx.subject(t, m.start()), t.get(m.group("who")[1:-1]).name, m.start(), m.group("char"))
    # "Captain Roe himself, ⟦P⟧, will appear" — character named, then actor
    for m in rx.finditer(rf"(?P<char>⟦[PW]\d+⟧|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:himself|herself),\s+(?P<who>{P})", s):
        add(ctx.subject(t, m.start()), t.get(m.group("who")[1:-1]).name, m.start(), m.group("char"))
    # "the Blonde actress", "her ⟦W⟧ co-star"
    for m in rx.finditer(rf"\b(?:the|her|his|their)\s+(?P<work>{W})\s+(?:actress|actor|star|co-?star)\b", s):
        who = ctx.pronoun_person()
        if who:
            add(ctx.work_of(t, m.group("work")[1:-1]), who, m.start())
    return out


def _clean_char(t: Tagged, char: str | None) -> str | None:
    if not char:
        return None
    char = re.sub(r"⟦([A-Z]\d+)⟧", lambda m: t.get(m.group(1)).text, char.strip())
    char = re.sub(r"['’]s$", "", char.strip().rstrip(",."))
    char = re.sub(r"\s+(?:and|in|on|for|with|from|at)$", "", char)
    if char.lower() in ("tba", "tbd", "unknown", "the star", "the lead") or not char:
        return None
    return char
