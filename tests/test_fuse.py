"""Fusion over time, on invented timelines stored through Store.add_document (no extraction)."""
from __future__ import annotations

import json
import random
from itertools import count

import pytest

from filmfacts.fuse import fuse, timeline, when
from filmfacts.models import Claim, Document
from filmfacts.publish.jsonl import fact_lines
from filmfacts.store import StoredClaim
from filmfacts.temporal import find_dates

_n = count()


def add(store, claims: list[tuple], published: str | None = None, after: str | None = None,
        before: str | None = None, source: str | None = None) -> Document:
    """One invented document holding ``claims``: (subject, property, value, {qualifiers}, modality, cited)."""
    i = next(_n)
    doc = Document(source=source or f"doc{i:03d}.txt", text=f"invented article {i}", published=published,
                   published_after=after, published_before=before)
    rows = []
    for subject, prop, value, *rest in claims:
        quals = rest[0] if rest else {}
        modality = rest[1] if len(rest) > 1 else "confirmed"
        cited = rest[2] if len(rest) > 2 else None
        rows.append(Claim(subject=subject, property=prop, value=value, qualifiers=quals, modality=modality,
                          cited=cited, document=doc.id, sentence=f"{subject} {prop} {value} ({modality})",
                          extractor="tests.handwritten.v1", said_on=published))
    store.add_document(doc, rows)
    return doc


def facts(store, as_of: str | None = None, prop: str | None = None):
    out = fuse(store.claims(), as_of)
    return [f for f in out if prop is None or f.property == prop]


def by_value(fs):
    return {f.value: f for f in fs}


HL = "Harbor Lights"
ADA = {"character": "Ada Brandt"}
TH = {"medium": "theatrical"}


def test_a_delay_supersedes_the_old_date_and_keeps_it_as_history(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2025-03-14", TH)], published="2025-01-10", source="first.txt")
    add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], published="2025-02-20", source="moved.txt")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-10-02"].status == "current"
    old = f["2025-03-14"]
    assert old.status == "superseded" and old.superseded_by == "2025-10-02"
    assert "2025-02-20" in old.note
    assert old.sources[0].document == "first.txt" and old.sources[0].said_on == "2025-01-10"
    assert old.confidence < f["2025-10-02"].confidence
    # as of before the move, only the first date was known, and it was current
    then = facts(sqlite_store, as_of="2025-02-01", prop="release_date")
    assert [(x.value, x.status) for x in then] == [("2025-03-14", "current")]


def test_restating_the_old_date_after_the_delay_brings_it_back(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2025-03-14", TH)], published="2025-01-10")
    add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], published="2025-02-20")
    add(sqlite_store, [(HL, "release_date", "2025-03-14", TH)], published="2025-03-01")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert (f["2025-03-14"].status, f["2025-10-02"].status) == ("current", "superseded")


def test_a_date_without_medium_competes_with_theatrical_but_not_with_a_premiere(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2023-03-23", {})], published="2022-11-10")
    add(sqlite_store, [(HL, "release_date", "2024-06-07", TH),
                       (HL, "release_date", "2024-05-20", {"medium": "premiere"})], published="2023-06-01")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2023-03-23"].status == "superseded"
    assert f["2024-06-07"].status == "current" and f["2024-05-20"].status == "current"


def test_seasons_of_a_series_do_not_compete(sqlite_store):
    add(sqlite_store, [("Night Courier", "release_date", "2025-03-02", {"medium": "tv", "season": "1"})],
        published="2024-12-01")
    add(sqlite_store, [("Night Courier", "release_date", "2026-02-06", {"medium": "tv", "season": "2"})],
        published="2025-05-01")
    assert {f.status for f in facts(sqlite_store, prop="release_date")} == {"current"}


def test_a_date_given_only_as_this_summer_is_refined_not_contradicted(sqlite_store):
    # "Harbor Lights opens this summer", said on 2024-02-10: the claim's value is the resolved year
    said = "Harbor Lights opens in theaters this summer."
    (expr,) = find_dates(said, anchor="2024-02-10")
    assert (expr.value, expr.precision) == ("2024", "season")
    add(sqlite_store, [(HL, "release_date", expr.value, TH)], published="2024-02-10")
    add(sqlite_store, [(HL, "release_date", "2024-06-07", TH)], published="2024-03-15")
    f = by_value(facts(sqlite_store, prop="release_date"))
    # not a contradiction: the precise date refines the season, which is kept as history
    assert (f["2024"].status, f["2024-06-07"].status) == ("superseded", "current")
    assert f["2024"].note == "refined by 2024-06-07"
    # a later delay into 2025 contradicts both
    add(sqlite_store, [(HL, "release_date", "2025-02-14", TH)], published="2024-05-01")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert (f["2024"].status, f["2024-06-07"].status, f["2025-02-14"].status) == (
        "superseded", "superseded", "current")


def test_two_contemporaneous_outlets_that_disagree_are_both_disputed(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], published="2025-05-20", source="a.txt")
    add(sqlite_store, [(HL, "release_date", "2025-10-09", TH)], published="2025-05-20", source="b.txt")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-10-02"].status == f["2025-10-09"].status == "disputed"
    assert f["2025-10-02"].confidence == f["2025-10-09"].confidence == pytest.approx(0.444, abs=1e-3)
    assert "2025-10-09" in f["2025-10-02"].note


