"""Dating documents: metadata first, otherwise an interval inferred from the text by general rules.

Every text here is invented for these tests.
"""
from __future__ import annotations

from filmfacts.dating import date_document, infer_interval
from filmfacts.models import Document


def dated(text: str, published: str | None = None) -> Document:
    return date_document(Document(source="t.txt", text=text, published=published))


def bounds(text: str) -> tuple[str | None, str | None]:
    d = dated(text)
    return d.published_after, d.published_before


def test_metadata_date_is_never_overridden():
    d = dated("Harbor Lights hit theaters on March 3, 2021.", published="2020-01-05")
    assert d.published == "2020-01-05" and d.published_after is None and d.published_before is None
    assert d.dating_evidence == "publication date from metadata"


def test_nothing_to_go_on():
    d = dated("Mira Solano stars in Harbor Lights. It is a moody thriller.")
    assert (d.published_after, d.published_before) == (None, None)
    assert d.dating_evidence == "no date in metadata or text"


def test_past_event_bounds_from_below_future_event_from_above():
    text = ("The first Night Courier film hit theaters on March 3, 2021. The sequel, Night Courier: "
            "Embers, is set to release on October 11, 2024.")
    assert bounds(text) == ("2021-03-03", "2024-10-11")
    d = dated(text)
    assert "hit theaters on March 3, 2021" in d.dating_evidence
    assert "is set to release on October 11, 2024" in d.dating_evidence


def test_month_and_year_precision():
    # began shooting in a month → after its first day; slated for a year → before its last day
    assert bounds("Cameras began rolling on Salt Road in August 2022. It is slated for 2024.") == (
        "2022-08-01", "2024-12-31")


def test_a_future_month_was_probably_written_before_that_month():
    after, before = bounds("The Long Thaw was reported in June 2021. It will open in October 2021.")
    assert (after, before) == ("2021-06-01", "2021-10-01")


def test_soft_bound_gives_way_to_a_hard_one():
    # a future month said during that month: the soft "before it began" would empty the interval
    text = "Casting wrapped on October 12, 2021. The Long Thaw will open in October 2021."
    assert bounds(text) == ("2021-10-12", "2021-10-31")


def test_past_plan_is_no_evidence():
    text = "The Long Thaw was originally set to open in June 2020, and it finally debuted on May 2, 2022."
    assert bounds(text) == ("2022-05-02", None)


def test_will_be_released_is_future_despite_the_past_participle():
    assert bounds("Copper Sky will be released on February 2, 2026.") == (None, "2026-02-02")


def test_relative_season_naming_a_dated_event_gives_the_year():
    text = ("Lanterns of Vey arrives in theaters this fall, and fans are counting the days.\n"
            "Lanterns of Vey is scheduled to open on October 4, 2030.")
    text = text.replace("\n", " ")
    assert bounds(text) == ("2030-01-01", "2030-10-04")


def test_next_year_naming_a_dated_event():
    text = "Production starts this winter, and the film is expected next year, on May 1, 2031."
    assert bounds(text) == ("2030-01-01", "2030-12-31")


def test_next_year_never_names_a_past_event():
    text = "The first film debuted in 2014, and a third one is coming next year."
    assert bounds(text) == ("2014-01-01", None)


def test_late_in_the_year_takes_the_latest_year_the_other_bounds_allow():
    text = ("With Glass Orchard set for release on February 9, 2029, more news should come as this year "
            "segues into the next.")
    after, before, evidence = infer_interval(text)
    assert (str(after), str(before)) == ("2028-09-01", "2028-12-31")
    assert any("late in 2028" in e for e in evidence)


def test_dateline_near_the_top_dates_the_text():
    text = "Glass Orchard Adds Two\n\nBy Tamsin Reye\nApril 2, 2027 9:15am PT\n\nThe film opened in 2019."
    assert bounds(text) == ("2027-04-02", "2027-04-02")
    guide = "Streaming guide\n\nUpdated July 2026\n\nHere is where to watch."
    assert bounds(guide) == ("2026-07-01", "2026-07-31")
    assert bounds("Review\n\nLast updated: 3 March 2026\n\nText.") == ("2026-03-03", "2026-03-03")


def test_a_year_alone_on_a_line_is_not_a_dateline():
    assert bounds("Glass Orchard\n2019\nIt hit theaters on May 2, 2022.") == ("2022-05-02", None)


def test_evidence_quotes_the_sentences_that_set_the_final_bounds():
    d = dated("Salt Road debuted in 2015. Its sequel premiered on June 1, 2023. A third is slated for 2026.")
    assert "June 1, 2023" in d.dating_evidence and "slated for 2026" in d.dating_evidence
    assert "debuted in 2015" not in d.dating_evidence  # a looser bound is not quoted


def test_a_labelled_date_anywhere_counts():
    text = "Glass Orchard review\n\nA slow, lovely film.\n\nReviewed Oct. 2, 2029 at a festival in Busan"
    assert bounds(text) == ("2029-10-02", None)


def test_a_future_date_without_a_year_is_the_next_one_after_a_dateline():
    text = "Glass Orchard review\n\nReviewed Oct. 2, 2029\n\nThe film opens in theaters Nov. 14."
    assert bounds(text) == ("2029-10-02", "2029-11-14")


def test_a_weekday_tells_the_year_of_a_date_without_one():
    # March 3 is a Sunday in 2030 (and in 2024 and 2019); the film debuted in 2027
    text = "Glass Orchard debuted in 2027. Its sequel series premieres on Sunday, March 3."
    assert bounds(text) == ("2027-01-01", "2030-03-03")


def test_days_before_puts_the_document_close_to_the_date():
    text = ("Glass Orchard debuted in 2027. The series was renewed days before its second season premieres "
            "on Sunday, March 3.")
    assert bounds(text) == ("2030-02-17", "2030-03-03")


def test_an_old_year_is_no_anchor_for_a_date_without_one():
    # "(2019)" only says the text is later than 2019: it does not tell which Sept. 1 is ahead
    text = "Her first feature (2019) was a small film. The new one premieres in Venice on Sept. 1."
    assert bounds(text) == ("2019-01-01", None)


def test_relative_dates_told_in_order_narrow_the_interval():
    text = ("Principal photography on Glass Orchard began in May 2030 and wrapped this March. "
            "The series debuts on September 18, 2031.")
    d = dated(text)
    assert (d.published_after, d.published_before) == ("2031-03-01", "2031-09-18")
    assert "read right" in d.dating_evidence


def test_this_week_naming_a_range_of_days():
    text = "New to Stream This Week (Feb. 3-9, 2031)\n\nHere is the list."
    assert bounds(text) == ("2031-02-03", "2031-02-09")
