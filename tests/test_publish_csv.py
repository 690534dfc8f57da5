"""CSV: one row a fact, qualifiers in columns, spreadsheet formulas defused."""
from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from filmfacts.cli import app
from filmfacts.fuse import fuse
from filmfacts.models import Fact, Source
from filmfacts.publish.csv import COLUMNS, render_csv
from kb_fixture import build


def test_rows_mirror_facts(sqlite_store):
    facts = fuse(build(sqlite_store).claims())
    rows = list(csv.DictReader(io.StringIO(render_csv(facts))))
    assert len(rows) == len(facts)
    assert tuple(rows[0]) == COLUMNS
    apple = next(r for r in rows if r["value"] == "Apple TV")
    assert (apple["offer"], apple["price"], apple["status"]) == ("rent", "3.99 USD", "current")
    old = next(r for r in rows if r["value"] == "2025-03-14")
    assert old["status"] == "superseded" and old["documents"] == "harbor-lights-first-look.txt"
    denied = next(r for r in rows if r["subject"] == "Night Courier" and r["property"] == "director")
    assert denied["sources"] == "2"


def test_formulas_are_defused():
    fact = Fact("=HYPERLINK(\"http://x\")", "film", "genre", "@SUM(A1)", {}, "current", "confirmed", 0.8,
                [Source(document="a.txt", published=None, quote="q")])
    row = next(csv.DictReader(io.StringIO(render_csv([fact]))))
    assert row["subject"].startswith("'=") and row["value"] == "'@SUM(A1)"


def test_cli_exports_every_format(sqlite_store, tmp_path):
    build(sqlite_store)
    runner = CliRunner()
    for fmt, expect in [("csv", "subject,subject_kind"), ("markdown", "# Harbor Lights: what we know so far"),
                        ("quickstatements", "CREATE\nLAST\tLen\t\"Harbor Lights\""),
                        ("jsonld", '"@context": "https://schema.org"'),
                        ("jsonl", '"subject": "Harbor Lights"')]:
        out = tmp_path / f"out.{fmt}"
        args = ["export", "--format", fmt, "--db", sqlite_store.url, "--output", str(out)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert expect in out.read_text(encoding="utf-8"), fmt
    result = runner.invoke(app, ["export", "--format", "xml", "--db", sqlite_store.url])
    assert result.exit_code != 0 and "unknown export format" in str(result.exception)
