"""Process-wide services for the pages, created once per server process."""

from __future__ import annotations

import streamlit as st

from scenarios.loader import load_library
from storage.db import Database
from storage.practice import PracticeService


@st.cache_resource
def database() -> Database:
    db = Database()
    db.create_schema()
    return db


def library():
    # Reloaded on each run so a scenario file fixed on disk shows up without a restart (cheap: a few files).
    return load_library()


@st.cache_resource
def _scorer():
    from scoring.scorer import default_scorer

    return default_scorer()


def practice() -> PracticeService:
    return PracticeService(database(), scorer=_scorer().score)
