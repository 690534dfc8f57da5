"""The JSON API: pages of works and documents, sheets, people, search, one error shape,
token-guarded ingest; and its OpenAPI description driven by schemathesis without a 5xx."""
from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from filmfacts.settings import Settings
from filmfacts.web import create_app
from kb_fixture import FIRST_LOOK, MOVES, build

TOKEN = "s3cret-token"


@pytest.fixture
def kb(store):  # SQLite, and PostgreSQL where a server answers
    return build(store)


@pytest.fixture
def client(kb) -> TestClient:
    return TestClient(create_app(kb))


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]["message"]


def test_works_are_paged_with_a_total(client):
    page = client.get("/api/works").json()
    assert (page["total"], page["limit"], page["offset"]) == (2, 20, 0)
    assert [w["name"] for w in page["items"]] == ["Harbor Lights", "Night Courier"]
    first = page["items"][0]
    assert first["kind"] == "film" and first["claims"] == 12 and first["documents"] == 3
    assert first["last_said"] == "2025-11-15" and first["url"] == f"/works/{first['id']}"
    second = client.get("/api/works", params={"limit": 1, "offset": 1}).json()
    assert second["total"] == 2 and [w["name"] for w in second["items"]] == ["Night Courier"]
    assert client.get("/api/works?offset=5").json()["items"] == []


def test_work_sheet_cites_every_fact(client, kb):
    wid = kb.find_entity("Harbor Lights", kind="work")["id"]
    sheet = client.get(f"/api/works/{wid}").json()
    dates = [(f["value"], f["status"]) for f in sheet["facts"] if f["property"] == "release_date"]
    assert dates == [("2025-10-02", "current"), ("2025-03-14", "superseded")]
    old = next(f for f in sheet["facts"] if f["value"] == "2025-03-14")
    assert old["superseded_by"] == "2025-10-02" and "2025-10-02" in old["note"]
    assert all(f["sources"] for f in sheet["facts"])
    src = next(f for f in sheet["facts"] if f["value"] == "2025-10-02")["sources"][0]
    assert src["document"] == MOVES.source and src["said_on"] == "2025-06-01"
    assert src["evidence_url"] == f"/documents/{MOVES.id}#claim-{src['claim_id']}"
    mira = next(f for f in sheet["facts"] if f["value"] == "Mira Solano")
    assert mira["qualifiers"] == {"character": "Ada Brandt"}
    assert mira["value_url"] == f"/people/{mira['value_id']}"
    assert sheet["exports"]["quickstatements"] == f"/works/{wid}/export.quickstatements"
    then = client.get(f"/api/works/{wid}", params={"as_of": "2025-02-01"}).json()
    assert [(f["value"], f["status"]) for f in then["facts"] if f["property"] == "release_date"] == [
        ("2025-03-14", "current")]


def test_person_credits(client, kb):
    pid = kb.find_entity("Mira Solano", kind="person")["id"]
    person = client.get(f"/api/people/{pid}").json()
    assert person["name"] == "Mira Solano"
    got = {(c["work"], c["property"], c["qualifiers"].get("character")) for c in person["credits"]}
    assert got == {("Harbor Lights", "cast_member", "Ada Brandt"), ("Night Courier", "cast_member", "Jo")}
    assert all(c["work_url"] == f"/works/{c['work_id']}" for c in person["credits"])


def test_documents_and_their_claims(client):
    page = client.get("/api/documents", params={"limit": 2}).json()
    assert page["total"] == 5 and len(page["items"]) == 2
    assert page["items"][0]["published"] == "2025-11-15"  # newest first
    doc = client.get(f"/api/documents/{FIRST_LOOK.id}").json()
    assert doc["text"] == FIRST_LOOK.text and doc["document"] == FIRST_LOOK.source
    assert len(doc["claims"]) == 6
    for c in doc["claims"]:
        assert doc["text"][c["start"]:c["end"]] == c["sentence"]


def test_search_pages_works_then_people(client):
    hits = client.get("/api/search", params={"q": "harbor"}).json()
    assert hits["query"] == "harbor" and hits["total"] == 1
    assert hits["items"][0]["type"] == "work" and hits["items"][0]["name"] == "Harbor Lights"
    people = client.get("/api/search", params={"q": "o", "limit": 2}).json()
    assert people["total"] > 2 and len(people["items"]) == 2
    assert client.get("/api/search", params={"q": "zzz"}).json()["total"] == 0


def test_one_error_shape(client, kb):
    assert "no work with id 424242" in error_of(client.get("/api/works/424242"), 404)
    pid = kb.find_entity("Mira Solano", kind="person")["id"]
    error_of(client.get(f"/api/works/{pid}"), 404)  # a person is not a work
    error_of(client.get("/api/documents/ffffffffffffffff"), 404)
    error_of(client.get("/api/no-such-thing"), 404)
    assert "limit" in error_of(client.get("/api/works?limit=0"), 422)
    assert "work_id" in error_of(client.get("/api/works/abc"), 422)
    error_of(client.get("/api/works/1?as_of=yesterday"), 422)
    error_of(client.get("/api/search"), 422)
    error_of(client.delete("/api/works"), 405)


