"""The one source of truth for what filmfacts can say about a work.

Every extractor, the fusion rules and every publisher read the properties from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Modality(StrEnum):
    """How sure the text is of a claim, strongest first."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    RUMORED = "rumored"
    SPECULATED = "speculated"
    DENIED = "denied"


class Status(StrEnum):
    """What filmfacts believes of a fused fact."""

    CURRENT = "current"
    SUPERSEDED = "superseded"
    DISPUTED = "disputed"
    HEDGED = "hedged"  # only speculated support: stored, never current
    DENIED = "denied"  # a later source denies it


class Medium(StrEnum):
    """Release types, after TMDB."""

    PREMIERE = "premiere"
    THEATRICAL_LIMITED = "theatrical_limited"
    THEATRICAL = "theatrical"
    DIGITAL = "digital"
    PHYSICAL = "physical"
    TV = "tv"
    STREAMING = "streaming"


class EntityKind(StrEnum):
    WORK = "work"
    PERSON = "person"
    CHARACTER = "character"
    ORGANIZATION = "organization"
    PLACE = "place"
    PLATFORM = "platform"
    FRANCHISE = "franchise"


WORK_SUBTYPES = ("film", "tv_series", "video_game", "franchise")


@dataclass(frozen=True)
class Property:
    name: str
    value_kind: str  # date, person, organization, place, work, platform, text
    many: bool
    wikidata: str | None
    qualifiers: tuple[str, ...] = ()
    label: str = ""


PROPERTIES: dict[str, Property] = {
    p.name: p
    for p in [
        Property("release_date", "date", False, "P577", ("medium", "region"), "Release date"),
        Property("director", "person", True, "P57", (), "Director"),
        Property("screenwriter", "person", True, "P58", (), "Screenwriter"),
        Property("producer", "person", True, "P162", (), "Producer"),
        Property("cast_member", "person", True, "P161", ("character",), "Cast"),
        Property("distributor", "organization", True, "P750", ("region",), "Distributor"),
        Property("production_company", "organization", True, "P272", (), "Production company"),
        Property("filming_location", "place", True, "P915", (), "Filming location"),
        Property("filming_start", "date", False, None, (), "Filming started"),
        Property("franchise", "work", False, "P8345", (), "Franchise"),
        Property("follows", "work", False, "P155", (), "Follows"),
        Property("followed_by", "work", False, "P156", (), "Followed by"),
        Property("based_on", "work", True, "P144", (), "Based on"),
        Property("spin_off_of", "work", True, None, (), "Spin-off of"),
        Property("set_after", "work", False, None, (), "Set after (in-story)"),
        Property("set_before", "work", False, None, (), "Set before (in-story)"),
        Property("available_on", "platform", True, None, ("offer", "price", "region"), "Where to watch"),
        Property("original_network", "organization", False, "P449", (), "Original network"),
        Property("genre", "text", True, "P136", (), "Genre"),
    ]
}

DATE_PROPERTIES = frozenset(n for n, p in PROPERTIES.items() if p.value_kind == "date")


def property_(name: str) -> Property:
    """The property called ``name``; KeyError names the unknown property."""
    try:
        return PROPERTIES[name]
    except KeyError:
        raise KeyError(f"unknown property {name!r}") from None


def fusion_key(prop: str, qualifiers: dict) -> tuple:
    """The slot a value competes for: single-valued properties compete per medium/region."""
    p = property_(prop)
    if p.many:
        return (prop,)
    if prop == "release_date":
        return (prop, qualifiers.get("medium") or "theatrical", qualifiers.get("region") or "")
    return (prop,)
