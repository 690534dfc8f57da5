"""QuickStatements v1: every line parses under a grammar of v1, every statement has references."""
from __future__ import annotations

import re

import pytest

from filmfacts.fuse import fuse
from filmfacts.models import Fact, Source
from filmfacts.publish.quickstatements import qs_string, qs_time, render_quickstatements
from kb_fixture import MOVES, build

# -- a grammar of QuickStatements v1 (tab-separated) ---------------------------------------------
ITEM = r"(?:Q\d+|LAST)"
STRING = r'"[^"\t\n]*"'
MONOLINGUAL = r'[a-z]{2,3}(?:-[a-z]+)*:' + STRING
TIME = r"[+-]\d{4,}-\d{2}-\d{2}T00:00:00Z/(?:9|10|11)"
VALUE = rf"(?:Q\d+|somevalue|novalue|{TIME}|{MONOLINGUAL}|{STRING}|[+-]?\d+(?:\.\d+)?)"
CREATE = re.compile(r"CREATE")
TERM = re.compile(rf"{ITEM}\t[LDA][a-z]{{2,3}}(?:-[a-z]+)*\t{STRING}")
STATEMENT = re.compile(rf"(?P<item>{ITEM})\t(?P<prop>P\d+)\t(?P<value>{VALUE})"
                       rf"(?P<qualifiers>(?:\tP\d+\t{VALUE})*)(?P<refs>(?:\tS\d+\t{VALUE})+)")


def parse(text: str) -> list[dict]:
    """Statements of a QuickStatements v1 batch; fails on any line outside the grammar."""
    assert text.endswith("\n")
    statements, created = [], False
    for n, line in enumerate(text[:-1].split("\n"), 1):
        if CREATE.fullmatch(line):
            created = True
        elif TERM.fullmatch(line):
            assert created or not line.startswith("LAST"), f"line {n}: LAST before any CREATE"
        elif m := STATEMENT.fullmatch(line):
            assert created or m["item"] != "LAST", f"line {n}: LAST before any CREATE"
            fields = line.split("\t")
            refs = dict(zip(fields[3:][::2], fields[3:][1::2], strict=True))
            statements.append({"line": line, "item": m["item"], "prop": m["prop"], "value": m["value"],
                               "qualifiers": m["qualifiers"], "refs": {k: v for k, v in refs.items()
                                                                       if k.startswith("S")}})
        else:
            pytest.fail(f"line {n} is not QuickStatements v1: {line!r}")
    return statements


@pytest.fixture
def facts(sqlite_store) -> list[Fact]:
    return fuse(build(sqlite_store).claims())


@pytest.fixture
def documents(sqlite_store, facts) -> dict:
    return {d["id"]: d for d in sqlite_store.documents()}


def test_every_line_parses_and_every_statement_has_references(facts, documents):
    text = render_quickstatements(facts, documents, today="2026-01-01")
    statements = parse(text)
    assert len(statements) >= 10
    for s in statements:
        assert "S813" in s["refs"], s["line"]  # retrieved
        assert re.fullmatch(TIME, s["refs"]["S813"]) and s["refs"]["S813"].endswith("/11")
        assert s["refs"]["S1683"].startswith('en:"'), s["line"]  # the quote


def test_reference_url_only_for_web_documents(facts, documents):
    statements = parse(render_quickstatements(facts, documents))
    director = next(s for s in statements if s["prop"] == "P57")  # from a file
    assert "S854" not in director["refs"]
    release = next(s for s in statements if s["prop"] == "P577")  # from a web page
    assert release["refs"]["S854"] == f'"{MOVES.source}"'
    assert release["refs"]["S813"] == "+2025-06-02T00:00:00Z/11"  # the document's retrieved date
    quote = 'en:"Harbor Lights has moved to October 2, 2025, the studio confirmed."'
    assert release["refs"]["S1683"] == quote


def test_new_items_are_created_and_labelled(facts, documents):
    text = render_quickstatements(facts, documents)
    lines = text.splitlines()
    assert lines[0] == "CREATE"
    assert lines[1] == 'LAST\tLen\t"Harbor Lights"'
    assert text.count("CREATE\n") == 2
    assert 'LAST\tLen\t"Night Courier"' in lines
    p31 = [s for s in parse(text) if s["prop"] == "P31"]
    assert [s["value"] for s in p31] == ["Q11424", "Q5398426"]  # film, television series


def test_properties_values_and_qualifiers(facts, documents):
    statements = parse(render_quickstatements(facts, documents))
    got = {(s["prop"], s["value"], s["qualifiers"]) for s in statements}
    assert ("P577", "+2025-10-02T00:00:00Z/11", "") in got
    assert ("P57", "somevalue", '\tP1932\t"Ines Valk"') in got
    assert ("P58", "somevalue", '\tP1932\t"Lena Ortiz"') in got
    assert ("P162", "somevalue", '\tP1932\t"Sam Okafor"') in got
    assert ("P161", "somevalue", '\tP1932\t"Mira Solano"\tP4633\t"Ada Brandt"') in got
    assert ("P272", "somevalue", '\tP1932\t"Gull Rock Pictures"') in got
    assert ("P915", "somevalue", '\tP1932\t"Lisbon"') in got
    values = {s["value"] for s in statements} | {s["qualifiers"] for s in statements}
    assert "+2025-03-14T00:00:00Z/11" not in values  # superseded
    assert not any("Priya Nair" in v for v in values)  # rumored
    assert not any(s["prop"] == "P57" and "Night" in s["line"] for s in statements)  # denied


def test_known_qids_are_used_for_items_and_characters(facts, documents):
    qids = {"Harbor Lights": "Q900001", "Mira Solano": "Q900002", "Ada Brandt": "Q900003"}
    text = render_quickstatements([f for f in facts if f.subject == "Harbor Lights"], documents, qids)
    assert "CREATE" not in text
    statements = parse(text)
    assert {s["item"] for s in statements} == {"Q900001"}
    assert any(s["prop"] == "P161" and s["value"] == "Q900002" and s["qualifiers"] == "\tP453\tQ900003"
               for s in statements)


def test_dates_at_their_precision():
    assert qs_time("2025-10-02") == "+2025-10-02T00:00:00Z/11"
    assert qs_time("2026-03") == "+2026-03-00T00:00:00Z/10"
    assert qs_time("2026") == "+2026-00-00T00:00:00Z/9"
    with pytest.raises(ValueError):
        qs_time("next spring")


def test_month_precision_release_with_reference():
    src = Source(document="https://x.example/a", published="2025-05-01", quote='It opens in "March" 2026.',
                 document_id="d1")
    fact = Fact("Gull Song", "film", "release_date", "2026-03", {}, "current", "reported", 0.6, [src])
    docs = {"d1": {"source": "https://x.example/a", "retrieved": "2025-05-02"}}
    text = render_quickstatements([fact], docs)
    (s,) = [s for s in parse(text) if s["prop"] == "P577"]
    assert s["value"] == "+2026-03-00T00:00:00Z/10"
    # no straight quote may end the string early
    assert s["refs"]["S1683"] == 'en:"It opens in \u201dMarch\u201d 2026."'


def test_strings_stay_on_one_line():
    assert qs_string('a\tb\n"c"') == '"a b \u201dc\u201d"'
    assert len(qs_string("x" * 5000)) <= 1502
