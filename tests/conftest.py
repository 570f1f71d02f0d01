import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("COLLECTOR_BCRYPT_ROUNDS", "4")  # password hashing at test speed


@pytest.fixture(scope="session")
def _parsed_library():
    from scenarios import load_library

    return load_library()  # parsing the YAML files is the slow part: once per test run


@pytest.fixture
def library(_parsed_library):
    from scenarios.loader import Library

    # Each test gets its own copies, so a test that changes a scenario cannot affect another.
    return Library({key: sc.model_copy(deep=True) for key, sc in _parsed_library.scenarios.items()},
                   list(_parsed_library.errors))


@pytest.fixture
def cashflow_zh(library):
    return library.get("cashflow-instalment", "zh")


# ---- the database: every test that takes `db` runs on SQLite and on PostgreSQL ----------------
from pg_support import POSTGRES_SKIP_REASON, POSTGRES_URL, postgres_summary  # noqa: E402

DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    POSTGRES_URL is None, reason=f"PostgreSQL tests skipped: {POSTGRES_SKIP_REASON}"))]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """An SQLite file migrated to the newest schema once; each test gets a copy of it."""
    from storage.db import Database

    path = tmp_path_factory.mktemp("schema") / "template.db"
    template = Database(f"sqlite:///{path}")
    template.create_schema()
    template.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture(scope="session")
def postgres_schema_url():
    """A schema of its own in the test database for this test run, migrated to the newest schema
    once and dropped at the end (so runs on one server never meet)."""
    from pg_support import fresh_schema

    with fresh_schema() as url:
        yield url


@pytest.fixture(params=DATABASES)
def db(request, tmp_path):
    import shutil

    from storage.db import Database

    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        database = Database(f"sqlite:///{path}")
    else:
        from pg_support import empty_tables

        url = request.getfixturevalue("postgres_schema_url")
        empty_tables(url)  # every test starts from empty tables and ids from 1
        database = Database(url)
    yield database
    database.dispose()


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(postgres_summary())