def test_overlapping_intervals_are_contemporaneous(sqlite_store):
    add(sqlite_store, [(HL, "filming_start", "2024-11")], after="2024-09-01", before="2024-12-31")
    add(sqlite_store, [(HL, "filming_start", "2025-01")], published="2024-10-15")
    assert {f.status for f in facts(sqlite_store, prop="filming_start")} == {"disputed"}


def test_more_independent_sources_outweigh_fewer_at_the_same_time(sqlite_store):
    for _ in range(2):
        add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], published="2025-05-20")
    add(sqlite_store, [(HL, "release_date", "2025-10-09", TH)], published="2025-05-20")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-10-02"].status == "current"
    assert f["2025-10-09"].status == "disputed" and "outweighed" in f["2025-10-09"].note


def test_documents_citing_the_same_outlet_are_one_source(sqlite_store):
    for _ in range(3):
        add(sqlite_store, [(HL, "release_date", "2025-10-02", TH, "reported", "Deadline")],
            published="2025-05-20")
    add(sqlite_store, [(HL, "release_date", "2025-10-09", TH, "reported", "Variety")], published="2025-05-20")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-10-02"].status == f["2025-10-09"].status == "disputed"


def test_a_later_rumor_does_not_supersede_a_confirmed_value(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], published="2025-05-20")
    add(sqlite_store, [(HL, "release_date", "2025-12-25", TH, "rumored")], published="2025-07-01")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-10-02"].status == "current"
    assert f["2025-12-25"].status == "disputed"


def test_a_recast_supersedes_the_first_actor(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Mira Solano", ADA)], published="2024-03-01")
    add(sqlite_store, [(HL, "cast_member", "Tomas Reyes", {"character": "Jon"})], published="2024-03-01")
    add(sqlite_store, [(HL, "cast_member", "Lena Ortiz", ADA)], published="2024-08-01")
    f = by_value(facts(sqlite_store, prop="cast_member"))
    assert f["Mira Solano"].status == "superseded" and f["Mira Solano"].superseded_by == "Lena Ortiz"
    assert f["Lena Ortiz"].status == "current" and f["Tomas Reyes"].status == "current"


def test_two_actors_named_for_one_character_at_once_both_stand(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Mira Solano", ADA),
                       (HL, "cast_member", "Ivy Quell", ADA)], published="2024-03-01")
    assert {f.status for f in facts(sqlite_store, prop="cast_member")} == {"current"}


def test_a_rumor_later_denied_is_history_and_never_current(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "rumored")], published="2025-02-10")
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "denied")], published="2025-03-05")
    (f,) = facts(sqlite_store, prop="cast_member")
    assert (f.status, f.modality, f.superseded_by) == ("superseded", "denied", "denial")
    assert f.confidence < 0.1
    (then,) = facts(sqlite_store, as_of="2025-02-20", prop="cast_member")
    assert (then.status, then.modality) == ("current", "rumored")


