"""The schema, as SQLAlchemy Core tables. Changed only through migrations (migrations/versions)."""
from __future__ import annotations

from sqlalchemy import JSON, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("site", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("published_after", String(10)),
    Column("published_before", String(10)),
    Column("dating_evidence", Text),
    Column("retrieved", String(32)),
    Column("ingested", String(32), nullable=False),
    Column("text", Text, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # work, person, character, organization, place, platform
    Column("subtype", String(16)),  # film, tv_series, video_game, franchise (works only)
    Column("name", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Index("ix_entities_kind_norm", "kind", "norm"),
)

aliases = Table(
    "aliases", metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("norm", Text, nullable=False),
    Index("ix_aliases_norm", "norm"),
    Index("ux_aliases_entity_norm", "entity_id", "norm", unique=True),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("property", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("value_id", Integer, ForeignKey("entities.id")),
    Column("qualifiers", JSON, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("cited", Text),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("said_on", String(10)),
    Column("confidence", Float),
    Index("ix_claims_subject", "subject_id", "property"),
    Index("ix_claims_document", "document_id"),
    Index("ix_claims_value", "value_id"),
)
