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
    return create_engine(url, pool_pre_ping=True)


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
