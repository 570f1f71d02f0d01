"""The schema comes from the Alembic migrations, and the migrations build exactly what the models
declare, on SQLite and on PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from storage.db import Database
from storage.migrate import current_revision, head_revision, main as migrate_main
from storage.models import Base


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert differences == [], "the models changed without a migration: run alembic revision --autogenerate"


def test_the_schema_is_at_the_newest_migration(db):
    assert current_revision(db.engine) == head_revision()


def test_migrating_twice_changes_nothing(db):
    db.create_schema()
    assert current_revision(db.engine) == head_revision()


def test_a_database_made_before_migrations_is_adopted(tmp_path):
    # Databases created by create_all (before migrations existed) have every table but no version.
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Database(url)
    Base.metadata.create_all(old.engine)
    old.dispose()
    db = Database(url)
    db.create_schema()
    assert current_revision(db.engine) == head_revision()
    assert "practice_sessions" in inspect(db.engine).get_table_names()


def test_migrate_command_migrates_and_checks(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "cli.db"))
    assert migrate_main(["--check"]) == 1  # a new database has no schema yet
    assert migrate_main([]) == 0
    assert migrate_main(["--check"]) == 0
    assert head_revision() in capsys.readouterr().out


def test_a_partial_database_from_before_migrations_is_refused_clearly(tmp_path):
    import pytest

    from storage.migrate import UnknownSchema
    from storage.models import PracticeSession, Turn

    url = f"sqlite:///{tmp_path / 'partial.db'}"
    old = Database(url)
    Base.metadata.create_all(old.engine, tables=[PracticeSession.__table__, Turn.__table__])
    with pytest.raises(UnknownSchema, match="lacks"):
        old.create_schema()
    old.dispose()
