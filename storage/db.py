"""Database engine and transactions.

`DATABASE_URL` selects the database; without it the product uses an SQLite file under var/
(override the file with `COLLECTOR_DB_PATH`). SQLite runs in WAL mode with a busy timeout, and every
transaction begins IMMEDIATE: pysqlite otherwise begins transactions only at the first write, which
silently loses read-modify-write updates under concurrency.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_PATH = Path(__file__).resolve().parents[1] / "var" / "collector-trainer.db"
SQLITE_BUSY_TIMEOUT_MS = 15000
PG_CONNECT_TIMEOUT_S = 5


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached; the message is safe to show to a user."""


def database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    path = Path(os.environ.get("COLLECTOR_DB_PATH", DEFAULT_DB_PATH))
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            if ":memory:" not in url:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql"):
        return _postgres_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _postgres_engine(url: str) -> Engine:
    # Check each pooled connection before use, so a restarted server
    # costs no failed request; give up connecting after a few seconds, so a server that is down gives
    # a message, not a page that hangs. Pool size per process: COLLECTOR_DB_POOL_SIZE (default 5).
    connect_args = {} if "connect_timeout" in url else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args,
                           pool_size=int(os.environ.get("COLLECTOR_DB_POOL_SIZE", "5")), max_overflow=10)

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _without_nul(conn, cursor, statement, parameters, context, executemany):
        # PostgreSQL text cannot hold NUL characters (SQLite can): anything typed with one (a
        # username, a comment, a scenario) would fail with an error instead of being saved or found.
        return statement, _strip_nul(parameters)

    return engine


def _strip_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _strip_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_strip_nul(v) for v in value)
    return value


class Database:
    """One engine and its session factory; `transaction()` commits or rolls back as a unit."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def create_schema(self) -> None:
        """Bring the database to the newest schema by running the migrations (storage/migrations)."""
        from storage.migrate import upgrade

        try:
            upgrade(self.engine)
        except OperationalError as exc:
            raise DatabaseUnavailable(_unavailable_message(exc)) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise DatabaseUnavailable(_unavailable_message(exc)) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _unavailable_message(exc: Exception) -> str:
    return f"The database is not available right now ({type(exc.orig if hasattr(exc, 'orig') else exc).__name__}). Nothing was lost; try again in a moment."
