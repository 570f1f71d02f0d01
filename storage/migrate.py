"""Schema migrations: bring a database to the newest schema by running the Alembic migrations in
storage/migrations (never `create_all`), so every database, SQLite or PostgreSQL, new or years
old, goes through the same steps.

    python -m storage.migrate            migrate DATABASE_URL / the SQLite file to the newest schema
    python -m storage.migrate --check    exit 1 when the database is behind (for a deploy's health check)

A database created before migrations existed (by `create_all`, with every table of the first
migration and no version table) is stamped at that first migration, then migrated from there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BASELINE_REVISION = "0001"
BASELINE_TABLES = frozenset({"audit_log", "cohort_staff", "cohorts", "exam_attempts", "flag_disputes",
                             "practice_sessions", "scenario_versions", "scenarios", "turns", "users"})


class UnknownSchema(RuntimeError):
    """The database has some of the product's tables but no migration version: it cannot be adopted."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind `engine` to `revision` (default: the newest)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables and tables & BASELINE_TABLES:
            if not BASELINE_TABLES <= tables:
                raise UnknownSchema(f"the database has tables from before migrations but lacks "
                                    f"{sorted(BASELINE_TABLES - tables)}; back it up and migrate it by hand")
            command.stamp(alembic_config(connection), BASELINE_REVISION)
            connection.commit()
        command.upgrade(alembic_config(connection), revision)
        connection.commit()


def main(argv: list[str] | None = None) -> int:
    from storage.db import Database

    parser = argparse.ArgumentParser(prog="python -m storage.migrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if the database is not at the newest schema")
    args = parser.parse_args(argv)
    db = Database()
    try:
        current, head = current_revision(db.engine), head_revision()
        if args.check:
            print(f"database at {current or 'no schema'}; newest {head}")
            return 0 if current == head else 1
        db.create_schema()
        print(f"database migrated: {current or 'no schema'} -> {head}")
        return 0
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
