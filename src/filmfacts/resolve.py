"""Names → entities: one canonical entity for the many ways articles spell it.

* people: "Reeves" → "Keanu Reeves" (a unique full name sharing the surname), case and accents
  folded ("Ana De Armas" = "Ana de Armas"), near-misspellings ("Angelica" ~ "Anjelica");
* works: punctuation and dashes folded, sequel numbers matched ("John Wick 3" = "John Wick:
  Chapter 3 – Parabellum"), a stutter or typo within a long title ("No Time Time to Die").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz

_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


def norm(s: str) -> str:
    """Fold case, accents, dashes, punctuation and a leading article."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("&", " and ")
    s = re.sub(r"['’]s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s).replace("_", " ")
    s = re.sub(r"\s*-\s*", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def sequel_signature(title: str) -> tuple[str, str] | None:
    """("john wick", "3") for "John Wick 3", "John Wick: Chapter 3 – Parabellum", "John Wick III"."""
    n = norm(title)
    n = re.sub(r"\b(chapter|part|vol|volume|episode|season) (" + "|".join(_NUMBER_WORDS) + r")\b",
               lambda m: f"{m.group(1)} {_NUMBER_WORDS[m.group(2)]}", n)
    m = re.match(r"^(.+?)\s+(?:chapter|part|vol|volume|episode)?\s*(\d{1,2}|ii|iii|iv|v|vi|vii|viii|ix)\b", n)
    if not m:
        return None
    base, num = m.group(1).strip(), m.group(2)
    base = re.sub(r"\s+(?:chapter|part|vol|volume|episode)$", "", base)
    return base, _ROMAN.get(num, num)


def subtitle(title: str) -> str | None:
    """The part after a colon or dash: "Parabellum" of "John Wick: Chapter 3 – Parabellum"."""
    parts = re.split(r"\s*[:\u2013\u2014]\s*|\s+-\s+", title)
    last = parts[-1].strip() if len(parts) > 1 else ""
    return norm(last) if last and not re.fullmatch(r"(?:chapter|part)\s*\w+", last, re.I) else None


def same_work(a: str, b: str) -> bool:
    if norm(a) == norm(b):
        return True
    sa, sb = sequel_signature(a), sequel_signature(b)
    if sa and sb:
        return sa == sb
    if re.findall(r"\d+", norm(a)) != re.findall(r"\d+", norm(b)):
        return False
    # "John Wick 3: Parabellum" vs "Parabellum" only when one is exactly the other's subtitle
    # and the other has a sequel number too.
    na, nb = norm(a), norm(b)
    if len(na) >= 12 and len(nb) >= 12 and na.split()[0] == nb.split()[0]:
        return fuzz.ratio(na, nb) >= 90 or _stutter(na) == nb or _stutter(nb) == na
    return False


def _stutter(s: str) -> str:
    """"no time time to die" → "no time to die": drop an immediately repeated word."""
    return re.sub(r"\b(\w+) \1\b", r"\1", s)


def surname(name: str) -> str:
    parts = norm(name).split()
    if len(parts) >= 3 and parts[-2] in {"de", "da", "del", "van", "von", "der", "la", "le", "di", "du"}:
        return " ".join(parts[-2:])
    return parts[-1] if parts else ""


def same_person(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    ta, tb = na.split(), nb.split()
    if len(ta) >= 2 and len(tb) >= 2 and ta[-1] == tb[-1] and len(ta[0]) > 3 and len(tb[0]) > 3:
        # a misspelled given name with the same surname ("Angelica" / "Anjelica")
        return fuzz.ratio(ta[0], tb[0]) >= 80
    return False


@dataclass
class Group:
    """One entity: its canonical name first, then every alias seen; ``id`` once stored."""

    kind: str
    names: list[str]
    id: int | None = None
    subtype: str | None = None  # works: film, tv_series, video_game

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass
class Known:
    """The entities a resolver knows, by kind (person, film, tv_series, franchise, platform…)."""

    groups: dict[str, list[Group]] = field(default_factory=dict)

    def add(self, kind: str, name: str) -> tuple[Group, bool]:
        """Resolve ``name`` among entities of ``kind`` and remember it.

        Returns the entity and whether it changed (new, new alias or new canonical name).
        """
        group = self.find(kind, name)
        if group is None:
            group = Group(kind, [name])
            self.groups.setdefault(kind, []).append(group)
            return group, True
        if name in group.names:
            return group, False
        group.names.append(name)
        if _better(name, group.name, kind):
            group.names.insert(0, group.names.pop())
        return group, True

    def find(self, kind: str, name: str) -> Group | None:
        groups = self.groups.get(kind, [])
        n = norm(name)
        for g in groups:
            if any(norm(a) == n for a in g.names):
                return g
        if kind == "person":
            words = n.split()
            if len(words) == 1 or (len(words) == 2 and words[0] in {"de", "van", "von", "del"}):
                hits = [g for g in groups if len(norm(g.name).split()) > 1
                        and any(surname(a) == n for a in g.names)]
                if len(hits) == 1:
                    return hits[0]
                return None
            for g in groups:
                if any(same_person(a, name) for a in g.names):
                    return g
            # a surname met first ("Achterberg"), then the full name ("Rosalind Achterberg")
            alone = [g for g in groups if len(norm(g.name).split()) == 1 and norm(g.name) == surname(name)]
            if len(alone) == 1:
                return alone[0]
        elif kind in ("film", "tv_series", "video_game", "work"):
            for g in groups:
                if any(same_work(a, name) for a in g.names):
                    return g
        return None


def _better(candidate: str, current: str, kind: str) -> bool:
    """Whether ``candidate`` is the better canonical spelling of the same entity."""
    if kind == "person":
        return len(norm(candidate).split()) > len(norm(current).split())
    if kind in ("film", "tv_series", "video_game", "work"):
        # the fuller title wins: "John Wick: Chapter 3 – Parabellum" over "John Wick 3"
        return len(norm(candidate)) > len(norm(current)) and _stutter(norm(candidate)) == norm(candidate) \
            and sequel_signature(candidate) is not None and ":" in candidate
    return False
