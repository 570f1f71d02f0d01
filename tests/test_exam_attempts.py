"""Exam mode: attempts are limited per trainee and scenario, claimed atomically, and a trainee's
session can be read and answered only by that trainee."""

import threading

import pytest
from fakes import fake_score
from test_engine import GOOD

from storage.practice import ExamAttemptsUsed, PracticeService, SessionNotFound


def test_exam_attempts_are_limited_per_scenario(db, cashflow_zh, library):
    service = PracticeService(db, scorer=fake_score, exam_attempt_limit=2)
    for _ in range(2):
        service.start(cashflow_zh, user_id=7, mode="exam")
    assert service.exam_attempts_left(7, cashflow_zh.id) == 0
    with pytest.raises(ExamAttemptsUsed):
        service.start(cashflow_zh, user_id=7, mode="exam")
    with pytest.raises(ExamAttemptsUsed):
        service.start(library.get("cashflow-instalment", "en"), user_id=7, mode="exam")  # same scenario, other language
    service.start(cashflow_zh, user_id=7, mode="practice")  # practice stays open
    service.start(cashflow_zh, user_id=8, mode="exam")  # another trainee has their own attempts
    service.start(library.get("job-loss", "zh"), user_id=7, mode="exam")
    assert service.exam_attempts_left(8, cashflow_zh.id) == 1


def test_exam_needs_a_signed_in_trainee_and_a_known_mode(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score, exam_attempt_limit=2)
    with pytest.raises(ValueError):
        service.start(cashflow_zh, mode="exam")
    with pytest.raises(ValueError):
        service.start(cashflow_zh, user_id=1, mode="quiz")


def test_concurrent_exam_starts_never_exceed_the_limit(db, cashflow_zh):
    limit, tries = 3, 8
    started, refused = [], []
    barrier = threading.Barrier(tries)

    def attempt():
        service = PracticeService(db, scorer=fake_score, exam_attempt_limit=limit)
        barrier.wait()
        try:
            started.append(service.start(cashflow_zh, user_id=42, mode="exam").id)
        except ExamAttemptsUsed:
            refused.append(1)

    threads = [threading.Thread(target=attempt) for _ in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(started) == limit and len(refused) == tries - limit
    from storage.models import PracticeSession

    with db.transaction() as tx:
        assert tx.query(PracticeSession).filter_by(user_id=42, mode="exam").count() == limit


def test_a_session_is_read_and_answered_only_by_its_owner(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh, user_id=1).id
    with pytest.raises(SessionNotFound):
        service.get(sid, user_id=2)
    with pytest.raises(SessionNotFound):
        service.reply(sid, cashflow_zh, GOOD[0], user_id=2)
    service.reply(sid, cashflow_zh, GOOD[0], user_id=1)
    assert service.get(sid, user_id=1).turn_count == 1
