"""What every fact family shares: the sentence template, slot patterns, the running context
(which work a passage is about, who "he" or "she" is) and the raw claims families emit."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .mentions import Inventory, Mention, Tagged
from .patterns import compiled, findall, finditer, match, search  # noqa: F401 - re-exported for the families

P = r"⟦P\d+⟧"
W = r"⟦W\d+⟧"
F = r"⟦F\d+⟧"
WF = r"⟦[WF]\d+⟧"
D = r"⟦D\d+⟧"
L = r"⟦L\d+⟧"
O = r"⟦O\d+⟧"  # noqa: E741 - the slot letter for organizations
G = r"⟦G\d+⟧"
M = r"⟦M\d+⟧"
SLOT = re.compile(r"⟦([A-Z])(\d+)⟧")
SEP = (r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+(?:upcoming\s+|\d{4}\s+)?|both\s+|"
       r"an?\s+(?:[a-z][\w-]*\s+){0,2}(?=⟦))?")


def many(slot: str) -> str:
    """A list of slots: "⟦P1⟧, ⟦P2⟧ and ⟦P3⟧"."""
    return rf"{slot}(?:{SEP}{slot})*"


def slots(text: str, kinds: str = "PWFDLOGM") -> list[str]:
    return [k + n for k, n in SLOT.findall(text) if k in kinds]


# Clause boundaries: relative clauses, parentheses, dashes, semicolons, "but".
_BOUNDARY = re.compile(r",\s+(?:who|which|whose|where|while|but|although|though|after|before|as|since|when)\b"
                       r"|,\s+and\s+(?=⟦P\d+⟧\s+(?:has|have|is|are|was|will|would|also)\b)"
                       r"|\s+but\s+|;|\s[—–]\s|\(|\)|:\s|\.\s")


@dataclass
class Raw:
    """A claim before evidence and modality are attached."""

    subject: str
    subject_kind: str
    property: str
    value: str
    at: int  # template offset of the trigger (for modality and clause)
    value_kind: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    modality: str | None = None  # forced by the pattern, else computed from the clause


@dataclass
class Context:
    inv: Inventory
    anchor: str | None = None  # the document's date, for relative expressions
    focus: str | None = None  # the work the current section is about
    last_people: list[str] = field(default_factory=list)  # most recent last
    last_work: str | None = None
    prev_text: str = ""  # the previous sentence, for "those duties"
    prev_works: list[str] = field(default_factory=list)  # the works it named, for "that film"
    heading_focus: bool = False  # the focus was set by a heading that is a title
    # "Adjei's Pale Signal": a credit whose role is known only once the document is read
    possessives: list[tuple[Raw, Tagged]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.focus = self.focus or self.inv.main

    # -- reading the template ---------------------------------------------------------------------
    def clause_bounds(self, t: Tagged, at: int) -> tuple[int, int]:
        s = t.template
        start, end = 0, len(s)
        for m in _BOUNDARY.finditer(s):
            if m.end() <= at:
                start = m.end()
            elif m.start() >= at:
                end = m.start()
                break
        return start, end

    def work_of(self, t: Tagged, code: str) -> tuple[str, str]:
        m = t.get(code)
        return self.describe(m)

    def describe(self, m: Mention) -> tuple[str, str]:
        if m.kind == "franchise":
            return m.name, "franchise"
        return m.name, self.inv.kind_of(m.name)

    def subject(self, t: Tagged, at: int, allow_after: bool = False) -> tuple[str, str] | None:
        """The work a trigger at template offset ``at`` speaks of.

        The nearest work named before it in the same clause (not as the object of "like",
        "in", "with"…), else — with ``allow_after`` — the first named after it, else the
        passage's focus ("the film", "the movie" and silence all mean the focus).
        """
        start, end = self.clause_bounds(t, at)
        s = t.template
        before = [m for m in re.finditer(WF, s[start:at])]
        antecedent = None if before else re.search(rf"({W})(?:\s*\(⟦D\d+⟧\))?,\s+(?:which|whose)$", s[:start])
        if antecedent:  # "⟦W⟧, which ⟦O⟧ released in ⟦D⟧": the relative clause speaks of the work before it
            return self.describe(t.get(antecedent.group(1)[1:-1]))
        for m in reversed(before):
            lead = s[max(0, start + m.start() - 30): start + m.start()]
            if re.search(r"\b(?:like|such as|including|with|from|than|of|after|before|alongside|opposite|"
                         r"between|since|to|behind)\s+(?:the\s+)?(?:\w+\s+)?$|(?<!,)\s+as\s+(?:the\s+)?$|\(\s*$",
                         lead, re.I) or re.match(
                    r"\s+(?:himself|herself|themselves)\b|['’]s?\s+(?:own\s+)?(?:co-?stars?|director|writer|producer|"
                    r"creator|showrunner|star|actor|actress)\b", s[start + m.end():]) or re.match(
                    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:writer|director|star|producer|creator|showrunner|actor|actress|"
                    r"helmer|filmmaker|scribe|co-star|alum|veteran|breakout)s?\s+⟦P", s[start + m.end():]):
                continue  # "⟦W⟧ remake writer ⟦P⟧": the work describes the person, it is not the subject
            mention = t.get(m.group(0)[1:-1])
            if mention.kind == "franchise":
                continue
            return self.describe(mention)
        if not before and re.match(r"^\W*(?:that|this)\s+(?:film|movie|show|series|picture)\b", s, re.I):
            earlier = [w for w in self.prev_works if w != self.focus] or self.prev_works
            if earlier:  # "That film, which also stars …": the other work the last sentence named
                return earlier[0], self.inv.kind_of(earlier[0])
        if not before and re.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:prequel|sequel|series|show|movie|film|"
                                    r"spin-?off|spinoff|project|adaptation)\b", s[start:at], re.I):
            return None  # "A prequel series … is coming": an unnamed other work
        lead = re.match(rf"^\W*(?:the\s+)?(?:original\s+|first\s+|new\s+)?({W})", s, re.I)
        if lead and lead.end() <= at and t.get(lead.group(1)[1:-1]).kind != "franchise":
            return self.describe(t.get(lead.group(1)[1:-1]))  # the sentence's subject is a work
        if allow_after:
            m = re.search(W, s[at:end])
            if m:
                return self.describe(t.get(m.group(0)[1:-1]))
        ordinal = self.ordinal_work(s[start:at])
        if ordinal:
            return ordinal, self.inv.kind_of(ordinal)
        if self.focus:
            return self.focus, self.inv.kind_of(self.focus)
        return None

    def ordinal_work(self, text: str) -> str | None:
        """"the third film", "his fourth film", "the first entry" → the franchise's N-th work."""
        from ..lexicon import ORDINALS

        m = re.search(r"\b(?:the|his|her|its|their)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth|original)\s+(?:film|movie|entry|installment|instalment|chapter|title|outing)\b",
                      text, re.I)
        if not m:
            return None
        return self.inv.entry(ORDINALS[m.group(1).lower()])

    def person(self, t: Tagged, code: str) -> str:
        return t.get(code).name

    def pronoun_person(self) -> str | None:
        return self.last_people[-1] if self.last_people else None


def persons_in(t: Tagged, text: str) -> list[str]:
    return [t.get(c).name for c in slots(text, "P")]
