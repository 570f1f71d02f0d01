import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("COLLECTOR_BCRYPT_ROUNDS", "4")  # password hashing at test speed


@pytest.fixture
def library():
    from scenarios import load_library

    return load_library()


@pytest.fixture
def cashflow_zh(library):
    return library.get("cashflow-instalment", "zh")


@pytest.fixture
def db(tmp_path):
    from storage.db import Database

    database = Database(f"sqlite:///{tmp_path / 'test.db'}")
    database.create_schema()
    yield database
    database.dispose()
