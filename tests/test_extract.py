"""Extraction: short articles in, claims (subject, property, value, qualifiers, modality) out.

Every article here is written for these tests, about invented works and people.
"""
from __future__ import annotations

import pytest

from filmfacts.extract import extract_document
from filmfacts.models import Claim, Document

HARBOR_HEADLINE = "The Quiet Harbor: Release Date, Cast and Everything We Know"


def extract(body: str, headline: str | None = HARBOR_HEADLINE, published: str = "2025-05-01") -> list[Claim]:
    """Claims of an article whose first line is its headline (as the text source reads it)."""
    text = f"{headline}\n\n{body}\n" if headline else body
    return extract_document(Document(source="x.txt", text=text, title=headline, published=published))


def harbor(*sentences: str) -> list[Claim]:
    """An article about The Quiet Harbor that names the film in its first line of prose."""
    return extract("Here is what we know about The Quiet Harbor.\n\n" + "\n\n".join(sentences))


def rows(claims: list[Claim]) -> set[tuple]:
    return {(c.subject, c.property, c.value, tuple(sorted(c.qualifiers.items())), c.modality) for c in claims}


def values(claims: list[Claim], subject: str, prop: str) -> set[str]:
    return {c.value for c in claims if c.subject == subject and c.property == prop}


def row(subject: str, prop: str, value: str, modality: str = "confirmed", **qualifiers: str) -> tuple:
    return subject, prop, value, tuple(sorted(qualifiers.items())), modality


QH = "The Quiet Harbor"


# -- credits ---------------------------------------------------------------------------------------

def test_director_screenwriter_and_producer_in_prose():
    claims = harbor("The Quiet Harbor is directed by Marisol Okafor from a screenplay by Tobias Wren. "
                    "The film is produced by Helen Castillo.")
    got = rows(claims)
    assert row(QH, "director", "Marisol Okafor") in got
    assert row(QH, "screenwriter", "Tobias Wren") in got
    assert row(QH, "producer", "Helen Castillo") in got
    assert {c.subject_kind for c in claims} == {"film"}
    assert values(claims, QH, "director") == {"Marisol Okafor"}


def test_progressive_credit_and_co_writer():
    claims = harbor("Marisol Okafor is directing. Tobias Wren is writing the script.")
    assert row(QH, "director", "Marisol Okafor") in rows(claims)
    assert row(QH, "screenwriter", "Tobias Wren") in rows(claims)


@pytest.mark.parametrize("sentence, actor, character", [
    ("Dennis Vail stars as Captain Rourke.", "Dennis Vail", "Captain Rourke"),
    ("Dennis Vail plays Captain Rourke.", "Dennis Vail", "Captain Rourke"),
    ("Corinne Mallory is set to play Ada Quill.", "Corinne Mallory", "Ada Quill"),
    ("Rourke, played by Corinne Mallory, returns.", "Corinne Mallory", "Rourke"),
])
def test_cast_member_with_character(sentence, actor, character):
    assert row(QH, "cast_member", actor, character=character) in rows(harbor(sentence))


def test_played_by_without_a_named_character():
    claims = harbor("The lead role will be played by Corinne Mallory.")
    assert row(QH, "cast_member", "Corinne Mallory") in rows(claims)


def test_cast_lists_in_prose():
    claims = harbor("The film stars Corinne Mallory, Dennis Vail and Felix Amberley.",
                    "Priya Haldane and Rufus Okonjo have joined the cast.")
    assert values(claims, QH, "cast_member") == {"Corinne Mallory", "Dennis Vail", "Felix Amberley",
                                                 "Priya Haldane", "Rufus Okonjo"}


def test_fact_box_lines():
    claims = harbor("Quick facts\nDirector: Marisol Okafor\nWriter: Tobias Wren\n"
                    "Cast: Dennis Vail, Corinne Mallory as Ada Quill\n"
                    "Release date: June 7, 2026 (theatrical, US)\nDistributor: Warner Bros.")
    got = rows(claims)
    assert row(QH, "director", "Marisol Okafor") in got
    assert row(QH, "screenwriter", "Tobias Wren") in got
    assert row(QH, "cast_member", "Dennis Vail") in got
    assert row(QH, "cast_member", "Corinne Mallory", character="Ada Quill") in got
    assert row(QH, "release_date", "2026-06-07", medium="theatrical", region="US") in got
    assert row(QH, "distributor", "Warner Bros.") in got


