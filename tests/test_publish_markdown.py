"""The Markdown brief: what is known, with [n] citations that resolve to its sources list."""
from __future__ import annotations

import re

import pytest

from filmfacts.fuse import fuse
from filmfacts.models import Fact, Source
from filmfacts.publish.markdown import md_escape, render_markdown
from kb_fixture import build


@pytest.fixture
def brief(sqlite_store) -> str:
    facts = fuse(build(sqlite_store).claims())
    docs = {d["id"]: d for d in sqlite_store.documents()}
    return render_markdown([f for f in facts if f.subject == "Harbor Lights"], docs)


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_known_facts_are_cited(brief):
    assert brief.startswith("# Harbor Lights: what we know so far\n")
    known = sections(brief)["Known"]
    assert re.search(r"^- \*\*Release date:\*\* 2025-10-02 \(theatrical\) \[\d+\]$", known, re.M)
    assert re.search(r"^- \*\*Cast:\*\* Mira Solano as Ada Brandt \[\d+\]; Tomas Reyes \[\d+\]$", known, re.M)
    assert "Apple TV (rent, 3.99 USD)" in known
    assert "Priya Nair" not in known


def test_uncertain_and_changed_facts_have_their_own_sections(brief):
    s = sections(brief)
    assert "- Cast: Priya Nair, rumored [" in s["Unconfirmed"]
    assert re.search(r"2025-03-14 \(theatrical\), superseded by 2025-10-02 \[\d+\]", s["Changed"])


def test_every_citation_resolves_to_a_source(brief):
    s = sections(brief)
    cited = {int(n) for n in re.findall(r"\[(\d+)\](?!\()", brief.split("## Sources")[0])}
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", s["Sources"], re.M)}
    assert cited == listed == set(range(1, len(listed) + 1))
    assert ("[Harbor Lights moves to October](https://news.example.com/harbor-lights-moves), "
            "published 2025-06-01") \
        in s["Sources"]
    first = "Harbor Lights gets a spring date (harbor-lights-first-look.txt), published 2025-01-10"
    assert first in s["Sources"]


def test_untrusted_text_cannot_inject_markup():
    src = Source(document="evil.txt", published=None, quote="x", document_id="e")
    fact = Fact("Bad <img src=x onerror=alert(1)> [link](javascript:x)", "film", "director", "*Ann*",
                {}, "current", "confirmed", 0.8, [src])
    text = render_markdown([fact], {"e": {"title": "# heading", "source": "evil.txt"}})
    assert "<img" not in text and "](javascript" not in text and "\n# heading" not in text
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" in text
    assert md_escape("a_b*c & <d>") == "a\\_b\\*c &amp; &lt;d&gt;"
