"""The pages: fact sheet with footnotes to evidence, marked statuses, timeline, highlighted
documents, people, search, downloads; untrusted text always escaped."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from filmfacts.web import create_app
from filmfacts.web.highlight import Span, highlight, locate
from kb_fixture import MOVES, build


@pytest.fixture
def kb(sqlite_store):
    return build(sqlite_store)


@pytest.fixture
def client(kb) -> TestClient:
    return TestClient(create_app(kb))


def work_id(kb, name: str = "Harbor Lights") -> int:
    return kb.find_entity(name, kind="work")["id"]


class Elements(HTMLParser):
    """Start tags with their attributes, and the ids on the page (which must be unique)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.tags if "id" in a]

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def test_home_lists_recently_updated_works(client):
    html = client.get("/").text
    assert html.index("Harbor Lights") < html.index("Night Courier")  # streaming news came last
    assert '<form class="search" action="/search" method="get"' in html
    assert "2025-11-15" in html


def test_every_fact_cites_its_evidence_sentence(client, kb):
    html = client.get(f"/works/{work_id(kb)}").text
    refs = Elements(html).find("a", **{"class": "ref"})
    assert refs, "no citations"
    for a in refs:
        path, anchor = a["href"].split("#")
        assert re.fullmatch(r"claim-\d+", anchor)
        page = client.get(path)
        assert page.status_code == 200
        mark = Elements(page.text).find("mark", id=anchor)
        assert mark, f"{a['href']} points at no highlighted sentence"
        claim = int(anchor.split("-")[1])
        evidence = next(c for c in kb.claims(document_id=path.rsplit("/", 1)[1]) if c.id == claim)
        assert a["title"] == evidence.sentence  # the hover text is the quoted sentence


def test_statuses_are_marked_with_classes_and_words(client, kb):
    html = client.get(f"/works/{work_id(kb)}").text
    row = re.search(r'<tr class="fact status-superseded modality-confirmed">(.*?)</tr>', html, re.S).group(1)
    assert "2025-03-14" in row and ">superseded</span>" in row
    assert re.search(r'<div class="note">[^<]*2025-10-02[^<]*</div>', row)  # what replaced it
    row = re.search(r'<tr class="fact status-current modality-rumored">(.*?)</tr>', html, re.S).group(1)
    assert "Priya Nair" in row and ">rumored</span>" in row
    courier = client.get(f"/works/{work_id(kb, 'Night Courier')}").text
    assert courier.count('class="fact status-disputed') == 2 and ">disputed</span>" in courier
    # the rumor that Ines Valk directs was later denied: whatever its status, it shows as denied
    assert re.search(r'class="fact status-(?:denied|superseded) modality-denied"', courier)
    assert ">denied</span>" in courier


def test_timeline_shows_the_release_date_moving(client, kb):
    html = client.get(f"/works/{work_id(kb)}").text
    svg = re.search(r"<svg class=\"timeline\".*?</svg>", html, re.S).group(0)
    rows = re.findall(r'<g class="row status-(\w+)"><text class="row-label"[^>]*>([^<]*)</text>', svg)
    assert rows == [("superseded", "2025-03-14 — superseded"), ("current", "2025-10-02")]
    assert "Release date (theatrical)" in svg
    dots = re.findall(r'<a href="([^"]+)"><circle class="dot" cx="([\d.]+)"', svg)
    assert len(dots) == 2 and float(dots[0][1]) < float(dots[1][1])  # the older report is further left
    assert all("/documents/" in href and "#claim-" in href for href, _ in dots)


def test_as_of_shows_what_was_known_then(client, kb):
    html = client.get(f"/works/{work_id(kb)}?as_of=2025-02-01").text
    assert "As known on 2025-02-01" in html
    assert "2025-10-02" not in html.split("<svg")[0].split("</script>")[1]
    assert re.search(r'status-current modality-confirmed">\s*<th[^>]*>Release date</th>\s*<td class="value">'
                     r'<span class="v">2025-03-14', html)
    assert client.get(f"/works/{work_id(kb)}?as_of=").status_code == 200  # the empty date field
    assert client.get(f"/works/{work_id(kb)}?as_of=soon").status_code == 422


def test_document_highlights_every_claim_and_escapes_the_text(client, kb):
    html = client.get(f"/documents/{MOVES.id}").text
    text = html.split('<div class="article-text">')[1].split("</div>")[0]
    claims = kb.claims(document_id=MOVES.id)
    page = Elements(html)
    for c in claims:
        assert page.find("mark", id=f"claim-{c.id}"), c
    assert len(page.ids()) == len(set(page.ids()))
    assert "<script>" not in html.replace('<script type="application/ld+json">', "")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in text
    stripped = re.sub(r"<[^>]+>", "", text)
    from html import unescape

    assert unescape(stripped) == MOVES.text  # marks add no text and lose none


