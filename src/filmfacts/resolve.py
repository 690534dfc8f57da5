"""Names → entities: one canonical entity for the many ways articles spell it.

* people: "Solano" → "Mira Solano" (a unique full name sharing the surname), case and accents
  folded ("Lea De Vries" = "Léa de Vries"), near-misspellings ("Katherine" ~ "Catherine");
* works: punctuation and dashes folded, sequel numbers matched ("Night Courier 3" = "Night Courier:
  Chapter 3 – Embers"), a stutter or typo within a long title ("The Long Long Harbor").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
def sequel_signature(title: str) -> tuple[str, str] | None:
    """("night courier", "3") for "Night Courier 3", "Night Courier: Chapter 3 – Embers", … III."""
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
    """The part after a colon or dash: "Embers" of "Night Courier: Chapter 3 – Embers"."""
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
    # "Night Courier 3: Embers" vs "Embers" only when one is exactly the other's subtitle
    # and the other has a sequel number too.
    na, nb = norm(a), norm(b)
    if len(na) >= 12 and len(nb) >= 12 and na.split()[0] == nb.split()[0]:
        return fuzz.ratio(na, nb) >= 90 or _stutter(na) == nb or _stutter(nb) == na
    return False


def _stutter(s: str) -> str:
    """"the long long harbor" → "the long harbor": drop an immediately repeated word."""
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
        # a misspelled given name with the same surname ("Katherine" / "Catherine")
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
    """The entities a resolver knows, by kind (person, work, franchise, platform…), indexed by
    normalized alias and by blocking keys (a person's surname, a title's first word and sequel
    number) so that resolving a name costs a few comparisons, not one per known entity."""

    groups: dict[str, list[Group]] = field(default_factory=dict)
    _exact: dict[tuple[str, str], Group] = field(default_factory=dict, repr=False)
    _blocks: dict[tuple[str, str], list[Group]] = field(default_factory=dict, repr=False)

    def register(self, group: Group) -> Group:
        """Add an entity (with all its names) to what is known."""
        self.groups.setdefault(group.kind, []).append(group)
        for alias in group.names:
            self._index(group, alias)
        return group

    def remember(self, group: Group, alias: str) -> None:
        """Add an alias to a known entity."""
        if alias not in group.names:
            group.names.append(alias)
        self._index(group, alias)

    def _index(self, group: Group, alias: str) -> None:
        n = norm(alias)
        if not n:
            return
        self._exact.setdefault((group.kind, n), group)
        for key in _block_keys(group.kind, alias):
            bucket = self._blocks.setdefault((group.kind, key), [])
            if group not in bucket:
                bucket.append(group)

    def add(self, kind: str, name: str) -> tuple[Group, bool]:
        """Resolve ``name`` among entities of ``kind`` and remember it.

        Returns the entity and whether it changed (new, new alias or new canonical name).
        """
        group = self.find(kind, name)
        if group is None:
            return self.register(Group(kind, [name])), True
        if name in group.names:
            return group, False
        self.remember(group, name)
        if _better(name, group.name, kind):
            group.names.insert(0, group.names.pop(group.names.index(name)))
        return group, True

    def find(self, kind: str, name: str) -> Group | None:
        n = norm(name)
        exact = self._exact.get((kind, n))
        if exact is not None:
            return exact
        words = n.split()
        if not words:
            return None
        if kind == "person":
            if len(words) == 1 or (len(words) == 2 and words[0] in _PARTICLES):
                hits = [g for g in self._blocks.get((kind, "last:" + n), [])
                        if len(norm(g.name).split()) > 1 and any(surname(a) == n for a in g.names)]
                return hits[0] if len(hits) == 1 else None
            for g in self._blocks.get((kind, "last:" + words[-1]), []):
                if any(same_person(a, name) for a in g.names):
                    return g
            # a surname met first ("Achterberg"), then the full name ("Rosalind Achterberg")
            alone = self._exact.get((kind, surname(name)))
            if alone is not None and len(norm(alone.name).split()) == 1:
                return alone
        elif kind in ("film", "tv_series", "video_game", "work"):
            candidates = list(self._blocks.get((kind, "first:" + words[0]), []))
            sig = sequel_signature(name)
            if sig:
                candidates += self._blocks.get((kind, f"sig:{sig[0]}|{sig[1]}"), [])
            for g in candidates:
                if any(same_work(a, name) for a in g.names):
                    return g
        return None


_PARTICLES = {"de", "van", "von", "del", "da", "der", "di", "du", "la", "le"}


def _block_keys(kind: str, alias: str) -> list[str]:
    words = norm(alias).split()
    if not words:
        return []
    if kind == "person":
        return ["last:" + words[-1], "last:" + surname(alias)]
    if kind in ("film", "tv_series", "video_game", "work"):
        keys = ["first:" + words[0]]
        sig = sequel_signature(alias)
        if sig:
            keys.append(f"sig:{sig[0]}|{sig[1]}")
        return keys
    return []


def _better(candidate: str, current: str, kind: str) -> bool:
    """Whether ``candidate`` is the better canonical spelling of the same entity."""
    if kind == "person":
        return len(norm(candidate).split()) > len(norm(current).split())
    if kind in ("film", "tv_series", "video_game", "work"):
        # the fuller title wins: "Night Courier: Chapter 3 – Embers" over "Night Courier 3"
        return len(norm(candidate)) > len(norm(current)) and _stutter(norm(candidate)) == norm(candidate) \
            and sequel_signature(candidate) is not None and ":" in candidate
    return False
