"""Practice sessions in the database: every turn committed as it happens, resumable, no lost or
duplicated turns."""

import pytest
from fakes import fake_score

from simulator import ReplyError
from storage.db import Database
from storage.models import Turn
from storage.practice import ConcurrentReply, PracticeService
from test_engine import GOOD


def test_turns_are_committed_one_by_one(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    started = service.start(cashflow_zh, user_id=1, seed=5)
    service.reply(started.id, cashflow_zh, GOOD[0])
    row = service.get(started.id)
    assert row.turn_count == 1 and row.outcome is None
    assert [t.reply for t in row.turns] == [GOOD[0]]
    assert row.turns[0].moves == ["identify", "verify"]
    assert row.turns[0].borrower_line


def test_finished_session_has_outcome_score_and_feedback(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh, seed=5).id
    for reply in GOOD:
        service.reply(sid, cashflow_zh, reply)
    row = service.get(sid)
    assert row.outcome == "agreement" and row.ended_at is not None
    assert row.score == 100 and row.passed is True
    assert row.rubric["feedback"]
    assert [t.index for t in row.turns] == [1, 2, 3, 4]


def test_a_new_process_resumes_where_the_last_one_stopped(tmp_path, cashflow_zh):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    first = Database(url)
    first.create_schema()
    sid = PracticeService(first, scorer=fake_score).start(cashflow_zh, seed=9).id
    PracticeService(first, scorer=fake_score).reply(sid, cashflow_zh, GOOD[0])
    PracticeService(first, scorer=fake_score).reply(sid, cashflow_zh, GOOD[1])
    first.dispose()  # the server dies here

    second = Database(url)
    service = PracticeService(second, scorer=fake_score)
    assert service.get(sid).turn_count == 2
    service.reply(sid, cashflow_zh, GOOD[2])
    service.reply(sid, cashflow_zh, GOOD[3])
    assert service.get(sid).outcome == "agreement"


def test_refused_reply_writes_nothing(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    with pytest.raises(ReplyError):
        service.reply(sid, cashflow_zh, "   ")
    assert service.get(sid).turn_count == 0


def test_two_replies_from_the_same_state_cannot_both_land(db, cashflow_zh):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    stale = service.resume(sid, cashflow_zh)  # a second tab read the session
    service.reply(sid, cashflow_zh, GOOD[0])
    stale_result = stale.respond(GOOD[0])
    # the stale tab now tries to write its turn 1 through the service's guarded path
    from sqlalchemy import update

    from storage.models import PracticeSession

    with db.transaction() as tx:
        changed = tx.execute(update(PracticeSession).where(PracticeSession.id == sid, PracticeSession.turn_count == 0)
                             .values(turn_count=stale_result.turn)).rowcount
    assert changed == 0
    with db.transaction() as tx:
        assert tx.query(Turn).filter_by(session_id=sid).count() == 1


def test_concurrent_reply_is_reported(db, cashflow_zh, monkeypatch):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    original = service.resume

    def resume_then_someone_else_replies(session_id, scenario):
        sim = original(session_id, scenario)
        PracticeService(db, scorer=fake_score).reply(session_id, scenario, "嗯")
        return sim

    monkeypatch.setattr(service, "resume", resume_then_someone_else_replies)
    with pytest.raises(ConcurrentReply):
        service.reply(sid, cashflow_zh, GOOD[0])
    assert service.get(sid).turn_count == 1


def test_a_reply_written_for_an_earlier_turn_is_refused(db, cashflow_zh):
    # Two tabs show turn 0; the first answers. The second tab's reply was written to the opening
    # line, which is no longer the borrower's last line: refused, nothing stored.
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh).id
    service.reply(sid, cashflow_zh, GOOD[0], expected_turn=0)
    with pytest.raises(ConcurrentReply, match="another tab"):
        service.reply(sid, cashflow_zh, GOOD[0], expected_turn=0)
    assert service.get(sid).turn_count == 1
    assert service.reply(sid, cashflow_zh, GOOD[1], expected_turn=1).turn == 2
