"""JSON-LD: a JSON-LD processor expands it and the schema.org triples are there."""
from __future__ import annotations

import json

import pytest
from pyld import jsonld

from filmfacts.fuse import fuse
from filmfacts.models import Fact
from filmfacts.publish.jsonld import render_jsonld
from kb_fixture import build

S = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# the vocabulary part of https://schema.org's own context, so that no test needs the network
SCHEMA_CONTEXT = {"@context": {"@vocab": S, "schema": S}}


def offline_loader(url: str, options: dict | None = None) -> dict:
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


class Graph:
    def __init__(self, doc: dict) -> None:
        expanded = jsonld.expand(doc, {"documentLoader": offline_loader})
        assert expanded, "nothing expanded"
        dataset = jsonld.to_rdf(doc, {"documentLoader": offline_loader})
        self.triples = {(t["subject"]["value"], t["predicate"]["value"], t["object"]["value"])
                        for t in dataset["@default"]}

    def objects(self, s: str, p: str) -> set[str]:
        return {o for (s2, p2, o) in self.triples if s2 == s and p2 == S + p}

    def subjects_of_type(self, kind: str) -> set[str]:
        return {s for (s, p, o) in self.triples if p == RDF_TYPE and o == S + kind}

    def names(self, s: str, p: str) -> set[str]:
        return {n for o in self.objects(s, p) for n in self.objects(o, "name")}


@pytest.fixture
def facts(sqlite_store) -> list[Fact]:
    return fuse(build(sqlite_store).claims())


def test_movie_triples(facts):
    doc = render_jsonld([f for f in facts if f.subject == "Harbor Lights"],
                        {"Harbor Lights": "http://films.example/works/1"})
    g = Graph(doc)
    movie = "http://films.example/works/1"
    assert g.subjects_of_type("Movie") == {movie}
    assert g.objects(movie, "name") == {"Harbor Lights"}
    assert g.names(movie, "director") == {"Ines Valk"}
    assert g.names(movie, "author") == {"Lena Ortiz"}  # screenwriters
    assert g.names(movie, "producer") == {"Sam Okafor"}
    assert g.names(movie, "productionCompany") == {"Gull Rock Pictures"}
    assert g.objects(movie, "datePublished") == {"2025-10-02"}  # the current date, not the superseded one


def test_actors_with_characters_are_performance_roles(facts):
    g = Graph(render_jsonld([f for f in facts if f.subject == "Harbor Lights"]))
    (movie,) = g.subjects_of_type("Movie")
    roles = g.objects(movie, "actor")
    by_person = {}
    for role in roles:
        if (role, RDF_TYPE, S + "PerformanceRole") in g.triples:
            (person,) = g.objects(role, "actor")
            by_person[next(iter(g.objects(person, "name")))] = g.objects(role, "characterName")
        else:
            by_person[next(iter(g.objects(role, "name")))] = None
    # the rumored Priya Nair is not stated as cast
    assert by_person == {"Mira Solano": {"Ada Brandt"}, "Tomas Reyes": None}


def test_offers_have_price_and_currency(facts):
    g = Graph(render_jsonld([f for f in facts if f.subject == "Harbor Lights"]))
    (movie,) = g.subjects_of_type("Movie")
    offers = {next(iter(g.names(o, "seller"))): o for o in g.objects(movie, "offers")}
    assert set(offers) == {"Apple TV", "Netflix"}
    assert g.objects(offers["Apple TV"], "price") == {"3.99"}
    assert g.objects(offers["Apple TV"], "priceCurrency") == {"USD"}
    assert g.objects(offers["Apple TV"], "category") == {"rent"}
    assert g.objects(offers["Netflix"], "price") == set()


def test_several_works_make_a_graph_with_a_tv_series(facts):
    doc = render_jsonld(facts)
    assert [n["@type"] for n in doc["@graph"]] == ["Movie", "TVSeries"]
    g = Graph(doc)
    (series,) = g.subjects_of_type("TVSeries")
    assert g.objects(series, "name") == {"Night Courier"}
    assert g.objects(series, "director") == set()  # denied
    assert g.objects(series, "datePublished") == set()  # disputed
    json.dumps(doc)  # plain JSON
