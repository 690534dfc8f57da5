"""documents, entities, aliases, claims

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("published_after", sa.String(10)),
        sa.Column("published_before", sa.String(10)),
        sa.Column("dating_evidence", sa.Text),
        sa.Column("retrieved", sa.String(32)),
        sa.Column("ingested", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subtype", sa.String(16)),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm", sa.Text, nullable=False),
    )
    op.create_index("ix_entities_kind_norm", "entities", ["kind", "norm"])
    op.create_table(
        "aliases",
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("norm", sa.Text, nullable=False),
    )
    op.create_index("ix_aliases_norm", "aliases", ["norm"])
    op.create_index("ux_aliases_entity_norm", "aliases", ["entity_id", "norm"], unique=True)
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("subject_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("property", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("value_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("qualifiers", sa.JSON, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("cited", sa.Text),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("said_on", sa.String(10)),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_claims_subject", "claims", ["subject_id", "property"])
    op.create_index("ix_claims_document", "claims", ["document_id"])
    op.create_index("ix_claims_value", "claims", ["value_id"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("aliases")
    op.drop_table("entities")
    op.drop_table("documents")