def test_a_rumor_later_confirmed_is_upgraded(sqlite_store):
    add(sqlite_store, [(HL, "director", "Ines Valk", {}, "rumored")], published="2025-02-10")
    (f,) = facts(sqlite_store, prop="director")
    assert (f.status, f.modality) == ("current", "rumored")
    add(sqlite_store, [(HL, "director", "Ines Valk", {}, "confirmed")], published="2025-04-01")
    (f,) = facts(sqlite_store, prop="director")
    assert (f.status, f.modality) == ("current", "confirmed")


def test_confirmed_after_a_denial_revives_the_fact(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "denied")], published="2025-02-10")
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "confirmed")], published="2025-06-01")
    (f,) = facts(sqlite_store, prop="cast_member")
    assert (f.status, f.modality) == ("current", "confirmed")


def test_a_denial_at_the_same_time_as_an_assertion_is_a_dispute(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "reported")], published="2025-02-10")
    add(sqlite_store, [(HL, "cast_member", "Priya Nair", {}, "denied")], published="2025-02-10")
    (f,) = facts(sqlite_store, prop="cast_member")
    assert f.status == "disputed"


def test_speculated_and_denied_claims_never_become_current(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Ivy Quell", {}, "speculated"),
                       (HL, "director", "Sam Okafor", {}, "denied")], published="2025-02-10")
    f = by_value(facts(sqlite_store))
    assert f["Ivy Quell"].status == "hedged" and f["Sam Okafor"].status == "denied"
    assert f["Sam Okafor"].confidence == 0.0


def test_as_of_counts_interval_documents_from_their_earliest_day(sqlite_store):
    add(sqlite_store, [(HL, "director", "Ines Valk")], after="2022-09-01", before="2022-12-31")
    add(sqlite_store, [(HL, "producer", "Sam Okafor")])  # undated
    assert [f.value for f in facts(sqlite_store, as_of="2022-08-31")] == []
    assert [f.value for f in facts(sqlite_store, as_of="2022-09-01")] == ["Ines Valk"]
    assert {f.value for f in facts(sqlite_store)} == {"Ines Valk", "Sam Okafor"}


def test_a_claim_dated_in_its_own_sentence_is_ordered_by_that_date(sqlite_store):
    # a 2023 article says that in November 2022 the date was March 2023; a 2023-01 one says June
    doc = Document(source="recap.txt", text="recap", published="2023-02-01")
    sqlite_store.add_document(doc, [Claim(subject=HL, property="release_date", value="2023-03", qualifiers=TH,
                                          document=doc.id, said_on="2022-11")])
    add(sqlite_store, [(HL, "release_date", "2023-06", TH)], published="2023-01-10")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert (f["2023-03"].status, f["2023-06"].status) == ("superseded", "current")
    c = next(c for c in sqlite_store.claims() if c.value == "2023-03")
    assert when(c).text() == "2022-11-01/2022-11-30"


