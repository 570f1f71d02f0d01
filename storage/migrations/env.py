"""Alembic's entry point for this product: migrates the database the app uses.

With a connection handed over in `config.attributes["connection"]` (storage.migrate does this when
the app or the tests create the schema) it migrates that connection; from the command line
(`alembic upgrade head`) it connects to DATABASE_URL / the SQLite file like the app.
On PostgreSQL an advisory lock makes servers that start at once migrate one after the other.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import text

from storage.db import database_url, make_engine
from storage.models import Base

MIGRATION_LOCK = "collector-trainer-migrations"
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": MIGRATION_LOCK})
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:  # called by the app: leave its logging alone
        _run(connection)
        return
    if context.config.config_file_name:  # the alembic command: log each step (alembic.ini)
        fileConfig(context.config.config_file_name, disable_existing_loggers=False)
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
