"""Works as schema.org JSON-LD (Movie, TVSeries…), stating only current, asserted facts.

director → director, screenwriter → author, producer → producer, cast_member → actor (a
PerformanceRole with characterName when the character is known), release_date → datePublished
(the main current release date), production_company → productionCompany, filming_location →
locationCreated, genre → genre, based_on → isBasedOn, franchise → isPartOf, available_on →
offers (seller, category, price, priceCurrency, eligibleRegion).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping

from ..models import Fact
from .common import Work, by_work, main_release_date, split_price

__all__ = ["CONTEXT", "render_jsonld", "work_node"]

CONTEXT = "https://schema.org"
TYPES = {"film": "Movie", "tv_series": "TVSeries", "video_game": "VideoGame",
         "franchise": "CreativeWorkSeries"}
_PEOPLE = {"director": "director", "screenwriter": "author", "producer": "producer"}
_SERIES = {"film": "MovieSeries", "tv_series": "CreativeWorkSeries", "video_game": "VideoGameSeries"}


def _named(kind: str, name: str) -> dict:
    return {"@type": kind, "name": name}


def _actor(f: Fact) -> dict:
    person = _named("Person", f.value)
    character = f.qualifiers.get("character")
    if not character:
        return person
    return {"@type": "PerformanceRole", "actor": person, "characterName": character}


def _offer(f: Fact) -> dict:
    offer: dict = {"@type": "Offer", "seller": _named("Organization", f.value)}
    if f.qualifiers.get("offer"):
        offer["category"] = f.qualifiers["offer"]
    price = split_price(f.qualifiers.get("price"))
    if price:
        offer["price"] = price[0]
        if price[1]:
            offer["priceCurrency"] = price[1]
    if f.qualifiers.get("region"):
        offer["eligibleRegion"] = _named("Place", f.qualifiers["region"])
    return offer


def work_node(work: Work, url: str | None = None) -> dict:
    """One work as a schema.org node (without @context)."""
    node: dict = {"@type": TYPES.get(work.kind, "CreativeWork"), "name": work.name}
    if url:
        node["@id"] = node["url"] = url
    for prop, key in _PEOPLE.items():
        people = [_named("Person", f.value) for f in work.current(prop)]
        if people:
            node[key] = people
    actors = [_actor(f) for f in work.current("cast_member")]
    if actors:
        node["actor"] = actors
    release = main_release_date(work.facts)
    if release:
        node["datePublished"] = release.value
    simple: list[tuple[str, str, Callable[[Fact], object]]] = [
        ("production_company", "productionCompany", lambda f: _named("Organization", f.value)),
        ("filming_location", "locationCreated", lambda f: _named("Place", f.value)),
        ("genre", "genre", lambda f: f.value),
        ("based_on", "isBasedOn", lambda f: _named("CreativeWork", f.value)),
        ("franchise", "isPartOf", lambda f: _named(_SERIES.get(work.kind, "CreativeWorkSeries"), f.value)),
        ("available_on", "offers", _offer),
    ]
    for prop, key, make in simple:
        values = [make(f) for f in work.current(prop)]
        if values:
            node[key] = values
    return node


def render_jsonld(facts: Iterable[Fact], urls: Mapping[str, str] | None = None) -> dict:
    """JSON-LD for every work in ``facts``: one node, or an @graph of several.

    ``urls`` maps a work's name to its page, used as the node's @id and url.
    """
    urls = urls or {}
    nodes = [work_node(w, urls.get(w.name)) for w in by_work(facts)]
    if len(nodes) == 1:
        return {"@context": CONTEXT, **nodes[0]}
    return {"@context": CONTEXT, "@graph": nodes}


def dumps(doc: dict) -> str:
    """Pretty JSON text of a JSON-LD document, ending with a new line."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
