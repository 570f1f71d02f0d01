"""Process-wide services for the pages, created once per server process."""

from __future__ import annotations

import streamlit as st

from storage.db import Database
from storage.practice import PracticeService
from storage.scenario_store import ScenarioStore, StoredLibrary


@st.cache_resource
def database() -> Database:
    db = Database()
    db.create_schema()
    return db


@st.cache_resource
def _seeded_store(url: str, _db: Database) -> ScenarioStore:
    # Once per process and database: import the shipped files the database does not have yet.
    store = ScenarioStore(_db)
    store.seed_from_files()
    return store


def scenario_store(actor=None) -> ScenarioStore:
    """The scenario library in the database; actor: the signed-in account changes are made for."""
    db = database()
    seeded = _seeded_store(db.url, db)
    store = ScenarioStore(db, actor=actor)
    store.seed_errors = seeded.seed_errors
    return store


def library() -> StoredLibrary:
    """The active scenarios at their latest versions (read on each run, so a trainer's save shows at once)."""
    store = scenario_store()
    lib = store.library()
    lib.errors = store.seed_errors + lib.errors
    return lib


def session_scenario(session_id: int):
    """The scenario a practice session started on, at the version it was played on."""
    return scenario_store().for_session(session_id)[0]


def reply_scorer():
    """The scorer the authoring page test-plays and lints with."""
    return _scorer().score


@st.cache_resource
def _scorer():
    from scoring.scorer import default_scorer

    return default_scorer()


def practice() -> PracticeService:
    return PracticeService(database(), scorer=_scorer().score,
                           exam_attempt_limit=certification_policy().exam_attempts_per_scenario)


# ---- accounts, progress, certification (issue 6) ---------------------------------------------
def certification_policy():
    # Read on each run (a small file), so an edited policy applies without a restart.
    from progress.certification import load_policy

    return load_policy()


@st.cache_resource
def _demo_accounts_printed(url: str) -> bool:
    from storage.accounts import AccountService, demo_banner

    service = AccountService(database())
    if service.demo:
        print(demo_banner(service.ensure_demo_accounts()), flush=True)
    return service.demo


def exam_attempts_left(user_id: int, scenario_id: str) -> int | None:
    # Counting needs no scorer, so the model is not loaded just to show this.
    limit = certification_policy().exam_attempts_per_scenario
    return PracticeService(database(), exam_attempt_limit=limit).exam_attempts_left(user_id, scenario_id)


def accounts():
    from storage.accounts import AccountService

    _demo_accounts_printed(database().url)  # demo mode: the demo accounts exist before anyone signs in
    return AccountService(database())


def progress():
    from progress.board import ProgressService

    return ProgressService(database(), certification_policy(), library())


def progress_queries():
    from progress.queries import ProgressQueries

    return ProgressQueries(database())


def disputes():
    from progress.disputes import DisputeService

    return DisputeService(database())
