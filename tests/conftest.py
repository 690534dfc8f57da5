"""Shared fixtures: a fresh store (SQLite, and PostgreSQL where a server answers), the seeds."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from filmfacts.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = ROOT / "tests" / "corpus"
PG_URL = os.environ.get("FILMFACTS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_reason() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=2).close()
    except Exception as exc:  # any failure to connect means: no server here
        return f"no PostgreSQL server answers at 127.0.0.1:5432 ({type(exc).__name__})"
    return None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path) -> Store:
    """A fresh, migrated store: SQLite in a temporary folder, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'test.db'}")
        yield s
        s.close()
        return
    reason = _pg_reason()
    if reason:
        pytest.skip(reason)
    import sqlalchemy as sa

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    s = Store(f"{PG_URL}?options=-csearch_path%3D{schema}")
    yield s
    s.close()
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p
