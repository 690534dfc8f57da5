"""Mentions: which works and people a document names, and each sentence as a slot template.

Texts are written for these tests, about invented works and people.
"""
from __future__ import annotations

import re

import pytest

from filmfacts import nlp
from filmfacts.extract.mentions import (
    Inventory,
    build_inventory,
    cap_runs,
    looks_like_person,
    tag,
    title_like,
)
from filmfacts.models import Document


def inventory(headline: str, body: str):
    doc = Document(source="x.txt", text=f"{headline}\n\n{body}\n", title=headline)
    sents = nlp.sentences(doc.text)
    return sents, build_inventory(doc.title, sents)


def kinds(t) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in t.mentions]


# -- names and titles in isolation -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["Dennis Vail", "Marisol Okafor", "Corinne Mallory", "Anna de Witt"])
def test_given_name_and_surname_look_like_a_person(name):
    assert looks_like_person(name)


@pytest.mark.parametrize("name", ["The Quiet Harbor", "Saltmarsh Kings", "Glass Meridian",
                                  "Nightjar Chapter 2", "Ada", "Dennis Vail Chapter 2"])
def test_titles_and_single_words_do_not_look_like_a_person(name):
    assert not looks_like_person(name)


def test_title_like():
    assert title_like("The Quiet Harbor")
    assert title_like("Nightjar 2")
    assert not title_like("everything we know about it")
    assert not title_like("What happens next? Nobody knows.")


def test_cap_runs_split_a_persons_possessive_but_not_a_titles():
    def runs(text: str) -> list[str]:
        return [r for _, _, r in cap_runs(text)]

    assert runs("Dennis Vail's Captain Rourke is back.") == ["Dennis Vail", "Captain Rourke"]
    assert runs("The Cartographer's Daughter opens soon.") == ["The Cartographer's Daughter"]


def test_cap_runs_report_offsets_of_the_run():
    text = "Critics loved The Tin Orchard, and Saltwater Psalm too."
    runs = cap_runs(text)
    assert all(text[start:end] == run for start, end, run in runs)
    assert [run for _, _, run in runs][-2:] == ["The Tin Orchard", "Saltwater Psalm"]


# -- the inventory ---------------------------------------------------------------------------------

def test_add_work_merges_sequel_spellings_and_keeps_the_fuller_title():
    inv = Inventory()
    assert inv.add_work("Nightjar 2") == "Nightjar 2"
    assert inv.add_work("Nightjar: Chapter 2") == "Nightjar: Chapter 2"
    assert list(inv.works.values()) == ["Nightjar: Chapter 2"]
    assert inv.canonical_work("Nightjar 2") == "Nightjar: Chapter 2"


def test_add_work_title_cases_shouted_titles_and_refuses_people():
    inv = Inventory()
    assert inv.add_work("THE QUIET HARBOR") == "The Quiet Harbor"
    inv.add_work("Dennis Vail")
    assert list(inv.works.values()) == ["The Quiet Harbor"]


def test_person_resolves_a_unique_surname_or_given_name():
    inv = Inventory()
    for name in ("Rosalind Achterberg", "Desmond Kaye", "Rosa Kaye"):
        inv.add_person(name)
    assert inv.person("Achterberg") == "Rosalind Achterberg"
    assert inv.person("Rosalind") == "Rosalind Achterberg"
    assert inv.person("Kaye") == "Kaye"  # two Kayes: ambiguous, left as written
    assert inv.person("Nobody") == "Nobody"


def test_add_person_drops_a_possessive_and_deduplicates():
    inv = Inventory()
    assert inv.add_person("Desmond Kaye's") == "Desmond Kaye"
    assert inv.add_person("desmond kaye") == "Desmond Kaye"
    assert inv.people == ["Desmond Kaye"]


def test_build_inventory_finds_titles_people_and_the_main_work():
    sents, inv = inventory(
        "Ember Road: Everything We Know",
        "Ember Road is the new spinoff of the Nightjar franchise. "
        'Critics loved "Salt Psalms" and Dunmore (1987). '
        "Nightjar: Chapter 2 opened well. Gemma Stroud directs, and Stroud also wrote it.")
    expected = {"Ember Road", "Nightjar", "Salt Psalms", "Dunmore", "Nightjar: Chapter 2"}
    assert set(inv.works.values()) >= expected
    assert inv.main == "Ember Road"
    assert not inv.multi
    assert inv.franchise == "Nightjar"
    assert inv.is_franchise_name("Nightjar")
    assert inv.people == ["Gemma Stroud"]
    assert inv.entry(2) == "Nightjar: Chapter 2"
    assert inv.canonical_work("Chapter 2") == "Nightjar: Chapter 2"


def test_a_listing_headline_has_no_main_work():
    _, inv = inventory("The 3 Most Anticipated Movies of Summer 2025",
                       "1. Saltmarsh Kings (June 5)\nDirector: Aurelio Banks\n\n"
                       "2. Glasshouse Run (July 17)\nDirector: Ines Marrow")
    assert inv.multi
    assert inv.main is None
    assert set(inv.works.values()) == {"Saltmarsh Kings", "Glasshouse Run"}  # not the headline's words


# -- tagging sentences -----------------------------------------------------------------------------

def test_tag_rewrites_a_sentence_as_a_template_over_its_mentions():
    sents, inv = inventory("The Quiet Harbor: Everything We Know",
                           "You can stream The Quiet Harbor on Peacock or rent it for $3.99 on Apple TV. "
                           "Warner Bros. has set June 12, 2026 for the film.")
    stream, studio = (tag(s, inv, anchor="2025-05-01") for s in sents[1:3])
    assert stream.template == "You can stream ⟦W0⟧ on ⟦L1⟧ or rent it for ⟦M2⟧ on ⟦L3⟧."
    assert kinds(stream) == [("work", "The Quiet Harbor"), ("platform", "Peacock"), ("money", "3.99 USD"),
                             ("platform", "Apple TV")]
    assert studio.template == "⟦O0⟧ has set ⟦D1⟧ for the film."
    assert kinds(studio) == [("organization", "Warner Bros."), ("date", "2026-06-12")]
    assert studio.get("D1").data["precision"] == "day"


def test_tag_uses_the_documents_full_name_for_a_surname():
    sents, inv = inventory("Glasshouse Run: Everything We Know",
                           "Glasshouse Run stars Rosalind Achterberg. Achterberg will also produce it.")
    t = tag(sents[-1], inv)
    assert t.template == "⟦P0⟧ will also produce it."
    assert t.get("P0").name == "Rosalind Achterberg"
    assert t.get("P0").text == "Achterberg"


def test_tag_records_a_year_given_with_a_title():
    sents, inv = inventory("Dunmore Remake: Everything We Know",
                           "Dunmore opens in October. Walter Ames directed Dunmore (1987).")
    t = tag(sents[-1], inv, anchor="2025-05-01")
    works = [m for m in t.mentions if m.kind == "work"]
    assert [(m.name, m.data.get("year")) for m in works] == [("Dunmore", "1987")]
    assert re.fullmatch(r"⟦P0⟧ directed ⟦W1⟧ \(⟦D2⟧\)\.", t.template)


def test_a_title_before_franchise_is_tagged_as_a_franchise():
    sents, inv = inventory("Ember Road: Everything We Know",
                           "Ember Road is the new spinoff of the Nightjar franchise.")
    t = tag(sents[-1], inv)
    assert kinds(t) == [("work", "Ember Road"), ("franchise", "Nightjar")]
