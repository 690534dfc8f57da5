"""Modality (confirmed, reported, rumored, speculated, denied) and cited outlets.

Sentences are written for these tests, about invented people.
"""
from __future__ import annotations

import pytest

from filmfacts.extract import extract_document
from filmfacts.extract.modality import cited_outlet, modality
from filmfacts.models import Document


@pytest.mark.parametrize("sentence, expected", [
    ("Dennis Vail will star.", "confirmed"),
    ("Dennis Vail won't be directing.", "denied"),
    ("Dennis Vail is not returning.", "denied"),
    ("Dennis Vail has exited the project.", "denied"),
    ("Dennis Vail is no longer attached.", "denied"),
    ("Dennis Vail could star.", "speculated"),
    ("Perhaps Dennis Vail will star.", "speculated"),
    ("Dennis Vail will likely star.", "speculated"),
    ("Dennis Vail is in talks to star.", "rumored"),
    ("Dennis Vail was rumored to star.", "rumored"),
    ("Dennis Vail is apparently attached.", "rumored"),
    ("Dennis Vail is reportedly joining the cast.", "reported"),
    ("Sources say Dennis Vail will star.", "reported"),
    ("It is understood that Dennis Vail will star.", "reported"),
    ("Dennis Vail stars, according to sources.", "reported"),
])
def test_modality_of_a_clause(sentence, expected):
    assert modality(sentence) == expected


def test_a_named_outlet_does_not_weaken_a_claim():
    assert modality("Dennis Vail will star, Variety reports.") == "confirmed"
    assert modality("Dennis Vail will star, via Deadline.") == "confirmed"


def test_negation_far_before_the_trigger_does_not_govern_it():
    clause = ("The studio said it would never happen, yet after a long and very public search for a lead, "
              "Dennis Vail stars.")
    assert modality(clause) == "denied"  # the whole clause, without a trigger position
    assert modality(clause, clause.index("stars")) == "confirmed"


@pytest.mark.parametrize("sentence, outlet", [
    ("Dennis Vail will star, via Deadline.", "Deadline"),
    ("Variety reports that Dennis Vail will star.", "Variety"),
    ("Dennis Vail will star (per The Hollywood Reporter).", "The Hollywood Reporter"),
    ("According to Collider, Dennis Vail will star.", "Collider"),
    ("Dennis Vail told Variety he will star.", "Variety"),
    ("THR first reported the casting.", "The Hollywood Reporter"),
    ("Deadline Hollywood broke the news.", "Deadline"),
    ("Dennis Vail (via Screen Rant) will star.", "Screen Rant"),
])
def test_cited_outlet(sentence, outlet):
    assert cited_outlet(sentence) == outlet


@pytest.mark.parametrize("sentence", [
    "Dennis Vail will star.",
    "Dennis Vail starred in Variety Hour.",
    "Dennis Vail will star in a film about Variety magazine.",
])
def test_no_cited_outlet(sentence):
    assert cited_outlet(sentence) is None


def _modalities(sentence: str) -> dict[tuple[str, str], str]:
    headline = "The Quiet Harbor: Release Date, Cast and Everything We Know"
    text = f"{headline}\n\nHere is what we know about The Quiet Harbor.\n\n{sentence}\n"
    claims = extract_document(Document(source="x.txt", text=text, title=headline, published="2025-05-01"))
    return {(c.property, c.value): c.modality for c in claims}


def test_negation_inside_a_relative_clause_does_not_deny_the_main_claim():
    got = _modalities("Dennis Vail, who has never made a sequel, will star as Captain Rourke.")
    assert got == {("cast_member", "Dennis Vail"): "confirmed"}


def test_each_clause_keeps_its_own_modality():
    got = _modalities("Marisol Okafor won't be directing, but Tobias Wren is writing the script.")
    assert got == {("director", "Marisol Okafor"): "denied", ("screenwriter", "Tobias Wren"): "confirmed"}