def test_fact_box_under_a_headline_without_the_article():
    claims = extract("Quick facts\nDirector: Aurelio Banks\nCast: Nadia Ferro, Oskar Lindvall",
                     headline="Saltmarsh Kings: Release Date, Cast and Everything We Know")
    assert values(claims, "Saltmarsh Kings", "director") == {"Aurelio Banks"}
    assert values(claims, "Saltmarsh Kings", "cast_member") == {"Nadia Ferro", "Oskar Lindvall"}


# -- attribution to the right work -----------------------------------------------------------------

def test_relative_clause_credits_belong_to_the_works_it_names():
    sentence = "Marisol Okafor, who directed Saltwater Psalm and The Tin Orchard, is back behind the camera."
    claims = harbor(sentence)
    got = rows(claims)
    assert row("Saltwater Psalm", "director", "Marisol Okafor") in got
    assert row("The Tin Orchard", "director", "Marisol Okafor") in got
    assert not [c for c in claims if c.subject == QH and c.sentence == sentence]


def test_earlier_film_in_a_relative_clause_gets_the_cast_credit():
    claims = harbor("Priya Haldane, who starred in Copper Saints, has joined the cast.")
    assert row("Copper Saints", "cast_member", "Priya Haldane") in rows(claims)


def test_parenthetical_quoted_title_after_an_actor():
    claims = harbor('Priya Haldane ("Copper Saints") has joined the cast.')
    got = rows(claims)
    assert row("Copper Saints", "cast_member", "Priya Haldane") in got
    assert row(QH, "cast_member", "Priya Haldane") in got


def test_possessive_director_of_another_film():
    sentence = "Harriet Lee's 2019 thriller, Glass Meridian, was a surprise hit."
    claims = harbor("Marisol Okafor directs.", sentence)
    assert row("Glass Meridian", "director", "Harriet Lee") in rows(claims)
    assert "Harriet Lee" not in values(claims, QH, "director")
    assert values(claims, QH, "director") == {"Marisol Okafor"}


LISTING = """The 3 Most Anticipated Movies of Summer 2025

Summer is nearly here, and these are the films we cannot wait to see.

1. Saltmarsh Kings (June 5)
Director: Aurelio Banks
Cast: Nadia Ferro, Oskar Lindvall

2. Glasshouse Run (July 17)
Director: Ines Marrow
Cast: Tamsin Hale as Wren, Rufus Okonjo

3. The Lantern Keepers (August 21)
Ines Marrow produces The Lantern Keepers, which stars Bettina Cole.
"""


def test_listing_sections_speak_of_their_own_titles():
    headline, body = LISTING.split("\n", 1)
    claims = extract(body, headline=headline)
    got = rows(claims)
    assert row("Saltmarsh Kings", "release_date", "2025-06-05") in got
    assert row("Glasshouse Run", "release_date", "2025-07-17") in got
    assert row("The Lantern Keepers", "release_date", "2025-08-21") in got
    directors = {(c.subject, c.value) for c in claims if c.property == "director"}
    assert directors == {("Saltmarsh Kings", "Aurelio Banks"), ("Glasshouse Run", "Ines Marrow")}
    assert values(claims, "Saltmarsh Kings", "cast_member") == {"Nadia Ferro", "Oskar Lindvall"}
    assert values(claims, "Glasshouse Run", "cast_member") == {"Tamsin Hale", "Rufus Okonjo"}
    assert row("Glasshouse Run", "cast_member", "Tamsin Hale", character="Wren") in got
    assert row("The Lantern Keepers", "producer", "Ines Marrow") in got
    assert values(claims, "The Lantern Keepers", "cast_member") == {"Bettina Cole"}


# -- modality and cited outlets --------------------------------------------------------------------

def test_negated_credit_is_denied():
    claims = harbor("Marisol Okafor won't be directing the film.")
    assert row(QH, "director", "Marisol Okafor", "denied") in rows(claims)


def test_negation_stays_in_its_clause():
    claims = harbor("Marisol Okafor is directing, but Tobias Wren won't be writing the script.")
    got = rows(claims)
    assert row(QH, "director", "Marisol Okafor", "confirmed") in got
    assert row(QH, "screenwriter", "Tobias Wren", "denied") in got


