"""Read-only queries the web app needs beyond the Store API: paged lists, search, claim links.

Each pages in SQL (limit/offset) and returns the total, so pages stay cheap on a large store.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import String, case, cast, func, literal, select, union_all

from ..resolve import norm
from ..store import Store
from ..store import tables as t

__all__ = ["ClaimLink", "aliases", "claim_links", "document_meta", "documents_page", "search", "works_page"]


def _when():
    c, d = t.claims.c, t.documents.c
    return func.coalesce(c.said_on, d.published, d.published_before, d.published_after, "")


def works_page(store: Store, limit: int, offset: int) -> tuple[list[dict], int]:
    """Works with claims, most recently updated first (last ingested, then last reported)."""
    e, c, d = t.entities, t.claims, t.documents
    last_said = func.max(_when()).label("last_said")
    updated = func.max(d.c.ingested).label("updated")
    q = (select(e.c.id, e.c.name, e.c.subtype, func.count(c.c.id).label("claims"),
                func.count(func.distinct(c.c.document_id)).label("documents"), last_said, updated)
         .join(c, c.c.subject_id == e.c.id).join(d, d.c.id == c.c.document_id)
         .where(e.c.kind == "work").group_by(e.c.id, e.c.name, e.c.subtype)
         .order_by(updated.desc(), last_said.desc(), e.c.name, e.c.id).limit(limit).offset(offset))
    total_q = select(func.count(func.distinct(c.c.subject_id))).join(e, e.c.id == c.c.subject_id).where(
        e.c.kind == "work")
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
        total = conn.execute(total_q).scalar_one()
    for r in rows:
        r["last_said"] = r["last_said"] or None
    return rows, total


def documents_page(store: Store, limit: int, offset: int) -> tuple[list[dict], int]:
    """Documents, newest first, with the number of claims each makes."""
    d, c = t.documents, t.claims
    n = select(func.count(c.c.id)).where(c.c.document_id == d.c.id).scalar_subquery().label("claims")
    when = func.coalesce(d.c.published, d.c.published_before, d.c.published_after, "")
    q = (select(d.c.id, d.c.source, d.c.title, d.c.site, d.c.published, d.c.published_after,
                d.c.published_before, d.c.ingested, n)
         .order_by(when.desc(), d.c.source, d.c.id).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
        total = conn.execute(select(func.count()).select_from(d)).scalar_one()
    return rows, total


def search(store: Store, text: str, limit: int, offset: int) -> tuple[list[dict], int]:
    """Works (by title or alias) and people (by name or alias) whose name contains ``text``.

    Works come first; within each, exact names, then names that start with the text.
    """
    n = norm(text)
    if not n:
        return [], 0
    e, a = t.entities, t.aliases
    pattern = "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    named = (select(e.c.id, e.c.norm.label("matched")).where(e.c.kind.in_(("work", "person")))
             .where(e.c.norm.like(pattern, escape="\\")))
    aliased = (select(a.c.entity_id.label("id"), a.c.norm.label("matched"))
               .join(e, e.c.id == a.c.entity_id).where(e.c.kind.in_(("work", "person")))
               .where(a.c.norm.like(pattern, escape="\\")))
    hits = union_all(named, aliased).subquery()
    rank = func.min(case((hits.c.matched == n, 0), (hits.c.matched.like(cast(literal(n), String) + "%"), 1),
                         else_=2)).label("rank")
    q = (select(e.c.id, e.c.kind, e.c.subtype, e.c.name, rank).join(hits, hits.c.id == e.c.id)
         .group_by(e.c.id, e.c.kind, e.c.subtype, e.c.name))
    ordered = q.order_by(case((e.c.kind == "work", 0), else_=1), rank, e.c.name, e.c.id)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        rows = [dict(r._mapping) for r in conn.execute(ordered.limit(limit).offset(offset))]
    return [{"type": "work" if r["kind"] == "work" else "person", "id": r["id"], "name": r["name"],
             "kind": r["subtype"] if r["kind"] == "work" else r["kind"]} for r in rows], total


@dataclass(frozen=True)
class ClaimLink:
    subject_id: int
    value_id: int | None
    value_kind: str | None  # entity kind of the value (work, person, organization…), None for literals


def claim_links(store: Store, claim_ids: Iterable[int]) -> dict[int, ClaimLink]:
    """For each claim, the ids of its subject and of its value entity (what pages link to)."""
    ids = sorted(set(claim_ids))
    if not ids:
        return {}
    c, v = t.claims, t.entities.alias("v")
    q = (select(c.c.id, c.c.subject_id, c.c.value_id, v.c.kind)
         .join(v, v.c.id == c.c.value_id, isouter=True))
    out: dict[int, ClaimLink] = {}
    with store.engine.connect() as conn:
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for r in conn.execute(q.where(c.c.id.in_(part))):
                out[r.id] = ClaimLink(r.subject_id, r.value_id, r.kind)
    return out


def aliases(store: Store, entity_id: int) -> list[str]:
    """The other names an entity is known by."""
    with store.engine.connect() as conn:
        entity = conn.execute(select(t.entities.c.name).where(t.entities.c.id == entity_id)).scalar()
        rows = conn.execute(select(t.aliases.c.alias).where(t.aliases.c.entity_id == entity_id)
                            .order_by(t.aliases.c.alias))
        return [r.alias for r in rows if r.alias != entity]


def document_meta(store: Store, ids: Iterable[str]) -> dict[str, dict]:
    """Stored rows of these documents without their text: source, title, dates."""
    wanted = sorted(set(ids))
    d = t.documents.c
    q = select(d.id, d.source, d.title, d.site, d.published, d.published_after, d.published_before,
               d.retrieved, d.ingested)
    out: dict[str, dict] = {}
    with store.engine.connect() as conn:
        for chunk in range(0, len(wanted), 500):
            for r in conn.execute(q.where(d.id.in_(wanted[chunk:chunk + 500]))):
                out[r.id] = dict(r._mapping)
    return out
