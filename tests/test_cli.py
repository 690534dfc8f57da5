"""The command line: `ingest`, `works` and `documents`, through typer's CliRunner and as a process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import filmfacts.pipeline as pipeline
from conftest import ROOT, write
from filmfacts.cli import app, main
from filmfacts.models import Claim, Document
from test_pipeline import WORKS, article, bad_inputs, good_articles

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_ingest_reports_each_bad_input_on_one_line_and_exits_non_zero(tmp_path, db):
    good_articles(tmp_path / "in")
    expected = bad_inputs(tmp_path / "in" / "bad")
    folder_named_like_a_file = str(tmp_path / "in" / "bad" / "story.txt")  # inside "in" it is just a folder
    result = run("ingest", "--db", db, "--max-bytes", "4000", str(tmp_path / "in"), folder_named_like_a_file,
                 str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected) + 1
    for name, reason in expected.items():
        [line] = [ln for ln in lines if f"/{name}: " in ln]
        assert line.startswith(f"failed {tmp_path / 'in' / 'bad'}/{name}: {reason}")
    assert f"failed {tmp_path / 'nope.txt'}: no such file or folder" in lines
    assert result.stdout.splitlines()[-1].startswith(f"documents: {len(WORKS)} new, 0 unchanged, "
                                                     f"{len(expected) + 1} failed; claims: ")


def test_ingest_again_is_all_unchanged_and_succeeds(tmp_path, db):
    good_articles(tmp_path / "in")
    first = run("ingest", "--db", db, str(tmp_path / "in"))
    again = run("ingest", "--db", db, str(tmp_path / "in" / "*.txt"))
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert again.stdout == f"documents: 0 new, {len(WORKS)} unchanged, 0 failed; claims: 0\n"
    assert again.stderr == ""


def test_documents_lists_names_and_dates_as_json_lines(tmp_path, db):
    write(tmp_path, "glasshouse.txt", article(*WORKS[0]))
    wire = {"url": "https://wire.test/ferry", "title": "Midnight Ferry 2 dated", "published": "2026-03-10",
            "text": article(*WORKS[3])}
    write(tmp_path, "wire.jsonl", json.dumps(wire) + "\n")
    assert run("ingest", "--db", db, str(tmp_path)).exit_code == 0
    rows = [json.loads(line) for line in run("documents", "--db", db).stdout.splitlines()]
    assert [r["document"] for r in rows] == ["glasshouse.txt", "https://wire.test/ferry"]
    assert rows[0]["title"] == "Glasshouse Run Gets a Release Date"
    assert rows[1]["published"] == "2026-03-10"
    assert set(rows[0]) == {"document", "title", "published", "published_after", "published_before",
                            "dating_evidence"}


def test_works_lists_tab_separated_rows(tmp_path, db, monkeypatch):
    def two_claims(doc: Document, model: str | None = None) -> list[Claim]:
        title = doc.title.replace(" Gets a Release Date", "")
        return [Claim(subject=title, property="director", value="Ines Marrow", document=doc.id),
                Claim(subject=title, property="genre", value="thriller", document=doc.id)]

    monkeypatch.setattr(pipeline, "extract_document", two_claims)
    good_articles(tmp_path / "in")
    assert run("works", "--db", db).stderr.startswith("no works yet")
    result = run("ingest", "--db", db, str(tmp_path / "in"))
    assert result.stdout == f"documents: {len(WORKS)} new, 0 unchanged, 0 failed; claims: {2 * len(WORKS)}\n"
    rows = [line.split("\t") for line in run("works", "--db", db).stdout.splitlines()]
    assert sorted(r[0] for r in rows) == sorted(t for t, _, _ in WORKS)
    assert all(r[1:] == ["film", "2 claims", "1 documents"] for r in rows)


def test_failure_lines_are_not_wrapped_or_read_as_markup(tmp_path, db):
    odd = tmp_path / ("[bold]a very long folder name that goes on and on past eighty columns" + "x" * 40)
    odd.mkdir()
    write(odd, "empty [red].txt", "")
    result = run("ingest", "--db", db, str(odd))
    assert result.stderr == f"failed {odd / 'empty [red].txt'}: empty input\n"


def _main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run the console entry point in this process: exit code, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["filmfacts", *args])
    with pytest.raises(SystemExit) as done:
        main()
    captured = capsys.readouterr()
    return done.value.code, captured.out, captured.err


def test_a_bad_setting_or_database_is_a_clear_error_and_exit_code_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FILMFACTS_WORKERS", "many")
    assert _main(monkeypatch, capsys, "ingest", str(tmp_path)) == (
        2, "", "filmfacts: FILMFACTS_WORKERS='many' is not a int\n")
    monkeypatch.delenv("FILMFACTS_WORKERS")
    nowhere = f"sqlite:///{tmp_path}/no/such/x.db"
    code, out, err = _main(monkeypatch, capsys, "ingest", "--db", nowhere, str(tmp_path))
    assert (code, out) == (2, "") and err.startswith("filmfacts: cannot open database")


def test_as_a_process_ingest_names_failures_and_exits_1(tmp_path):
    write(tmp_path, "glasshouse.txt", article(*WORKS[0]))
    write(tmp_path, "empty.txt", "")
    args = ["ingest", "--db", f"sqlite:///{tmp_path / 'p.db'}", str(tmp_path)]
    done = subprocess.run([sys.executable, "-m", "filmfacts", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"failed {tmp_path / 'empty.txt'}: empty input\n"
    assert done.stdout.startswith("documents: 1 new, 0 unchanged, 1 failed; claims: ")