def test_a_denial_outweighs_the_same_documents_assertion():
    claims = harbor("Marisol Okafor is directing.", "Update: Marisol Okafor won't be directing the film.")
    assert [c.modality for c in claims if c.property == "director"] == ["denied"]


@pytest.mark.parametrize("sentence, prop, person, modality", [
    ("Dennis Vail is reportedly joining the cast.", "cast_member", "Dennis Vail", "reported"),
    ("Dennis Vail is said to be starring.", "cast_member", "Dennis Vail", "reported"),
    ("Sources say Dennis Vail will star.", "cast_member", "Dennis Vail", "reported"),
    ("Dennis Vail is in talks to star.", "cast_member", "Dennis Vail", "rumored"),
    ("Dennis Vail is rumored to star.", "cast_member", "Dennis Vail", "rumored"),
    ("Perhaps Tobias Wren will direct.", "director", "Tobias Wren", "speculated"),
])
def test_hedged_claims(sentence, prop, person, modality):
    assert row(QH, prop, person, modality) in rows(harbor(sentence))


def test_could_with_a_character_is_speculated():
    claims = harbor("Dennis Vail could return as Captain Rourke.")
    assert row(QH, "cast_member", "Dennis Vail", "speculated", character="Captain Rourke") in rows(claims)


@pytest.mark.parametrize("sentence, outlet", [
    ("Corinne Mallory has joined the cast, via Deadline.", "Deadline"),
    ("Variety reports that Corinne Mallory will star.", "Variety"),
    ("Corinne Mallory will star, Variety reports.", "Variety"),
    ("Corinne Mallory will star (via The Hollywood Reporter).", "The Hollywood Reporter"),
])
def test_cited_outlet_is_kept_and_does_not_weaken_the_claim(sentence, outlet):
    [claim] = [c for c in harbor(sentence) if c.property == "cast_member"]
    got = (claim.subject, claim.value, claim.modality, claim.cited)
    assert got == (QH, "Corinne Mallory", "confirmed", outlet)


def test_uncited_claim_has_no_outlet():
    [claim] = harbor("Corinne Mallory has joined the cast.")
    assert claim.cited is None


# -- releases, production, availability ------------------------------------------------------------

def test_theatrical_release_date():
    claims = harbor("The Quiet Harbor will open in theaters on June 7, 2026.")
    assert row(QH, "release_date", "2026-06-07", medium="theatrical") in rows(claims)


def test_festival_premiere_date():
    claims = harbor("The Quiet Harbor will premiere at the Venice Film Festival on September 2, 2025.")
    assert row(QH, "release_date", "2025-09-02", medium="premiere") in rows(claims)


def test_delay_gives_the_new_date():
    claims = harbor("The Quiet Harbor will open in theaters on June 12, 2026.",
                    "The Quiet Harbor has been delayed to March 5, 2027.")
    assert values(claims, QH, "release_date") == {"2026-06-12", "2027-03-05"}
    [late] = [c for c in claims if c.value == "2027-03-05"]
    assert "delayed" in late.sentence


def test_filming_start_and_location():
    claims = harbor("Cameras started rolling on March 3, 2025, with filming taking place in Reykjavik.")
    got = rows(claims)
    assert row(QH, "filming_start", "2025-03-03") in got
    assert row(QH, "filming_location", "Reykjavik") in got


def test_filming_start_at_month_precision():
    assert row(QH, "filming_start", "2025-03") in rows(harbor("Production began in March 2025."))


def test_studio_setting_a_date_is_the_distributor():
    claims = harbor("Warner Bros. has set June 12, 2026 for The Quiet Harbor.")
    assert row(QH, "distributor", "Warner Bros.") in rows(claims)


def test_available_on_with_offer_and_price():
    claims = harbor("You can stream The Quiet Harbor on Peacock or rent it for $3.99 on Apple TV.")
    got = rows(claims)
    assert row(QH, "available_on", "Peacock", offer="stream") in got
    assert row(QH, "available_on", "Apple TV", offer="rent", price="3.99 USD") in got
    assert len([c for c in claims if c.property == "available_on"]) == 2


