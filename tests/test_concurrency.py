"""50 trainees at once, on each database, through the same PracticeService the app uses.

Every trainee has two browser tabs (two threads) open on the same account: both race for exam
attempts, then both keep replying to the same call, each reading the call, scoring its reply and
writing the turn, so every turn and every counter is written under contention. Afterwards the
database must hold exactly the turns the tabs were told were saved (none lost, none twice, none
from nowhere), every call that was seen to end has its outcome and score, the exam attempt counter
equals the exams started and the limit, and certification reflects the exams passed. The fake
scorer keeps it fast; python -m storage.bench measures the real one.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field

from fakes import fake_score
from sqlalchemy import select
from test_engine import GOOD

from progress.certification import Policy, evaluate
from progress.queries import ProgressQueries
from simulator import SessionEnded
from storage.accounts import AccountService
from storage.accounts_tables import ExamAttempt
from storage.models import PracticeSession, Turn
from storage.practice import ConcurrentReply, ExamAttemptsUsed, PracticeService

TRAINEES = 50
TABS = 2
TURNS_EACH = 20
EXAM_LIMIT = 3
EXAM_TRIES_PER_TAB = 3  # 6 tries for 3 attempts: half must be refused
# Practice calls: idle and poor replies mixed with good ones, so calls run long and end in every way.
PRACTICE_SCRIPT = ["嗯", GOOD[0], "你必须今天还钱", GOOD[1], "嗯嗯", "好的", GOOD[2], "今天必须还", "哦"]
POLICY = Policy(required_scenarios=("cashflow-instalment",), other_scenarios=0, min_score=80,
                exam_attempts_per_scenario=EXAM_LIMIT)


@dataclass
class Trainee:
    account: object
    lock: threading.Lock = field(default_factory=threading.Lock)
    exams: list[int] = field(default_factory=list)  # exam sessions started, still to play
    exams_refused: int = 0
    session_id: int | None = None
    saved: list[tuple[int, int, str]] = field(default_factory=list)  # (session, turn, reply) the tabs were told
    ended: dict[int, str] = field(default_factory=dict)  # session -> outcome the tabs saw
    conflicts: int = 0
    errors: list[BaseException] = field(default_factory=list)


def _next_session(trainee: Trainee, service: PracticeService, scenario, finished: int | None) -> None:
    """Move this trainee to their next call (compare-and-set, so two tabs seeing the same call end
    start only one): the exams they claimed first, then practice."""
    with trainee.lock:
        if trainee.session_id != finished:
            return
        trainee.session_id = (trainee.exams.pop(0) if trainee.exams
                              else service.start(scenario, user_id=trainee.account.id, mode="practice").id)


def _tab(trainee: Trainee, db, scenario, barrier: threading.Barrier) -> None:
    service = PracticeService(db, scorer=fake_score, exam_attempt_limit=EXAM_LIMIT)
    uid = trainee.account.id
    try:
        barrier.wait()
        for _ in range(EXAM_TRIES_PER_TAB):
            try:
                started = service.start(scenario, user_id=uid, mode="exam")
            except ExamAttemptsUsed:
                with trainee.lock:
                    trainee.exams_refused += 1
            else:
                with trainee.lock:
                    trainee.exams.append(started.id)
        _next_session(trainee, service, scenario, None)
        while True:
            with trainee.lock:
                if len(trainee.saved) >= TURNS_EACH:
                    return
                sid = trainee.session_id
            sim = service.resume(sid, scenario, user_id=uid)  # what this tab shows
            if sim.ended:
                _next_session(trainee, service, scenario, sid)
                continue
            exam = sid not in trainee.ended and service.get(sid, user_id=uid).mode == "exam"
            script = GOOD if exam else PRACTICE_SCRIPT
            try:
                # The reply is written for the turn this tab shows; if another tab answered it first,
                # the reply is refused (as the app does), not applied to a turn it was not meant for.
                result = service.reply(sid, scenario, script[sim.session.turn % len(script)], user_id=uid,
                                       expected_turn=sim.session.turn)
            except (ConcurrentReply, SessionEnded):
                with trainee.lock:
                    trainee.conflicts += 1
                continue
            with trainee.lock:
                trainee.saved.append((sid, result.turn, result.reply))
                if result.ended:
                    trainee.ended[sid] = result.outcome
    except BaseException as exc:  # reported by the test, not lost in a thread
        trainee.errors.append(exc)


def test_fifty_trainees_at_once_lose_and_duplicate_nothing(db, cashflow_zh):
    accounts = AccountService(db, demo=False)
    trainees = [Trainee(accounts.create_user(None, f"load{i:02d}", "load-password-1", "trainee"))
                for i in range(TRAINEES)]
    barrier = threading.Barrier(TRAINEES * TABS)
    threads = [threading.Thread(target=_tab, args=(tr, db, cashflow_zh, barrier), daemon=True)
               for tr in trainees for _ in range(TABS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not any(thread.is_alive() for thread in threads), "a tab never finished"
    errors = [e for tr in trainees for e in tr.errors]
    assert not errors, f"{len(errors)} tabs failed, first: {errors[0]!r}"

    with db.transaction() as tx:
        turns = tx.execute(select(Turn.session_id, Turn.index, Turn.reply)).all()
        sessions = {s.id: s for s in tx.scalars(select(PracticeSession))}
        attempts = {a.user_id: a.used for a in tx.scalars(select(ExamAttempt))}

    assert sum(tr.conflicts for tr in trainees) > 0  # the tabs did collide: the guard was exercised
    saved = [entry for tr in trainees for entry in tr.saved]
    assert all(len(tr.saved) >= TURNS_EACH for tr in trainees)
    assert len(saved) == len(set(saved)), "a turn was reported saved twice"
    assert Counter((s, i) for s, i, _ in turns).most_common(1)[0][1] == 1, "a turn index was stored twice"
    assert sorted(turns) == sorted(saved), "the stored turns differ from the turns the tabs were told were saved"
    for sid, row in sessions.items():  # every session's turns are 1..turn_count, and turn_count agrees
        indexes = sorted(i for s, i, _ in turns if s == sid)
        assert indexes == list(range(1, row.turn_count + 1)), f"session {sid} has turns {indexes}"
        assert row.sim_state["session"]["turn"] == row.turn_count, f"session {sid}: saved state is of another turn"

    ended = {sid: outcome for tr in trainees for sid, outcome in tr.ended.items()}
    for sid, row in sessions.items():
        if sid in ended:
            assert row.outcome == ended[sid] and row.ended_at is not None and row.score is not None
        else:
            assert row.outcome is None and row.score is None

    for tr in trainees:
        uid = tr.account.id
        exams = [s for s in sessions.values() if s.user_id == uid and s.mode == "exam"]
        assert attempts[uid] == len(exams) == EXAM_LIMIT, f"trainee {uid}: counter {attempts[uid]}, {len(exams)} exams"
        assert tr.exams_refused == TABS * EXAM_TRIES_PER_TAB - EXAM_LIMIT

    # Certification is read from what was stored: every exam a tab saw end in agreement with a
    # pass counts, and no trainee is certified without one.
    queries = ProgressQueries(db)
    certified = 0
    for tr in trainees:
        status = evaluate(POLICY, queries.sessions(tr.account))
        passed_exam = any(ended.get(s.id) == "agreement" and s.score >= POLICY.min_score and s.passed
                          for s in sessions.values() if s.user_id == tr.account.id and s.mode == "exam"
                          and s.id in ended)
        assert status.certified == passed_exam
        certified += status.certified
    assert certified == TRAINEES  # the exams were played with the good script: everyone passed
