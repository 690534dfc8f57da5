from filmfacts.models import Claim, Document


def _doc(text: str) -> Document:
    return Document(source="brief.txt", text=text, title=text.split("\n")[0], published="2025-03-01")


def test_document_and_claims_round_trip(store):
    doc = _doc("Harbor Lights casting\n\nMira Solano will star in Harbor Lights.")
    claim = Claim(subject="Harbor Lights", property="cast_member", value="Mira Solano",
                  qualifiers={"character": "Ada"}, document=doc.id, sentence="Mira Solano will star.",
                  start=24, end=60, extractor="filmfacts.credits.v1", said_on="2025-03-01")
    assert store.add_document(doc, [claim]) == 1
    rows = store.claims()
    assert [(r.subject, r.property, r.value, r.qualifiers) for r in rows] == [
        ("Harbor Lights", "cast_member", "Mira Solano", {"character": "Ada"})]
    assert rows[0].source == "brief.txt" and rows[0].published == "2025-03-01"


def test_same_document_twice_is_a_no_op(store):
    doc = _doc("Harbor Lights\n\nText.")
    c = Claim(subject="Harbor Lights", property="director", value="Ines Valk", document=doc.id)
    assert store.add_document(doc, [c]) == 1
    assert store.add_document(_doc("Harbor Lights\n\nText."), [c]) == 0
    assert store.counts()["documents"] == 1 and store.counts()["claims"] == 1


def test_surname_resolves_to_the_full_name_across_documents(store):
    a = _doc("One\n\nfirst")
    b = _doc("Two\n\nsecond")
    store.add_document(a, [Claim(subject="Harbor Lights", property="director", value="Ines Valkenburg")])
    store.add_document(b, [Claim(subject="Harbor Lights", property="producer", value="Valkenburg")])
    assert {r.value for r in store.claims()} == {"Ines Valkenburg"}


def test_failed_transaction_leaves_nothing(store):
    doc = _doc("Broken\n\ntext")
    bad = Claim(subject="Harbor Lights", property="no_such_property", value="x")
    try:
        store.add_document(doc, [bad])
    except KeyError:
        pass
    assert store.counts()["documents"] == 0
    assert store.find_entity("Harbor Lights") is None


def test_sequel_numbers_resolve_to_one_work(store):
    doc = _doc("x\n\ny")
    store.add_document(doc, [
        Claim(subject="Night Courier: Chapter 2 – Embers", property="director", value="Ines Valk"),
        Claim(subject="Night Courier 2", property="producer", value="Tom Reyes")])
    assert {r.subject for r in store.claims()} == {"Night Courier: Chapter 2 – Embers"}
