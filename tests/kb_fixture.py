"""An invented knowledge base written by hand (no extraction): documents and claims about
"Harbor Lights" (a film whose release date moved) and "Night Courier" (a series)."""
from __future__ import annotations

from filmfacts.models import Claim, Document
from filmfacts.store import Store

FIRST_LOOK = Document(
    source="harbor-lights-first-look.txt", title="Harbor Lights gets a spring date", published="2025-01-10",
    retrieved="2025-01-11T08:00:00",
    text=("Harbor Lights gets a spring date\n\n"
          "Harbor Lights, the new drama from director Ines Valk, will open in theaters on March 14, 2025. "
          "Mira Solano will star as Ada Brandt, opposite Tomas Reyes. "
          "The screenplay is by Lena Ortiz. Filming took place in Lisbon."),
)
MOVES = Document(
    source="https://news.example.com/harbor-lights-moves", title="Harbor Lights moves to October",
    published="2025-06-01", retrieved="2025-06-02T09:30:00",
    text=("Harbor Lights moves to October\n\n"
          "Harbor Lights has moved to October 2, 2025, the studio confirmed. "
          "Gull Rock Pictures is producing, with Sam Okafor as producer. "
          "Insiders say Priya Nair could join the cast <script>alert('x')</script> of the drama. "
          "Ines Valk denied that she will direct Night Courier."),
)
STREAMING = Document(
    source="https://news.example.com/harbor-lights-streaming", title="Where to watch Harbor Lights",
    published="2025-11-15",
    text=("Where to watch Harbor Lights\n\n"
          "Harbor Lights is now streaming on Netflix, and it can be rented on Apple TV for 3.99 USD."),
)
COURIER_A = Document(
    source="night-courier-renewed.txt", title="Night Courier news", published="2025-05-20",
    text=("Night Courier news\n\n"
          "Night Courier will premiere in March 2026, with Mira Solano as Jo. "
          "Ines Valk is rumored to direct the series."),
)
COURIER_B = Document(
    source="night-courier-date.txt", title="Night Courier date", published="2025-05-20",
    text="Night Courier date\n\nThe series Night Courier premieres on April 1, 2026.",
)


def claim(doc: Document, sentence: str, subject: str, prop: str, value: str, **kw) -> Claim:
    """A claim whose evidence is ``sentence``, located in the document's text."""
    start = doc.text.index(sentence)
    return Claim(subject=subject, property=prop, value=value, document=doc.id, sentence=sentence,
                 start=start, end=start + len(sentence), extractor="tests.handwritten.v1",
                 said_on=doc.published, **kw)


def build(store: Store) -> Store:
    """Store the five documents and their claims; returns the store."""
    hl = "Harbor Lights"
    s1 = "Harbor Lights, the new drama from director Ines Valk, will open in theaters on March 14, 2025."
    s2 = "Mira Solano will star as Ada Brandt, opposite Tomas Reyes."
    store.add_document(FIRST_LOOK, [
        claim(FIRST_LOOK, s1, hl, "director", "Ines Valk"),
        claim(FIRST_LOOK, s1, hl, "release_date", "2025-03-14", qualifiers={"medium": "theatrical"}),
        claim(FIRST_LOOK, s2, hl, "cast_member", "Mira Solano", qualifiers={"character": "Ada Brandt"}),
        claim(FIRST_LOOK, s2, hl, "cast_member", "Tomas Reyes"),
        claim(FIRST_LOOK, "The screenplay is by Lena Ortiz.", hl, "screenwriter", "Lena Ortiz"),
        claim(FIRST_LOOK, "Filming took place in Lisbon.", hl, "filming_location", "Lisbon"),
    ])
    s3 = "Gull Rock Pictures is producing, with Sam Okafor as producer."
    s4 = "Insiders say Priya Nair could join the cast <script>alert('x')</script> of the drama."
    store.add_document(MOVES, [
        claim(MOVES, "Harbor Lights has moved to October 2, 2025, the studio confirmed.", hl, "release_date",
              "2025-10-02", qualifiers={"medium": "theatrical"}),
        claim(MOVES, s3, hl, "production_company", "Gull Rock Pictures"),
        claim(MOVES, s3, hl, "producer", "Sam Okafor"),
        claim(MOVES, s4, hl, "cast_member", "Priya Nair", modality="rumored"),
        claim(MOVES, "Ines Valk denied that she will direct Night Courier.", "Night Courier", "director",
              "Ines Valk", subject_kind="tv_series", modality="denied"),
    ])
    s5 = "Harbor Lights is now streaming on Netflix, and it can be rented on Apple TV for 3.99 USD."
    store.add_document(STREAMING, [
        claim(STREAMING, s5, hl, "available_on", "Netflix", qualifiers={"offer": "stream"}),
        claim(STREAMING, s5, hl, "available_on", "Apple TV",
              qualifiers={"offer": "rent", "price": "3.99 USD"}),
    ])
    nc = "Night Courier"
    s6 = "Night Courier will premiere in March 2026, with Mira Solano as Jo."
    store.add_document(COURIER_A, [
        claim(COURIER_A, s6, nc, "release_date", "2026-03", subject_kind="tv_series"),
        claim(COURIER_A, s6, nc, "cast_member", "Mira Solano", subject_kind="tv_series",
              qualifiers={"character": "Jo"}),
        claim(COURIER_A, "Ines Valk is rumored to direct the series.", nc, "director", "Ines Valk",
              subject_kind="tv_series", modality="rumored"),
    ])
    store.add_document(COURIER_B, [
        claim(COURIER_B, "The series Night Courier premieres on April 1, 2026.", nc, "release_date",
              "2026-04-01", subject_kind="tv_series"),
    ])
    return store