def test_available_to_buy():
    claims = harbor("The Quiet Harbor is available to buy for $14.99 on Vudu.")
    assert row(QH, "available_on", "Vudu", offer="buy", price="14.99 USD") in rows(claims)


def test_network_renewal_is_the_original_network():
    claims = extract("BBC One has renewed Copperline for a third season. The drama follows a mining town.",
                     headline="Copperline Season 3: Everything We Know")
    [claim] = [c for c in claims if c.property == "original_network"]
    assert (claim.subject, claim.subject_kind, claim.value) == ("Copperline", "tv_series", "BBC One")


# -- franchises ------------------------------------------------------------------------------------

def test_spinoff_franchise_and_in_story_order():
    claims = extract(
        "Ember Road is the new spinoff of the Nightjar franchise. The original Nightjar (2019) was a modest "
        "hit, and Nightjar 2 (2022) doubled its box office.\n\n"
        "Ember Road is set between the first and second Nightjar films. Gemma Stroud directs.",
        headline="Ember Road: Release Date, Cast and Everything We Know About the Nightjar Spinoff")
    got = rows(claims)
    assert row("Ember Road", "spin_off_of", "Nightjar franchise") in got
    assert row("Ember Road", "franchise", "Nightjar franchise") in got
    assert row("Ember Road", "set_after", "Nightjar") in got
    assert row("Ember Road", "set_before", "Nightjar 2") in got
    assert row("Nightjar", "release_date", "2019") in got
    assert row("Nightjar 2", "release_date", "2022") in got
    assert values(claims, "Ember Road", "director") == {"Gemma Stroud"}


# -- noise, namesakes, surnames --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Stream The Quiet Harbor on Peacock today",
    "Corinne Mallory stars in The Quiet Harbor",
])
def test_advertising_lines_yield_nothing(line):
    assert harbor(line), "without the advertising marker the line says something"
    for marker in ("Ad · ", "Sponsored: ", "Advertisement | "):
        assert harbor(marker + line) == []


def test_same_title_with_another_year_is_another_work():
    claims = extract("Dunmore opens in theaters on October 3, 2025. Lucia Brandt directs the new version.\n\n"
                     "Walter Ames directed Dunmore (1987). Hazel Fenwick starred in Dunmore (1987).",
                     headline="Dunmore Remake: Release Date, Cast and Everything We Know")
    got = rows(claims)
    assert row("Dunmore", "release_date", "2025-10-03", medium="theatrical") in got
    assert values(claims, "Dunmore", "director") == {"Lucia Brandt"}
    assert row("Dunmore (1987)", "director", "Walter Ames") in got
    assert row("Dunmore (1987)", "cast_member", "Hazel Fenwick") in got
    assert row("Dunmore (1987)", "release_date", "1987") in got
    assert "Hazel Fenwick" not in values(claims, "Dunmore", "cast_member")


def test_surnames_resolve_to_the_full_name_given_earlier():
    claims = extract("Glasshouse Run stars Rosalind Achterberg and Desmond Kaye. The thriller is directed "
                     "by Ines Marrow.\n\nAchterberg will also produce the film. Marrow wrote the script "
                     "with Kaye.",
                     headline="Glasshouse Run: Release Date, Cast and Everything We Know")
    got = rows(claims)
    assert row("Glasshouse Run", "producer", "Rosalind Achterberg") in got
    assert values(claims, "Glasshouse Run", "screenwriter") == {"Ines Marrow", "Desmond Kaye"}
    assert not {c.value for c in claims} & {"Achterberg", "Marrow", "Kaye"}


# -- evidence --------------------------------------------------------------------------------------

def test_claims_carry_their_evidence():
    text = f"{HARBOR_HEADLINE}\n\nHere is what we know.\n\nThe Quiet Harbor is directed by Marisol Okafor.\n"
    doc = Document(source="x.txt", text=text, title=HARBOR_HEADLINE, published="2025-05-01")
    [claim] = extract_document(doc)
    assert claim.document == doc.id
    assert claim.sentence == "The Quiet Harbor is directed by Marisol Okafor."
    assert doc.text[claim.start:claim.end] == claim.sentence
    assert claim.said_on == "2025-05-01"
    assert claim.extractor == "filmfacts.credits.v1"


def test_empty_document_yields_nothing():
    assert extract_document(Document(source="x.txt", text="   \n\n")) == []
