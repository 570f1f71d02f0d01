"""PostgreSQL for the tests: find the server, give a test run a schema of its own, empty it
between tests.

The tests look for PostgreSQL at 127.0.0.1:5432, database `test`, trust authentication, user
`root` or `postgres` (override with COLLECTOR_TEST_POSTGRES_URL, a SQLAlchemy URL). Where none
answers, the PostgreSQL variants of the database tests are skipped with the reason, and the run's
summary says so.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

CANDIDATES = ("postgresql+psycopg://root@127.0.0.1:5432/test", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CONNECT_TIMEOUT_S = 3


def _probe() -> tuple[str | None, str]:
    import psycopg

    urls = [os.environ["COLLECTOR_TEST_POSTGRES_URL"]] if os.environ.get("COLLECTOR_TEST_POSTGRES_URL") else CANDIDATES
    problems = []
    for url in urls:
        u = make_url(url)
        try:
            with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, password=u.password,
                                 dbname=u.database, connect_timeout=CONNECT_TIMEOUT_S):
                return url, ""
        except psycopg.Error as exc:
            problems.append(f"{u.render_as_string(hide_password=True)}: {str(exc).strip().splitlines()[0]}")
    return None, "no PostgreSQL server answered (" + "; ".join(problems) + ")"


POSTGRES_URL, POSTGRES_SKIP_REASON = _probe()


def postgres_summary() -> str:
    if POSTGRES_URL is None:
        return f"PostgreSQL tests skipped: {POSTGRES_SKIP_REASON}"
    return f"PostgreSQL tests ran against {make_url(POSTGRES_URL).render_as_string(hide_password=True)}"


def with_search_path(url: str, schema: str) -> str:
    return make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@contextmanager
def fresh_schema() -> Iterator[str]:
    """A new schema, migrated to the newest revision; yields a URL whose connections use it."""
    from storage.db import Database

    assert POSTGRES_URL is not None
    schema = f"pytest_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        _drop_schemas_of_dead_runs(conn)
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = with_search_path(POSTGRES_URL, schema)
    database = Database(url)
    try:
        database.create_schema()
        database.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _drop_schemas_of_dead_runs(conn) -> None:
    """A run that was killed leaves its schema behind; drop those whose process is gone."""
    for (name,) in conn.execute(text("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pytest\\_%'")):
        try:
            os.kill(int(name.split("_")[1]), 0)
        except ProcessLookupError:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        except (ValueError, IndexError, PermissionError):
            continue


_ENGINES: dict = {}


def empty_tables(url: str) -> None:
    """Remove every row (not the migration version) and restart the ids, in one statement."""
    engine = _ENGINES.get(url) or _ENGINES.setdefault(url, create_engine(url))
    with engine.begin() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'alembic_version'"))]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