def test_server_errors_have_the_same_shape(kb, monkeypatch):
    client = TestClient(create_app(kb), raise_server_exceptions=False)

    def broken(*args, **kwargs):
        raise RuntimeError("database fell over: secret detail")

    monkeypatch.setattr(kb, "claims", broken)
    wid = kb.find_entity("Harbor Lights", kind="work")["id"]
    message = error_of(client.get(f"/api/works/{wid}"), 500)
    assert "secret" not in message  # internals stay in the log


def test_openapi_describes_the_api(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/works", "/api/works/{work_id}", "/api/people/{person_id}", "/api/documents",
            "/api/documents/{document_id}", "/api/search"} <= set(spec["paths"])
    assert "/api/ingest" not in spec["paths"]  # read-only
    assert not any(p.startswith("/works") for p in spec["paths"])  # pages are not the API
    get_work = spec["paths"]["/api/works/{work_id}"]["get"]
    not_found = get_work["responses"]["404"]["content"]["application/json"]["schema"]
    assert not_found["$ref"].endswith("/ErrorBody")


# -- ingest ---------------------------------------------------------------------------------------
ARTICLE = {"url": "https://news.example.com/tidewater", "title": "Tidewater gets a date",
           "published": "2025-07-01", "text": "Tidewater gets a date\n\nTidewater will open on May 5, 2026."}


def test_ingest_is_absent_without_a_token(client):
    r = client.post("/api/ingest", json=ARTICLE)
    assert r.status_code in (404, 405)
    error_of(r, r.status_code)


def test_ingest_requires_the_bearer_token(kb):
    client = TestClient(create_app(kb, settings=Settings(db_url=kb.url, api_token=TOKEN)))
    assert client.post("/api/ingest", json=ARTICLE).headers["www-authenticate"] == "Bearer"
    error_of(client.post("/api/ingest", json=ARTICLE), 401)
    error_of(client.post("/api/ingest", json=ARTICLE, headers={"Authorization": "Bearer wrong"}), 401)
    assert kb.counts()["documents"] == 5


def test_ingest_stores_records_and_text(sqlite_store):
    kb = build(sqlite_store)
    client = TestClient(create_app(kb, settings=Settings(db_url=kb.url, api_token=TOKEN)))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/ingest", json=ARTICLE, headers=auth)
    assert r.status_code == 200, r.text
    result = r.json()
    assert (result["new"], result["unchanged"], result["failed"]) == (1, 0, [])
    (doc_id,) = result["documents"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["document"] == ARTICLE["url"] and doc["published"] == "2025-07-01"
    assert "Tidewater will open on May 5, 2026." in doc["text"] and doc["retrieved"]
    assert len(doc["claims"]) == result["claims"]
    again = client.post("/api/ingest", json=[ARTICLE], headers=auth).json()
    assert (again["new"], again["unchanged"]) == (0, 1)
    text = client.post("/api/ingest", content=b"Gull Song news\n\nGull Song starts filming in Oslo.",
                       headers={**auth, "Content-Type": "text/plain"}).json()
    assert text["new"] == 1 and client.get(f"/documents/{text['documents'][0]}").status_code == 200
    assert kb.counts()["documents"] == 7
    error_of(client.post("/api/ingest", json={"title": "no text"}, headers=auth), 422)
    error_of(client.post("/api/ingest", content=b"{not json", headers={**auth, "Content-Type":
                                                                        "application/json"}), 422)
    spec = client.get("/api/openapi.json").json()
    assert "/api/ingest" in spec["paths"] and spec["components"]["securitySchemes"]["HTTPBearer"]


def test_ingest_refuses_large_bodies(sqlite_store):
    kb = build(sqlite_store)
    client = TestClient(create_app(kb, settings=Settings(db_url=kb.url, api_token=TOKEN, max_bytes=100)))
    r = client.post("/api/ingest", content=b"x" * 500, headers={"Authorization": f"Bearer {TOKEN}",
                                                                "Content-Type": "text/plain"})
    error_of(r, 413)


# -- the OpenAPI description, driven by schemathesis in process ------------------------------------
# (schemathesis' pytest plugin does not run under pytest 9, so the operations are driven directly)
@pytest.mark.parametrize("mode, examples", [(GenerationMode.POSITIVE, 15), (GenerationMode.NEGATIVE, 10)])
def test_openapi_without_server_errors(sqlite_store, mode, examples):
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(build(sqlite_store)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            # every default check: no 5xx, responses and status codes as described, bad input refused
            case.call_and_validate()

        check()


def test_serve_command_wires_db_port_and_token(sqlite_store, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from filmfacts.cli import app as cli

    build(sqlite_store)
    served: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append({"app": app, **kw}))
    monkeypatch.delenv("FILMFACTS_API_TOKEN", raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["serve", "--db", sqlite_store.url, "--port", "9123"]).exit_code == 0
    assert runner.invoke(cli, ["serve", "--db", sqlite_store.url, "--token", TOKEN]).exit_code == 0
    monkeypatch.setenv("FILMFACTS_API_TOKEN", "from-env")
    assert runner.invoke(cli, ["serve", "--db", sqlite_store.url]).exit_code == 0
    read_only, with_flag, with_env = (TestClient(s["app"]) for s in served)
    assert served[0]["port"] == 9123 and served[0]["host"] == "127.0.0.1"
    assert read_only.get("/api/works").json()["total"] == 2
    assert read_only.post("/api/ingest", json=ARTICLE).status_code == 404
    error_of(with_flag.post("/api/ingest", json=ARTICLE), 401)
    error_of(with_env.post("/api/ingest", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}), 401)
