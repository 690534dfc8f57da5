"""Time expressions: absolute ones at their precision, relative ones against an anchor."""
from __future__ import annotations

import pytest

from filmfacts.temporal import TimeExpr, anchor_of, find_dates, interval, resolve, tense_near


def one(text: str, anchor: str | None = None) -> TimeExpr:
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value,precision", [
    ("Harbor Lights opens on June 7, 2024.", "2024-06-07", "day"),
    ("It opened 7 June 2024 in Lisbon.", "2024-06-07", "day"),
    ("Shooting began in November 2022.", "2022-11", "month"),
    ("The first film came out in 2014.", "2014", "year"),
    ("It lands on 2025-02-14.", "2025-02-14", "day"),
])
def test_absolute_dates_keep_their_precision(text, value, precision):
    e = one(text)
    assert (e.value, e.precision, e.relative) == (value, precision, False)
    assert text[e.start:e.end] == e.text


def test_decades_and_bare_may_are_not_dates():
    assert find_dates("A 1990s thriller that may open in theaters.") == []


def test_seasons_with_a_year_are_absolute_with_season_precision():
    e = one("The sequel is planned for summer 2024.")
    assert (e.value, e.precision, e.relative) == ("2024", "season", False)
    assert (e.lo, e.hi) == ("2024-06-01", "2024-08-31")
    e = one("It is aimed at the fall of 2025.")
    assert (e.value, e.lo, e.hi) == ("2025", "2025-09-01", "2025-11-30")


def test_parts_of_a_year_narrow_the_interval():
    e = one("Expect it in early 2025.")
    assert (e.value, e.precision, e.lo, e.hi) == ("2025", "year", "2025-01-01", "2025-04-30")
    assert one("Due in late 2026.").lo == "2026-09-01"


def test_relative_without_anchor_stays_unresolved():
    for text in ("It opens this summer.", "Filming starts next year.", "Casting began on Monday.",
                 "More news in the coming weeks.", "It was announced earlier this month."):
        e = one(text)
        assert e.relative and e.value is None, (text, e)


@pytest.mark.parametrize("text,anchor,value,lo,hi", [
    ("It opens this summer.", "2024-02-10", "2024", "2024-06-01", "2024-08-31"),
    ("It opens this fall.", "2023-03-01", "2023", "2023-09-01", "2023-11-30"),
    ("It opens this spring.", "2023-01-20", "2023", "2023-03-01", "2023-05-31"),
    ("It opens next summer.", "2023-07-15", "2024", "2024-06-01", "2024-08-31"),
    ("It opened last summer.", "2023-03-15", "2022", "2022-06-01", "2022-08-31"),
    ("A trailer is due later this year.", "2023-05-04", "2023", "2023-05-04", "2023-12-31"),
    ("It was cast earlier this year.", "2023-05-04", "2023", "2023-01-01", "2023-05-04"),
    ("The sequel arrives next year.", "2023-05-04", "2024", "2024-01-01", "2024-12-31"),
    ("The first one flopped last year.", "2023-05-04", "2022", "2022-01-01", "2022-12-31"),
    ("It shoots this year.", "2023-05-04", "2023", "2023-01-01", "2023-12-31"),
    ("It was announced earlier this month.", "2022-11-20", "2022-11", "2022-11-01", "2022-11-20"),
    ("It arrives later this month.", "2022-11-20", "2022-11", "2022-11-20", "2022-11-30"),
    ("The teaser dropped yesterday.", "2024-03-01", "2024-02-29", "2024-02-29", "2024-02-29"),
    ("We'll know more as this year segues into the next.", "2022-11-15", "2022", "2022-10-01", "2022-12-31"),
])
def test_relative_expressions_resolve_against_the_anchor(text, anchor, value, lo, hi):
    e = one(text, anchor)
    assert e.relative and (e.value, e.lo, e.hi) == (value, lo, hi)


def test_a_past_weekday_is_the_one_before_the_anchor():
    # 2022-11-09 is a Wednesday
    assert one("Production began on Monday in Prague.", "2022-11-09").value == "2022-11-07"
    assert one("Production began on Wednesday.", "2022-11-09").value == "2022-11-02"
    assert one("The studio confirmed Tuesday that it is a go.", "2022-11-09").value == "2022-11-08"


def test_a_future_weekday_is_the_one_after_the_anchor():
    assert one("Shooting will begin on Monday.", "2022-11-09").value == "2022-11-14"
    assert one("See you next Friday.", "2022-11-09").value == "2022-11-11"


def test_a_weekday_followed_by_a_date_is_the_date():
    found = find_dates("It premiered Monday, June 3, 2024, at a festival.")
    assert [e.value for e in found] == ["2024-06-03"]


def test_coming_weeks_is_a_range_after_the_anchor():
    e = one("Casting news is expected in the coming weeks.", "2024-03-01")
    assert (e.lo, e.hi, e.value) == ("2024-03-01", "2024-04-26", "2024")
    e = one("Casting news is expected in the coming weeks.", "2024-12-01")
    assert e.value is None and e.lo == "2024-12-01" and e.hi == "2025-01-26"  # across New Year