def test_work_page_escapes_untrusted_quotes(client, kb):
    html = client.get(f"/works/{work_id(kb)}").text
    body = html.split("</head>")[1]
    assert "<script" not in body
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in body  # Priya Nair's evidence, quoted


def test_embedded_json_ld_cannot_close_its_script(kb):
    kb.add_document(*_evil_document())
    client = TestClient(create_app(kb))
    wid = kb.find_entity("Evil</script><b>x", kind="work")["id"]
    html = client.get(f"/works/{wid}").text
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(block)["name"] == "Evil</script><b>x"
    assert "<b>x" not in html


def _evil_document():
    from filmfacts.models import Claim, Document

    doc = Document(source="evil.txt", text="Evil</script><b>x is directed by Ann Vole.",
                   published="2025-01-01")
    return doc, [Claim(subject="Evil</script><b>x", property="director", value="Ann Vole", document=doc.id,
                       sentence=doc.text, start=0, end=len(doc.text), said_on="2025-01-01")]


def test_person_page_lists_credits_across_works(client, kb):
    person = kb.find_entity("Mira Solano", kind="person")
    html = client.get(f"/people/{person['id']}").text
    assert re.search(r"Harbor Lights</a>.*?Cast</span> <span class=\"q\">as Ada Brandt", html, re.S)
    assert re.search(r"Night Courier</a>.*?Cast</span> <span class=\"q\">as Jo", html, re.S)
    ines = client.get(f"/people/{kb.find_entity('Ines Valk', kind='person')['id']}").text
    assert "modality-denied" in ines and 'class="fact status-current' in ines


def test_search_finds_titles_and_people(client):
    html = client.get("/search?q=harbor").text
    assert 'class="hit work"' in html and "Harbor Lights</a>" in html
    html = client.get("/search", params={"q": "solano"}).text
    assert re.search(r'class="hit person"><a href="/people/\d+">Mira Solano</a>', html)
    assert "0 results" in client.get("/search?q=zzzz").text


def test_exports_download_from_the_work_page(client, kb):
    wid = work_id(kb)
    html = client.get(f"/works/{wid}").text
    for fmt, kind, start in [("jsonld", "application/ld+json", "{"),
                             ("quickstatements", "text/tab-separated-values", "CREATE\n"),
                             ("markdown", "text/markdown", "# Harbor"), ("csv", "text/csv", "subject,"),
                             ("jsonl", "application/jsonl", "{")]:
        assert f'href="/works/{wid}/export.{fmt}"' in html
        r = client.get(f"/works/{wid}/export.{fmt}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(kind), fmt
        assert "attachment" in r.headers["content-disposition"] and r.text.startswith(start), fmt
    assert json.loads(client.get(f"/works/{wid}/export.jsonld").text)["@id"].endswith(f"/works/{wid}")
    assert client.get(f"/works/{wid}/export.pdf").status_code == 404


def test_missing_pages_are_html_errors(client):
    r = client.get("/works/99999")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no work with id 99999" in r.text
    assert client.get("/documents/nope").status_code == 404


def test_pages_forbid_scripts(client):
    r = client.get("/")
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none' covers it
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert client.get("/static/style.css").status_code == 200


def test_highlight_nests_shared_and_overlapping_spans():
    text = "One <b>two</b>. Three four."
    html = highlight(text, [Span(0, 15, "a"), Span(0, 15, "b"), Span(10, 22, "c"), Span(30, 40, "out")])
    # "c" starts inside "a" and "b" and ends after them: it is clipped to keep the HTML nested
    assert str(html) == ('<mark id="a"><mark id="b">One &lt;b&gt;two<mark id="c">&lt;/b&gt;.'
                         '</mark></mark></mark> Three four.')
    assert re.sub(r"</?mark[^>]*>", "", str(html)) == "One &lt;b&gt;two&lt;/b&gt;. Three four."
    parser = Elements(str(html))
    assert [a["id"] for t, a in parser.tags] == ["a", "b", "c"]  # the span outside the text is dropped
    assert str(html).count("<mark") == str(html).count("</mark>")


def test_locate_prefers_offsets_then_the_sentence():
    text = "Alpha. Beta gamma."
    assert locate(text, 7, 18, "Beta gamma.") == (7, 18)
    assert locate(text, 0, 5, "Beta gamma.") == (7, 18)  # wrong offsets, sentence found
    assert locate(text, 50, 60, "Delta.") is None