def test_timeline_lists_every_statement_in_order(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2025-03-14", TH)], published="2025-01-10", source="first.txt")
    add(sqlite_store, [(HL, "release_date", "2025-10-02", TH)], after="2025-02-01", before="2025-02-28",
        source="moved.txt")
    rows = timeline(facts(sqlite_store), "release_date")
    assert [(r.said, r.value, r.status, r.document) for r in rows] == [
        ("2025-01-10", "2025-03-14", "superseded", "first.txt"),
        ("2025-02-01/2025-02-28", "2025-10-02", "current", "moved.txt")]


def test_the_jsonl_contract_is_unchanged(sqlite_store):
    add(sqlite_store, [(HL, "cast_member", "Mira Solano", ADA)], published="2024-03-01")
    (line,) = list(fact_lines(facts(sqlite_store)))
    d = json.loads(line)
    assert list(d) == ["subject", "subject_kind", "property", "value", "qualifiers", "status", "modality",
                       "confidence", "sources"]
    assert list(d["sources"][0]) == ["document", "published", "quote", "cited", "modality"]


def test_confidence_is_calibrated_on_simulated_sources():
    """Sources of known reliability (a confirmed source is right 80% of the time, a rumor 35%)
    report one true value or a random wrong one, all on the same day; among the facts fusion gives
    a confidence near p, about a fraction p should be true. Loose bins: the rule is simple (and,
    treating agreeing sources as independent, a little underconfident)."""
    rng = random.Random(7)
    reliability = {"confirmed": 0.8, "reported": 0.6, "rumored": 0.35}
    claims, truth = [], {}
    for w in range(600):
        work = f"Work {w}"
        truth[work] = "2030-01-01"
        for _ in range(rng.choice([1, 1, 2, 3])):
            m = rng.choice(list(reliability))
            value = truth[work] if rng.random() < reliability[m] else f"2030-0{rng.randint(2, 9)}-01"
            i = len(claims)
            claims.append(StoredClaim(
                id=i, subject=work, subject_kind="film", property="release_date", value=value, qualifiers=TH,
                modality=m, cited=None, sentence="", start=0, end=0, extractor="sim", said_on=None,
                document_id=f"d{i}", source=f"d{i}.txt", published="2029-05-01", published_after=None,
                published_before=None))
    bins: dict[int, list[tuple[float, bool]]] = {}
    for f in fuse(claims):
        if f.status in ("current", "disputed"):
            right = f.value == truth[f.subject]
            bins.setdefault(min(int(f.confidence * 5), 4), []).append((f.confidence, right))
    checked = 0
    for b, rows in sorted(bins.items()):
        if len(rows) < 50:
            continue
        mean_conf = sum(c for c, _ in rows) / len(rows)
        accuracy = sum(ok for _, ok in rows) / len(rows)
        assert abs(mean_conf - accuracy) <= 0.15, (b, len(rows), mean_conf, accuracy)
        checked += 1
    assert checked >= 4


def test_a_date_without_medium_joins_the_theatrical_fact_of_the_same_value(sqlite_store):
    add(sqlite_store, [(HL, "release_date", "2024-06-07", {})], published="2024-01-10")
    add(sqlite_store, [(HL, "release_date", "2024-06-07", TH)], published="2024-02-10")
    (f,) = facts(sqlite_store, prop="release_date")
    assert f.qualifiers == TH and len(f.sources) == 2 and f.status == "current"


def test_a_weaker_value_stated_only_alongside_the_stronger_one_is_not_a_dispute(sqlite_store):
    # one document mentions an unrelated year next to the date that two documents give
    add(sqlite_store, [(HL, "release_date", "2024-06-07", TH), (HL, "release_date", "2014", TH)],
        published="2024-01-10")
    add(sqlite_store, [(HL, "release_date", "2024-06-07", TH)], published="2024-01-10")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2024-06-07"].status == "current"
    assert f["2014"].status == "superseded" and "same document" in f["2014"].note


def test_a_document_known_only_to_be_before_a_day_cannot_be_ordered_against_earlier_ones(sqlite_store):
    add(sqlite_store, [(HL, "filming_start", "2024-11")], before="2025-01-31", source="vague.txt")
    add(sqlite_store, [(HL, "filming_start", "2025-01")], published="2024-10-15")
    assert {f.status for f in facts(sqlite_store, prop="filming_start")} == {"disputed"}
    add(sqlite_store, [(HL, "filming_start", "2025-03")], published="2025-02-15")
    f = by_value(facts(sqlite_store, prop="filming_start"))
    assert (f["2024-11"].status, f["2025-01"].status, f["2025-03"].status) == (
        "superseded", "superseded", "current")
    assert f["2024-11"].sources[0].said_on == "../2025-01-31"


def test_old_support_does_not_outweigh_a_contemporaneous_contradiction(sqlite_store):
    # 2025-07 was said in December; in May one outlet repeats it and another gives 2026-02
    add(sqlite_store, [(HL, "release_date", "2025-07", TH)], published="2024-12-03")
    add(sqlite_store, [(HL, "release_date", "2025-07", TH)], published="2025-05-13")
    add(sqlite_store, [(HL, "release_date", "2026-02", TH)], published="2025-05-13")
    f = by_value(facts(sqlite_store, prop="release_date"))
    assert f["2025-07"].status == f["2026-02"].status == "disputed"
