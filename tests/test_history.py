"""What was known when: production status as of a date, `show --as-of` and `history` on an invented
timeline (stored by hand, no extraction)."""
from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from filmfacts.cli import app
from filmfacts.fuse import fuse
from filmfacts.models import Claim, Document
from filmfacts.status import ProductionStatus, production_status
from filmfacts.store import Store

SM = "Saltmarsh"
runner = CliRunner()


def _doc(store: Store, source: str, text: str, claims: list[tuple], **dates) -> None:
    doc = Document(source=source, text=text, **dates)
    rows = []
    for prop, value, quals, modality in claims:
        rows.append(Claim(subject=SM, property=prop, value=value, qualifiers=quals, modality=modality,
                          document=doc.id, sentence=text, extractor="tests.handwritten.v1",
                          said_on=dates.get("published")))
    store.add_document(doc, rows)


@pytest.fixture
def saltmarsh(tmp_path) -> str:
    """Saltmarsh: rumored, then planned, shot, delayed, released; a rumored actor later denied."""
    url = f"sqlite:///{tmp_path / 'history.db'}"
    store = Store(url)
    th = {"medium": "theatrical"}
    _doc(store, "rumor.txt", "Ines Valk is said to be eyeing Saltmarsh, a coastal horror film.",
         [("director", "Ines Valk", {}, "rumored"), ("cast_member", "Ivy Quell", {}, "rumored")],
         published="2024-01-15")
    _doc(store, "official.txt", "Ines Valk will direct Saltmarsh, opening May 2, 2025.",
         [("director", "Ines Valk", {}, "confirmed"), ("release_date", "2025-05-02", th, "confirmed")],
         published="2024-05-10")
    _doc(store, "shoot.txt", "Cameras rolled on Saltmarsh in Cornwall this June.",
         [("filming_start", "2024-06", {}, "confirmed")], published_after="2024-06-01",
         published_before="2024-07-31", dating_evidence="invented")
    _doc(store, "denial.txt", "A representative said Ivy Quell is not in Saltmarsh.",
         [("cast_member", "Ivy Quell", {}, "denied")], published="2024-08-20")
    _doc(store, "delay.txt", "Saltmarsh moves to September 12, 2025.",
         [("release_date", "2025-09-12", th, "confirmed")], published="2024-11-05")
    store.close()
    return url


def _status(url: str, as_of: str) -> ProductionStatus:
    store = Store(url)
    facts = fuse(store.claims(), as_of)
    store.close()
    return production_status(facts, as_of).status


@pytest.mark.parametrize("as_of,status", [
    ("2023-12-31", ProductionStatus.UNKNOWN),
    ("2024-02-01", ProductionStatus.RUMORED),
    ("2024-05-31", ProductionStatus.PLANNED),
    ("2024-06-15", ProductionStatus.IN_PRODUCTION),
    ("2025-03-01", ProductionStatus.POST_PRODUCTION),
    ("2025-05-03", ProductionStatus.POST_PRODUCTION),  # the old date passed, but it had been moved
    ("2025-09-12", ProductionStatus.RELEASED),
])
def test_production_status_over_time(saltmarsh, as_of, status):
    assert _status(saltmarsh, as_of) == status


def test_status_reason_names_the_deciding_fact_and_defaults_to_today(saltmarsh):
    store = Store(saltmarsh)
    facts = fuse(store.claims())
    report = production_status(facts, today=date(2026, 1, 1))
    assert report.status == ProductionStatus.RELEASED and report.as_of == "2026-01-01"
    assert "2025-09-12" in report.reason and "delay.txt" in report.reason
    assert production_status([], "2024-01-01").status == ProductionStatus.UNKNOWN


def test_available_somewhere_means_released(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    _doc(store, "stream.txt", "Saltmarsh is streaming on Netflix.",
         [("available_on", "Netflix", {"offer": "stream"}, "confirmed")], published="2026-02-01")
    assert production_status(fuse(store.claims()), "2026-02-02").status == ProductionStatus.RELEASED


def test_show_as_of_shows_only_what_was_known_then(saltmarsh):
    before = runner.invoke(app, ["show", SM, "--db", saltmarsh, "--as-of", "2024-05-31"])
    assert before.exit_code == 0, before.output
    assert "2025-05-02" in before.output and "2025-09-12" not in before.output
    assert "Ivy Quell" in before.output and "rumored" in before.output
    assert "Production status: planned (as of 2024-05-31)" in before.output
    now = runner.invoke(app, ["show", SM, "--db", saltmarsh, "--as-of", "2025"])  # a year: its last day
    assert "2025-09-12" in now.output and "superseded" in now.output
    assert "Production status: post production (as of 2025-12-31)" not in now.output
    assert "Production status: released (as of 2025-12-31)" in now.output


def test_show_as_of_refuses_a_date_it_cannot_read(saltmarsh):
    r = runner.invoke(app, ["show", SM, "--db", saltmarsh, "--as-of", "last tuesday"])
    assert r.exit_code != 0


def test_history_prints_the_release_date_timeline_in_order(saltmarsh):
    r = runner.invoke(app, ["history", SM, "release_date", "--db", saltmarsh])
    assert r.exit_code == 0, r.output
    out = r.output
    assert "release_date [medium=theatrical]" in out
    assert out.index("2024-05-10") < out.index("2024-11-05")
    assert "official.txt" in out and "delay.txt" in out
    assert "superseded — superseded by 2025-09-12 (said 2024-11-05)" in out


def test_history_of_every_property_shows_the_denied_rumor_and_interval_dates(saltmarsh):
    out = runner.invoke(app, ["history", SM, "--db", saltmarsh]).output
    assert "Ivy Quell" in out and "denied 2024-08-20 (denial.txt)" in out
    assert "2024-06-01/2024-07-31" in out  # an interval-dated document
    assert out.index("director") < out.index("cast_member") < out.index("filming_start")


def test_history_as_of_and_errors(saltmarsh):
    args = ["history", SM, "release_date", "--db", saltmarsh, "--as-of", "2024-06-01"]
    out = runner.invoke(app, args).output
    assert "2025-05-02" in out and "2025-09-12" not in out
    assert runner.invoke(app, ["history", SM, "no_such_property", "--db", saltmarsh]).exit_code != 0
    assert runner.invoke(app, ["history", "Nothing Like It", "--db", saltmarsh]).exit_code != 0
