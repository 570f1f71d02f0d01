"""Seeded people and sessions for the progress, certification and board tests.

Sessions are written straight to the tables with a rubric computed by the real scorer's rubric
(scoring.rubric.score_session), so stored scores are the ones the product would have produced.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from scoring.rubric import score_session
from storage.accounts import AccountService
from storage.models import PracticeSession, Turn

ALL_MOVES = ["identify", "verify", "ask_situation", "empathize", "offer_plan", "ask_commitment"]
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)  # a Monday
PASSWORD = "correct-horse-1"


def seed_people(db) -> dict:
    """Two cohorts: A (alice, bob; trainer_a) and B (carol; trainer_b); hr reads A only."""
    accounts = AccountService(db, demo=False)
    admin = accounts.create_user(None, "root", PASSWORD, "admin")
    a = accounts.create_cohort(admin, "Cohort A")
    b = accounts.create_cohort(admin, "Cohort B")
    people = {"admin": admin, "cohort_a": a, "cohort_b": b}
    for name, role, cohort in [("alice", "trainee", a), ("bob", "trainee", a), ("carol", "trainee", b),
                               ("trainer_a", "trainer", None), ("trainer_b", "trainer", None), ("hr", "hr", None)]:
        people[name] = accounts.create_user(admin, name, PASSWORD, role, display_name=name.title(), cohort_id=cohort)
    accounts.set_staff_cohorts(admin, people["trainer_a"].id, [a])
    accounts.set_staff_cohorts(admin, people["trainer_b"].id, [b])
    accounts.set_staff_cohorts(admin, people["hr"].id, [a])
    return people


def add_session(db, user, scenario_id: str, *, mode: str = "practice", flags: list[list[str]] | None = None,
                outcome: str | None = "agreement", day: int = 0, lang: str = "zh", moves: list[str] | None = None) -> int:
    """flags: violation labels per turn (one list per turn); outcome None: the call is still running."""
    flags = flags if flags is not None else [[], [], [], []]
    moves = ALL_MOVES if moves is None else moves
    turns = []
    for n, labels in enumerate(flags, 1):
        turns.append(Turn(index=n, reply=f"reply {n} of {user.username}" + (" 老赖" if labels else ""), context="",
                          borrower_line=f"borrower line {n}", violations=list(labels), tone="neutral",
                          moves=moves if n == 1 else [], events=[],
                          evidence=[{"label": lb, "source": "model", "quote": "老赖", "rule": "rule"} for lb in labels],
                          probabilities={}, state={},
                          coaching={"moment": "listen", "model_reply": f"better reply {n}", "why": "because"} if labels else None))
    started = T0 + timedelta(days=day)
    row = PracticeSession(user_id=user.id, scenario_id=scenario_id, scenario_lang=lang, mode=mode, seed=1,
                          started_at=started, turn_count=len(turns), sim_state={"opening_line": "喂？"}, turns=turns)
    if outcome:
        rubric = score_session([{"violations": t.violations, "tone": t.tone, "moves": t.moves, "events": [],
                                 "evidence": t.evidence} for t in turns], outcome, lang)
        row.outcome, row.ended_at = outcome, started + timedelta(minutes=10)
        row.score, row.passed, row.rubric = rubric.score, rubric.passed, rubric.to_dict()
    with db.transaction() as tx:
        tx.add(row)
        tx.flush()
        return row.id
