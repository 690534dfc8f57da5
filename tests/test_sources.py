"""Readers: every input becomes documents or exactly one SourceError naming it and the reason.

All articles here are written for these tests, about invented works.
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import write
from filmfacts.errors import SourceError
from filmfacts.models import Document
from filmfacts.sources import expand, read_bytes, read_file, read_inputs
from filmfacts.sources.jsonl import iso_date
from filmfacts.sources.text import byline_author, decode, headline, strip_boilerplate

ARTICLE = """Glasshouse Run Sets May 2027 Release With Ines Marrow Directing

The heist thriller Glasshouse Run will open in theaters on May 7, 2027, Halvard Pictures said on Tuesday.

Ines Marrow directs from a script by Tobin Achterlee. Ruth Okonjo-Blake stars as a botanist who
robs her own greenhouse.

Filming begins in Lisbon this autumn.
"""

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>The Copper Orchard renewed for a second season | Reelside</title>
<meta property="og:title" content="The Copper Orchard renewed for a second season">
<meta property="og:site_name" content="Reelside">
<meta name="author" content="Maren Illescas">
<meta property="article:published_time" content="2026-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/tv">TV</a></nav>
<article>
<h1>The Copper Orchard renewed for a second season</h1>
<p>The family drama The Copper Orchard has been renewed for a second season at Northlight, the streamer
announced on Friday, two weeks after the first season finished its run.</p>
<p>Creator Dov Santangelo returns as showrunner, and Esme Quarrington will again play the orchard's
stubborn owner, Hester Vane. Production on the new episodes starts in Tasmania in September.</p>
<p>The first season of eight episodes is streaming now on Northlight in every market where the
service is available.</p>
</article>
<footer>© Reelside. All rights reserved.</footer>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Reelside News</title><link>https://reelside.test/</link><description>Film news</description>
<item>
  <title>Saltmarsh Kings adds Pilar Abernathy</title>
  <link>https://reelside.test/saltmarsh-kings-cast</link>
  <pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>
  <author>news@reelside.test (Jonah Feliciano)</author>
  <description><![CDATA[<p>Pilar Abernathy has joined the cast of Saltmarsh Kings, the fishing-village
  western from director Aurelio Banks. She will play the harbour master, Clem Dorsey, opposite
  Garrick Oyelowo-Hart. Shooting begins in Maine in April, and Halvard Pictures is
  distributing.</p>]]></description>
</item>
<item>
  <title>Midnight Ferry 2 dated for October</title>
  <link>https://reelside.test/midnight-ferry-2-date</link>
  <pubDate>Tue, 10 Mar 2026 08:15:00 GMT</pubDate>
  <description>Midnight Ferry 2 will open on October 16, 2026.</description>
</item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lantern Desk</title>
  <id>urn:uuid:lantern-desk</id>
  <updated>2026-04-01T12:00:00Z</updated>
  <entry>
    <title>The Lantern Keepers wraps filming</title>
    <link href="https://lantern.test/keepers-wrap"/>
    <id>urn:uuid:keepers-wrap</id>
    <published>2026-03-30T16:00:00Z</published>
    <updated>2026-03-31T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Filming on The Lantern Keepers wrapped in Galway this week, director
    Saoirse Quenby said. The lighthouse mystery stars Tavi Brennan-Holt and is due in cinemas next
    spring from Halvard Pictures.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def docs(items: list) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items: list) -> list[SourceError]:
    return [i for i in items if isinstance(i, SourceError)]


# -- plain text and boilerplate ---------------------------------------------------------------------

def test_plain_text_document_named_by_file_with_headline(tmp_path):
    p = write(tmp_path, "glasshouse.txt", ARTICLE)
    [doc] = list(read_file(str(p)))
    assert doc.source == "glasshouse.txt"
    assert doc.title == "Glasshouse Run Sets May 2027 Release With Ines Marrow Directing"
    assert "May 7, 2027" in doc.text and len(doc.id) == 16


def test_headline_is_none_when_the_text_opens_with_prose():
    prose = ("In the spring of 2027 a heist thriller called Glasshouse Run will open, and it has been "
             "a long road for a film that was announced, cancelled and revived three times over nine years "
             "by two different studios, each of them sure it had found the right director at last.\n\nMore.")
    assert headline(prose) is None
    assert headline(ARTICLE) == ARTICLE.split("\n")[0]


@pytest.mark.parametrize("line", [
    "The studio renewed the drama Tidewater for a second season. The network confirmed it today.",
    "Showing posts with label Thrillers. Show all posts",
    "Directed by Ana Whitlock, the heist film Copper Bell goes before cameras in Lisbon next month.",
])
def test_a_first_line_of_prose_is_no_headline(line):
    assert headline(line + "\n\nMore text.") is None


def test_a_leading_date_field_is_the_publication_date(tmp_path):
    p = write(tmp_path, "brief.txt", " date 2024-08-09 Ana Whitlock joined Copper Bell.\n\nMore.\n")
    [doc] = list(read_file(str(p)))
    assert doc.published == "2024-08-09"
    assert doc.text.startswith("Ana Whitlock joined")


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    from filmfacts.sources.text import unwrap

    para = ("The festival opens with a restored print of a silent western, followed by eleven new features "
            "from first-time directors, three of them shot entirely on phones, and a midnight section that "
            "the programmers promise will be louder than ever before. Tickets go on sale next week.")
    lines, line = [], ""
    for word in para.split():
        if line and len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    text = "LINEUP\n" + "\n".join(lines) + "\n\n" + "\n".join(lines) + "\nCast:\nAna Whitlock, Dev Okoro.\n"
    out = unwrap(text).splitlines()
    assert out[0] == "LINEUP"
    assert out[1] == para
    assert out[-1] == "Cast: Ana Whitlock, Dev Okoro."


def test_ordinary_paragraph_lines_are_not_joined():
    from filmfacts.sources.text import unwrap

    text = "\n".join(f"Paragraph {i} is one line of its own and says a complete thing." for i in range(10))
    assert unwrap(text) == text


@pytest.mark.parametrize("noise", [
    "We use cookies to improve your experience on our website. By continuing to browse, you accept them.",
    "This site stores small files on your device to remember you. Keep browsing if that is fine. [OK]",
    "Cookies help us run this site. Manage preferences",
    "We may earn a commission when you buy through links on our site.",
    "Reelside may earn a small affiliate commission from purchases made through links in this article.",
    "This post contains affiliate links.",
    "Disclosure: some links on this page are sponsored.",
    "(Image credit: Halvard Pictures)",
    "Photo: Northlight",
    "Photo by Lena Varga/Getty Images",
    "an image of Ruth Okonjo-Blake in a greenhouse",
    "Leave a Comment",
    "Leave a Reply",
    "Recent Released: Saltmarsh Kings Trailer Breakdown",
    "Read more: Midnight Ferry 2 moves to October",
    "READ MORE",
    "Read More »",
    "Also read: the best heist films of the decade",
    "Related: Why The Copper Orchard works",
    "ADVERTISEMENT",
    "Scroll to continue with content",
    "Sign up for our newsletter to get release dates every Friday.",
    "Stay in the loop: subscribe to our streaming newsletter and never miss a premiere.",
    "Share this article",
    "Follow us on Bluesky",
    "Prices and availability were correct at the time of publishing and may change.",
    "By Corinna Vasquez-Lyle",
])
def test_noise_lines_are_dropped(noise):
    text = (f"Headline About Glasshouse Run\n\n{noise}\n\nThe heist film opens in May.\n\n"
            "It stars Ruth Okonjo-Blake.")
    assert strip_boilerplate(text) == ("Headline About Glasshouse Run\n\nThe heist film opens in May.\n\n"
                                       "It stars Ruth Okonjo-Blake.")


@pytest.mark.parametrize("prose", [
    "Related to the delay, Halvard Pictures also moved its horror slate.",
    "The cookie-cutter plot of the first film is gone, the director said.",
    "Subscribers to Northlight will see the second season first.",
    "Pilar Abernathy is an Oscar-winning writer and director, and this is her first western.",
    "Source: a studio spokesperson confirmed the date to Reelside.",
    "Credits include Hollow Tor and Kettle Black.",
    "By the end of the shoot, the budget had doubled.",
])
def test_prose_that_looks_a_little_like_noise_is_kept(prose):
    text = f"Headline About Saltmarsh Kings\n\nThe western shoots in Maine.\n\n{prose}"
    assert prose in strip_boilerplate(text)


def test_author_bio_at_the_end_is_dropped_with_its_name_line():
    text = ("Midnight Ferry 2 Gets a Date\n\nMidnight Ferry 2 opens on October 16, 2026.\n\n"
            "Jonah Feliciano returns as the ferry's captain.\n\nCorinna Vasquez-Lyle\n\n"
            "Corinna Vasquez-Lyle is a senior film reporter at Reelside covering release dates. When she "
            "is not watching trailers she lives in Leeds with two cats.")
    assert strip_boilerplate(text) == ("Midnight Ferry 2 Gets a Date\n\n"
                                       "Midnight Ferry 2 opens on October 16, 2026.\n\n"
                                       "Jonah Feliciano returns as the ferry's captain.")


def test_bio_is_recognised_by_the_by_line_author_alone():
    text = ("By Tamsin Orrell\n\nThe Lantern Keepers Wraps\n\nFilming on The Lantern Keepers has wrapped.\n\n"
            "Saoirse Quenby directs.\n\nTamsin Orrell is a contributing critic. Her essays on ghost stories "
            "are collected in a book.")
    out = strip_boilerplate(text)
    assert out.endswith("Saoirse Quenby directs.") and "Tamsin" not in out
    assert byline_author(text) == "Tamsin Orrell"


def test_about_the_author_block_is_dropped():
    text = ("Saltmarsh Kings Casting\n\nPilar Abernathy joins Saltmarsh Kings.\n\n"
            "Shooting starts in April.\n\nAbout the Author\n\n"
            "Jonah Feliciano has spent ten years on the awards beat.")
    assert strip_boilerplate(text).endswith("Shooting starts in April.")


def test_caption_above_a_picture_credit_is_dropped_but_a_heading_is_kept():
    text = ("Glasshouse Run: Everything We Know\n\nRuth Okonjo-Blake in a greenhouse at night\n"
            "(Image credit: Halvard Pictures)\n\nThe heist film opens in May.\n\nWho Directs It\n\n"
            "(Image credit: Halvard Pictures)\n\nInes Marrow directs.")
    assert strip_boilerplate(text) == ("Glasshouse Run: Everything We Know\n\n"
                                       "The heist film opens in May.\n\n"
                                       "Who Directs It\n\nInes Marrow directs.")


def test_list_of_links_under_a_related_label_is_dropped():
    text = ("Copper Orchard Renewed\n\nThe Copper Orchard returns for a second season.\n\nRelated Stories\n"
            "Northlight Dates Its Autumn Slate\nWhy Hester Vane Is TV's Best Grump\n\n"
            "Production starts in Tasmania in September.\n\nIf You Liked This, Try\n\nKettle Row (2019)\n"
            "The Pale Shore (2021)")
    assert strip_boilerplate(text) == ("Copper Orchard Renewed\n\n"
                                       "The Copper Orchard returns for a second season.\n\n"
                                       "Production starts in Tasmania in September.")


def test_dated_by_line_stays_because_it_dates_the_article():
    text = "Midnight Ferry 2 Dated\n\nBy Jonah Feliciano | March 10, 2026\n\nThe sequel opens in October."
    assert "March 10, 2026" in strip_boilerplate(text)


# -- decoding ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, reason", [
    (b"", "empty input"),
    (b"  \n\t\n", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (PNG image), not text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "binary data (PDF document), not text"),
    (b"Glasshouse\x00Run\x00\x01\x02", "binary data (NUL bytes), not text"),
])
def test_decode_refuses_empty_and_binary(data, reason):
    with pytest.raises(SourceError) as exc:
        decode(data, "x.txt")
    assert exc.value.reason == reason and exc.value.source == "x.txt"


def test_decode_refuses_bytes_that_are_neither_utf8_nor_windows_1252():
    with pytest.raises(SourceError, match=r"undecodable text .*0x81"):
        decode(b"Glasshouse Run \x81\x8d opens", "x.txt")


def test_decode_reads_windows_1252_and_utf16():
    assert decode("Caf\u00e9 Lumi\u00e8re opens".encode("cp1252"), "x") == "Café Lumière opens"
    assert decode("Saltmarsh Kings".encode("utf-16"), "x") == "Saltmarsh Kings"


# -- files, folders, globs -----------------------------------------------------------------------------

def test_folders_are_read_recursively_in_a_stable_order_and_globs_expand(tmp_path):
    write(tmp_path, "b.txt", ARTICLE)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    write(tmp_path / "sub" / "deeper", "a.txt", ARTICLE)
    write(tmp_path, ".hidden.txt", ARTICLE)
    write(tmp_path, "notes.json", "{}")
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "b.txt"), str(tmp_path / "sub/deeper/a.txt")]
    assert list(expand([str(tmp_path / "**" / "*.txt")])) == [str(tmp_path / "b.txt"),
                                                               str(tmp_path / "sub/deeper/a.txt")]


@pytest.mark.parametrize("make, reason", [
    (lambda d: str(d / "missing.txt"), "no such file or folder"),
    (lambda d: str(d / "*.nothing"), "no file matches this pattern"),
    (lambda d: (d / "story.txt").mkdir() or str(d / "story.txt"), "folder has no files to read"),
    (lambda d: os.symlink(d / "gone.txt", d / "link.txt") or str(d / "link.txt"), "broken symbolic link"),
])
def test_unreadable_inputs_are_one_error_naming_the_path(tmp_path, make, reason):
    path = make(tmp_path)
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert items[0].source == path and items[0].reason.startswith(reason)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_reported(tmp_path):
    p = write(tmp_path, "locked.txt", ARTICLE)
    p.chmod(0)
    [err] = list(read_file(str(p)))
    assert err.reason == "unreadable (permission denied)"


def test_oversized_file_is_refused_before_it_is_read(tmp_path):
    p = write(tmp_path, "long.txt", ARTICLE * 20)
    [err] = list(read_file(str(p), max_bytes=1000))
    assert err.source == str(p) and err.reason.startswith("too large (")
    assert list(read_bytes(ARTICLE.encode() * 20, "x.txt", max_bytes=1000))[0].reason.startswith("too large")


# -- HTML -----------------------------------------------------------------------------------------------

def test_html_page_gives_text_title_site_author_and_date(tmp_path):
    p = write(tmp_path, "orchard.html", HTML_PAGE)
    [doc] = list(read_file(str(p)))
    assert doc.source == "orchard.html"
    assert doc.title == "The Copper Orchard renewed for a second season"
    assert doc.site == "Reelside" and doc.author == "Maren Illescas"
    assert doc.published == "2026-03-14"
    assert "Esme Quarrington will again play" in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text


def test_html_is_sniffed_without_a_suffix():
    [doc] = list(read_bytes(HTML_PAGE.encode(), "page"))
    assert doc.title == "The Copper Orchard renewed for a second season"


def test_malformed_html_is_recovered_when_it_holds_text():
    broken = HTML_PAGE.replace("</p>", "").replace("</article>", "<div <<").replace("</html>", "")
    [doc] = list(read_bytes(broken.encode(), "broken.html"))
    assert "renewed for a second season at Northlight" in doc.text


def test_html_without_article_text_is_one_clear_error():
    [err] = list(read_bytes(b"<html><body><div><<<script>x()</script></body></html>", "empty.html"))
    assert err.source == "empty.html" and err.reason == "no article text found in the HTML"


# -- feeds ----------------------------------------------------------------------------------------------

def test_rss_entries_become_documents_named_by_link_and_dated():
    items = list(read_bytes(RSS_FEED.encode(), "reelside.rss"))
    a, b = docs(items)
    assert not errors(items)
    assert (a.source, a.published, a.title, a.site) == (
        "https://reelside.test/saltmarsh-kings-cast", "2026-02-02", "Saltmarsh Kings adds Pilar Abernathy",
        "Reelside News")
    assert "Pilar Abernathy has joined the cast" in a.text and "<p>" not in a.text
    assert b.source == "https://reelside.test/midnight-ferry-2-date" and b.published == "2026-03-10"
    assert "October 16, 2026" in b.text


def test_atom_entry_uses_its_published_date_not_updated():
    [doc] = list(read_bytes(ATOM_FEED.encode(), "lantern.xml"))
    assert doc.source == "https://lantern.test/keepers-wrap" and doc.published == "2026-03-30"
    assert "Saoirse Quenby" in doc.text


def test_malformed_feed_is_one_error():
    [err] = list(read_bytes(b'<?xml version="1.0"?><rss><channel><title>T</title><item><title>A', "cut.rss"))
    assert err.source == "cut.rss" and err.reason.startswith("malformed feed (")


def test_truncated_feed_keeps_its_complete_entries_and_reports_the_rest_once():
    cut = RSS_FEED[:RSS_FEED.index("<title>Midnight Ferry 2") + 20]
    items = list(read_bytes(cut.encode(), "cut.rss"))
    assert [d.source for d in docs(items)] == ["https://reelside.test/saltmarsh-kings-cast"]
    [err] = errors(items)
    assert err.source == "cut.rss" and "malformed feed" in err.reason and "1 of 2 entries read" in err.reason


def test_feed_without_entries_is_reported():
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    [err] = list(read_bytes(empty, "quiet.rss"))
    assert err.reason == "feed has no entries"


# -- JSON Lines -----------------------------------------------------------------------------------------

def _record(n: int, **extra: object) -> str:
    rec = {"url": f"https://wire.test/story-{n}", "title": f"Wire story {n}", "published": f"2026-05-0{n}",
           "text": f"Story {n}: The Lantern Keepers adds a cast member."}
    rec.update(extra)
    return json.dumps(rec)


def test_jsonl_records_are_documents_named_by_url():
    data = "\n".join([_record(1), _record(2, published="2026-05-02T10:00:00+02:00")])
    a, b = list(read_bytes(data.encode(), "wire.jsonl"))
    assert (a.source, a.title, a.published) == ("https://wire.test/story-1", "Wire story 1", "2026-05-01")
    assert a.text.startswith("Wire story 1\n\nStory 1:")
    assert b.published == "2026-05-02"


def test_malformed_jsonl_lines_are_reported_by_line_and_the_rest_are_read():
    data = "\n".join([_record(1), "{not json", "", '["a list"]', json.dumps({"url": "u"}), _record(2)])
    items = list(read_bytes(data.encode(), "wire.jsonl"))
    assert [d.source for d in docs(items)] == ["https://wire.test/story-1", "https://wire.test/story-2"]
    assert [(e.source, e.reason.split(" (")[0]) for e in errors(items)] == [
        ("wire.jsonl:2", "malformed JSON"), ("wire.jsonl:4", "not a JSON object"),
        ("wire.jsonl:5", "record has no 'text'")]


def test_a_file_that_is_not_json_lines_at_all_is_one_error(tmp_path):
    p = write(tmp_path, "notes.jsonl", "these are\nnot json\nat all\n")
    [err] = list(read_file(str(p)))
    assert err.source == str(p)
    assert err.reason.startswith("not JSON Lines: no line is a JSON object (3 bad lines")


def test_errors_inside_a_file_name_the_path_as_given(tmp_path):
    p = write(tmp_path, "wire.jsonl", _record(1) + "\n{broken\n")
    items = list(read_file(str(p)))
    assert docs(items)[0].source == "https://wire.test/story-1"
    assert errors(items)[0].source == f"{p}:2"


@pytest.mark.parametrize("value, expected", [
    ("2026-05-01", "2026-05-01"), ("2026-05-01T23:30:00Z", "2026-05-01"),
    ("Mon, 02 Feb 2026 10:00:00 GMT", "2026-02-02"), ("yesterday", None), (None, None), ("", None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


# -- URLs -----------------------------------------------------------------------------------------------

PAGES = {
    "/orchard": ("text/html; charset=utf-8", HTML_PAGE.encode()),
    "/feed": ("application/rss+xml", RSS_FEED.encode()),
    "/plain.txt": ("text/plain", ARTICLE.encode()),
    "/huge": ("text/html", b"<html><body>" + b"<p>Glasshouse Run.</p>" * 5000 + b"</body></html>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        page = PAGES.get(self.path)
        if page is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", page[0])
        self.end_headers()  # no Content-Length: the size limit must hold while streaming
        self.wfile.write(page[1])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A local web server (127.0.0.1, any free port) with an article, a feed and errors."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_of_a_page_is_a_document_named_by_the_url(site):
    [doc] = list(read_inputs([f"{site}/orchard"]))
    assert doc.source == f"{site}/orchard" and doc.published == "2026-03-14"
    assert doc.retrieved and "Dov Santangelo returns as showrunner" in doc.text


def test_url_of_a_feed_gives_its_entries(site):
    items = list(read_inputs([f"{site}/feed"]))
    assert [d.source for d in docs(items)] == ["https://reelside.test/saltmarsh-kings-cast",
                                               "https://reelside.test/midnight-ferry-2-date"]
    assert all(d.retrieved for d in docs(items))


def test_url_of_plain_text(site):
    [doc] = list(read_inputs([f"{site}/plain.txt"]))
    assert doc.source == f"{site}/plain.txt" and doc.title.startswith("Glasshouse Run Sets")


def test_url_errors_are_one_line_each_and_the_batch_goes_on(site):
    urls = [f"{site}/missing", f"{site}/huge", "http://127.0.0.1:9/closed", f"{site}/orchard"]
    items = list(read_inputs(urls, max_bytes=50_000, timeout=5))
    assert [(e.source, e.reason.split(" (")[0]) for e in errors(items)] == [
        (f"{site}/missing", "HTTP 404 Not Found"), (f"{site}/huge", "too large"),
        ("http://127.0.0.1:9/closed", "could not fetch")]
    assert [d.source for d in docs(items)] == [f"{site}/orchard"]
