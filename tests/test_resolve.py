"""Names → entities: folding spellings of one work or person, keeping different ones apart.

Titles and names are invented for these tests.
"""
from __future__ import annotations

import pytest

from filmfacts.resolve import Known, norm, same_person, same_work, sequel_signature, surname


def test_norm_folds_case_accents_punctuation_and_a_leading_article():
    assert norm("The Quiet Harbor") == norm("quiet harbor") == "quiet harbor"
    assert norm("Salt & Ash") == "salt and ash"
    assert norm("Zoë’s Run – Part II") == "zoe run part ii"
    assert norm("Glass-Meridian") == norm("Glass Meridian")


@pytest.mark.parametrize("title", ["Nightjar 2", "Nightjar II", "Nightjar: Chapter 2", "Nightjar Part 2",
                                   "Nightjar: Chapter 2 – The Long Dark", "Nightjar Vol. 2"])
def test_sequel_signature_of_numbered_titles(title):
    assert sequel_signature(title) == ("nightjar", "2")


@pytest.mark.parametrize("title", ["Nightjar", "The Quiet Harbor", "2046"])
def test_unnumbered_titles_have_no_sequel_signature(title):
    assert sequel_signature(title) is None


@pytest.mark.parametrize("a, b", [
    ("The Quiet Harbor", "Quiet Harbor"),
    ("Salt and Ash", "Salt & Ash"),
    ("Nightjar 2", "Nightjar: Chapter 2 – The Long Dark"),
    ("Nightjar II", "Nightjar 2"),
    ("The Quiet Harbour Mysteries", "The Quiet Harbor Mysteries"),  # a spelling variant of a long title
    ("No Time Time to Leave", "No Time to Leave"),  # a stutter
])
def test_same_work(a, b):
    assert same_work(a, b)
    assert same_work(b, a)


@pytest.mark.parametrize("a, b", [
    ("Nightjar 2", "Nightjar 3"),
    ("Nightjar", "Nightjar 2"),
    ("Dunmore (1987)", "Dunmore (2025)"),
    ("Glass Meridian", "Glass Harbor"),
    ("Saltwater Psalm", "Saltmarsh Kings"),
])
def test_different_works(a, b):
    assert not same_work(a, b)


def test_surname_keeps_particles():
    assert surname("Anna de Witt") == "de witt"
    assert surname("Desmond Kaye") == "kaye"


@pytest.mark.parametrize("a, b", [
    ("Ana De Witt", "Ana de Witt"),
    ("José Ferrer", "Jose Ferrer"),
    ("Angelica Vance", "Anjelica Vance"),  # a misspelled given name
])
def test_same_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a, b", [
    ("Tom Kaye", "Tim Kaye"),  # short given names are too close to guess
    ("Desmond Kaye", "Rosa Kaye"),
    ("Desmond Kaye", "Desmond Kane"),
])
def test_different_people(a, b):
    assert not same_person(a, b)


def test_known_resolves_a_surname_to_the_one_full_name():
    known = Known()
    full, changed = known.add("person", "Rosalind Achterberg")
    assert changed
    group, changed = known.add("person", "Achterberg")
    assert group is full and changed
    assert group.name == "Rosalind Achterberg"
    assert group.names == ["Rosalind Achterberg", "Achterberg"]
    again, changed = known.add("person", "Achterberg")
    assert again is full and not changed


def test_known_leaves_an_ambiguous_surname_alone():
    known = Known()
    known.add("person", "Desmond Kaye")
    known.add("person", "Rosa Kaye")
    assert known.find("person", "Kaye") is None
    assert known.find("person", "kaye") is None
    assert known.find("person", "rosa kaye").name == "Rosa Kaye"


def test_known_adds_a_misspelled_given_name_as_an_alias():
    known = Known()
    known.add("person", "Angelica Vance")
    group, changed = known.add("person", "Anjelica Vance")
    assert changed and group.names == ["Angelica Vance", "Anjelica Vance"]
    assert len(known.groups["person"]) == 1


def test_known_merges_sequel_spellings_and_keeps_the_fuller_title():
    known = Known()
    short, _ = known.add("film", "Nightjar 2")
    full, changed = known.add("film", "Nightjar: Chapter 2 – The Long Dark")
    assert full is short and changed
    assert full.name == "Nightjar: Chapter 2 – The Long Dark"
    third, changed = known.add("film", "Nightjar 3")
    assert third is not full and changed
    assert len(known.groups["film"]) == 2
