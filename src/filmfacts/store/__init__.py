"""The store: documents, entities with aliases and claims in SQL (SQLite or PostgreSQL).

One transaction per document; the schema is created and changed by Alembic migrations.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import Claim, Document
from ..resolve import Group, Known, norm
from ..vocabulary import PROPERTIES, WORK_SUBTYPES
from . import tables as t

__all__ = ["Store", "StoredClaim", "open_store"]


@dataclass
class StoredClaim:
    id: int
    subject: str
    subject_kind: str
    property: str
    value: str
    qualifiers: dict
    modality: str
    cited: str | None
    sentence: str
    start: int
    end: int
    extractor: str
    said_on: str | None
    document_id: str
    source: str
    published: str | None
    published_after: str | None
    published_before: str | None


def _known_kind(kind: str) -> str:
    """Films, series and games share one namespace of titles; franchises and the rest keep theirs."""
    return "work" if kind in ("film", "tv_series", "video_game") else kind


def _entity_row_kind(kind: str) -> tuple[str, str | None]:
    return ("work", kind) if kind in WORK_SUBTYPES else (kind, None)


def value_kind(claim: Claim) -> str | None:
    """The entity kind a claim's value resolves to, or None for literal values (dates, text)."""
    if claim.value_kind:
        return claim.value_kind
    kind = PROPERTIES[claim.property].value_kind
    return {"work": "film", "date": None, "text": None}.get(kind, kind)


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url, future=True)
            if url.startswith("sqlite"):
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self.migrate()
            self.known = self._load_known()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {url}: {exc.__class__.__name__}: {exc}") from None

    # -- schema ---------------------------------------------------------------------------------
    def migrate(self) -> None:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _load_known(self) -> Known:
        known = Known()
        groups: dict[int, Group] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(select(t.entities).order_by(t.entities.c.id)):
                kind = _known_kind(row.subtype if row.kind == "work" else row.kind)
                groups[row.id] = known.register(Group(kind, [row.name], row.id, row.subtype))
            for row in conn.execute(select(t.aliases)):
                g = groups.get(row.entity_id)
                if g is not None:
                    known.remember(g, row.alias)
        return known

    # -- writing --------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first()
            return found is not None

    def add_document(self, doc: Document, claims: Iterable[Claim]) -> int:
        """Store a document and its claims in one transaction; returns the number of claims.

        A document already stored (same id) is left as it is and 0 is returned.
        """
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc.id)).first():
                    return 0
                conn.execute(insert(t.documents).values(
                    id=doc.id, source=doc.source, title=doc.title, site=doc.site, author=doc.author,
                    published=doc.published, published_after=doc.published_after,
                    published_before=doc.published_before, dating_evidence=doc.dating_evidence,
                    retrieved=doc.retrieved, ingested=datetime.now(UTC).isoformat(timespec="seconds"),
                    text=doc.text,
                ))
                rows = []
                for c in claims:
                    subject = self._entity(conn, c.subject_kind, c.subject)
                    vk = value_kind(c)
                    value_id, value = None, c.value
                    if vk:
                        g = self._entity(conn, vk, c.value)
                        value_id, value = g.id, g.name
                    rows.append(dict(
                        document_id=doc.id, subject_id=subject.id, property=c.property, value=value,
                        value_id=value_id, qualifiers=c.qualifiers, modality=c.modality, cited=c.cited,
                        sentence=c.sentence, start=c.start, end=c.end, extractor=c.extractor,
                        said_on=c.said_on,
                    ))
                if rows:
                    conn.execute(insert(t.claims), rows)
                return len(rows)
        except BaseException:
            self.known = self._load_known()  # the transaction rolled back: forget its entities
            raise

    def _entity(self, conn: Connection, kind: str, name: str) -> Group:
        group, changed = self.known.add(_known_kind(kind), name)
        row_kind, subtype = _entity_row_kind(kind)
        if group.id is not None and subtype and group.subtype == "film" and subtype != "film":
            # a title first seen as a film turns out to be a series (or a game): one entity, corrected
            group.subtype = subtype
            conn.execute(update(t.entities).where(t.entities.c.id == group.id).values(subtype=subtype))
        if group.id is None:
            group.subtype = subtype
            row = insert(t.entities).values(kind=row_kind, subtype=subtype, name=group.name,
                                            norm=norm(group.name))
            group.id = conn.execute(row).inserted_primary_key[0]
        elif changed:
            conn.execute(update(t.entities).where(t.entities.c.id == group.id).values(
                name=group.name, norm=norm(group.name)))
        if changed:
            for alias in group.names:
                exists = conn.execute(select(t.aliases.c.entity_id).where(
                    t.aliases.c.entity_id == group.id, t.aliases.c.norm == norm(alias))).first()
                if not exists:
                    conn.execute(insert(t.aliases).values(entity_id=group.id, alias=alias, norm=norm(alias)))
        return group

    # -- reading --------------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.documents).order_by(t.documents.c.source))
            return [dict(r._mapping) for r in rows]

    def document(self, doc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
            return dict(row._mapping) if row else None

    def claims(self, subject_id: int | None = None, document_id: str | None = None,
               value_id: int | None = None) -> list[StoredClaim]:
        s, d = t.entities.alias("s"), t.documents
        q = (select(t.claims, s.c.name.label("subject_name"), s.c.subtype, d.c.source, d.c.published,
                    d.c.published_after, d.c.published_before)
             .join(s, s.c.id == t.claims.c.subject_id).join(d, d.c.id == t.claims.c.document_id)
             .order_by(t.claims.c.id))
        if subject_id is not None:
            q = q.where(t.claims.c.subject_id == subject_id)
        if document_id is not None:
            q = q.where(t.claims.c.document_id == document_id)
        if value_id is not None:
            q = q.where(t.claims.c.value_id == value_id)
        with self.engine.connect() as conn:
            return [StoredClaim(
                id=r.id, subject=r.subject_name, subject_kind=r.subtype or "film", property=r.property,
                value=r.value, qualifiers=r.qualifiers or {}, modality=r.modality, cited=r.cited,
                sentence=r.sentence, start=r.start, end=r.end, extractor=r.extractor, said_on=r.said_on,
                document_id=r.document_id, source=r.source, published=r.published,
                published_after=r.published_after, published_before=r.published_before,
            ) for r in conn.execute(q)]

    def works(self) -> list[dict]:
        """Every work with claims about it: id, name, subtype, claims, documents."""
        e = t.entities
        q = (select(e.c.id, e.c.name, e.c.subtype, func.count(t.claims.c.id).label("claims"),
                    func.count(func.distinct(t.claims.c.document_id)).label("documents"))
             .join(t.claims, t.claims.c.subject_id == e.c.id)
             .where(e.c.kind == "work").group_by(e.c.id, e.c.name, e.c.subtype)
             .order_by(func.count(t.claims.c.id).desc(), e.c.name))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def entities(self, kind: str | None = None) -> list[dict]:
        q = select(t.entities).order_by(t.entities.c.name)
        if kind:
            q = q.where(t.entities.c.kind == kind)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def find_entity(self, name: str, kind: str | None = None) -> dict | None:
        """The entity called ``name`` (or with that alias); works first, then most claims."""
        n = norm(name)
        e, a = t.entities, t.aliases
        q = (select(e).join(a, a.c.entity_id == e.c.id, isouter=True)
             .where((e.c.norm == n) | (a.c.norm == n)).distinct())
        if kind:
            q = q.where(e.c.kind == kind)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            if not rows:
                return None
            counts = {r["id"]: conn.execute(select(func.count()).select_from(t.claims).where(
                t.claims.c.subject_id == r["id"])).scalar_one() for r in rows}
        rows.sort(key=lambda r: (r["kind"] != "work", r["norm"] != n, -counts[r["id"]]))
        return rows[0]

    def entity(self, entity_id: int) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.entities).where(t.entities.c.id == entity_id)).first()
            return dict(row._mapping) if row else None

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(tbl)).scalar_one()
                    for name, tbl in (("documents", t.documents), ("entities", t.entities),
                                      ("claims", t.claims))}

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def open_store(url: str) -> Store:
    """The store at ``url`` (a SQLAlchemy URL), created or migrated to the current schema."""
    return Store(url)