def test_resolve_re_anchors_a_relative_expression():
    e = one("The sequel arrives next year.")
    assert resolve(e, "2030-01-01").value == "2031"
    absolute = one("It opened in 2019.")
    assert resolve(absolute, "2030-01-01") == absolute


def test_interval_of_iso_values():
    assert interval("2024") == ("2024-01-01", "2024-12-31")
    assert interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert interval("2024-06-07") == ("2024-06-07", "2024-06-07")
    assert interval(None) is None and interval("soon") is None


@pytest.mark.parametrize("sentence,target,tense", [
    ("The first film, which hit theaters on March 3, 2021, was a hit.", "March 3, 2021", "past"),
    ("Harbor Lights is set to open on June 7, 2024.", "June 7, 2024", "future"),
    ("In March 2023, the sequel, a darker story, will open worldwide.", "March 2023", "future"),
    ("In November 2022, Variety reported that Mira Solano will star.", "November 2022", "past"),
    ("The series will be released in 2025.", "2025", "future"),
    ("It was originally set to open in June 2023.", "June 2023", None),
    ("The film was delayed from May 2024 to May 2025.", "May 2024", None),
    ("The film was delayed from May 2024 to May 2025.", "May 2025", "future"),
    ("Expect to see it on big screens on May 9, 2025.", "May 9, 2025", "future"),
    ("A photo from 2019 shows the set.", "2019", None),
])
def test_tense_near_a_date(sentence, target, tense):
    i = sentence.rindex(target) if target.startswith("May 2025") else sentence.index(target)
    assert tense_near(sentence, i, i + len(target)) == tense


@pytest.mark.parametrize("text,anchor,value", [
    ("The teaser arrived on Tuesday, October 14, and it streams from December 5.", "2025-10-15",
     ["2025-10-14", "2025-12-05"]),
    ("Season two premieres on Sunday, Jan. 12 at 9 p.m.", "2024-12-28", ["2025-01-12"]),
    ("The shoot began in May 2024 and wrapped this March.", "2025-05-01", ["2024-05", "2025-03"]),
    ("It premieres in September.", "2025-02-20", ["2025-09"]),
    ("Filming wrapped in November.", "2025-02-20", ["2024-11"]),
    ("It was shot in April of last year.", "2025-02-20", ["2024-04"]),
    ("The 12 March screening sold out.", "2026-01-06", ["2026-03-12"]),
])
def test_months_and_days_without_a_year(text, anchor, value):
    assert [e.value for e in find_dates(text, anchor)] == value


def test_day_ranges_and_lowercase_may():
    found = find_dates("This Week (Jan. 5-11, 2026): it may 5 times over.")
    (r,) = [e for e in found if not e.relative]
    assert (r.text, r.value, r.precision, r.lo, r.hi) == ("Jan. 5-11, 2026", "2026-01", "month", "2026-01-05",
                                                         "2026-01-11")
    assert all("may" not in e.text for e in found)
    e = one("The festival runs June 28 - July 3, 2025.")
    assert (e.value, e.precision, e.lo, e.hi) == ("2025", "year", "2025-06-28", "2025-07-03")


def test_a_month_without_a_year_takes_the_year_of_the_date_before_it():
    found = find_dates("Cameras rolled in July 2025, and production wrapped in September.")
    assert [(e.value, e.relative) for e in found] == [("2025-07", False), ("2025-09", False)]
    found = find_dates("It opens June 7, 2024, and streams from August 2.")
    assert [e.value for e in found] == ["2024-06-07", "2024-08-02"]
    # earlier in the year than the dated one: maybe the next year, so left to the anchor
    found = find_dates("It opened December 5, 2025; the festival premiere was on September 7.")
    assert found[1].relative and found[1].value is None
    found = find_dates("Shot in May 2024. It opens in September.")  # another sentence: no
    assert found[1].relative


def test_an_interval_anchor_resolves_to_what_both_ends_agree_on():
    e = one("It opens this summer.", "2024-01-01/2024-06-07")
    assert (e.value, e.precision, e.lo, e.hi) == ("2024", "season", "2024-06-01", "2024-08-31")
    e = one("It arrives next month.", "2024-01-10/2024-03-20")
    assert (e.value, e.precision, e.lo, e.hi) == ("2024", "year", "2024-02-01", "2024-04-30")
    e = one("It arrives next year.", "2024-11-01/2025-02-01")
    assert e.value is None and (e.lo, e.hi) == ("2025-01-01", "2026-12-31")
    assert one("It opens this summer.", "2024-01-01/").value is None  # an open side: nothing agreed


def test_anchor_of_a_document():
    assert anchor_of("2024-05-02") == "2024-05-02"
    assert anchor_of(None, "2024-01-01", "2024-06-07") == "2024-01-01/2024-06-07"
    assert anchor_of(None, None, "2024-06-07") == "/2024-06-07"
    assert anchor_of(None) is None


def test_a_number_in_a_title_is_no_year_but_a_possessive_year_is():
    from filmfacts.temporal import find_dates

    assert [d.value for d in find_dates("Harbor 1999 was set to open in June.")] == [None]
    assert [d.value for d in find_dates("Luc Marchetti's 1990 thriller is back.")] == ["1990"]
    assert [d.value for d in find_dates("In 1990 it opened.")] == ["1990"]
