"""Disputes: a trainee disputes a flag on their own turn; a trainer of their cohort upholds or
overturns it; the original score stays visible; every step is in the audit log."""

import pytest
from progress_seed import add_session, seed_people

from progress.certification import Policy, evaluate
from progress.disputes import DisputeError, DisputeService
from progress.queries import ProgressQueries
from storage.access import AccessDenied
from storage.audit import read_log
from storage.practice import SessionNotFound


@pytest.fixture
def world(db):
    people = seed_people(db)
    sid = add_session(db, people["alice"], "cashflow-instalment", mode="exam", flags=[[], ["threat"], [], []])
    detail = ProgressQueries(db).session(people["alice"], sid)
    return people, sid, detail.turns[1].id


def test_overturned_flag_rescores_and_keeps_the_original(db, world):
    people, sid, turn_id = world
    queries, disputes = ProgressQueries(db), DisputeService(db)
    before = queries.session(people["alice"], sid).summary
    assert before.violations == {"threat": 1} and not before.passed and before.score == 75

    dispute = disputes.open(people["alice"], turn_id, "threat", "I said the bank would call back, not a threat")
    assert [d["id"] for d in disputes.open_disputes(people["trainer_a"])] == [dispute]
    disputes.decide(people["trainer_a"], dispute, "overturned", "agreed, the model misread it")

    after = queries.session(people["trainer_a"], sid)
    assert after.summary.original_score == 75 and after.summary.score == 100 and after.summary.passed
    assert after.summary.revised and after.summary.violations == {}
    flag = after.turns[1].flags[0]
    assert flag.overturned and flag.dispute.status == "overturned" and flag.dispute.score_before == 75
    assert flag.dispute.score_after == 100
    # the overturned threat no longer blocks certification
    policy = Policy(required_scenarios=("cashflow-instalment",), other_scenarios=0)
    assert evaluate(policy, queries.sessions(people["alice"])).certified

    log = read_log(db, people["admin"])
    decided = next(r for r in log if r.action == "dispute_overturned")
    assert decided.actor == "trainer_a" and decided.detail["original_score"] == 75 and decided.detail["score_after"] == 100
    assert any(r.action == "dispute_opened" and r.actor == "alice" for r in log)


def test_upheld_flag_keeps_the_score(db, world):
    people, sid, turn_id = world
    disputes = DisputeService(db)
    dispute = disputes.open(people["alice"], turn_id, "threat", "not fair")
    disputes.decide(people["trainer_a"], dispute, "upheld", "it reads as a threat")
    summary = ProgressQueries(db).session(people["alice"], sid).summary
    assert summary.score == summary.original_score == 75 and summary.violations == {"threat": 1}
    assert any(r.action == "dispute_upheld" for r in read_log(db, people["admin"]))
    with pytest.raises(DisputeError) as twice:
        disputes.decide(people["trainer_a"], dispute, "overturned")
    assert twice.value.key == "dispute_already_decided"


def test_who_may_dispute_and_decide(db, world):
    people, _, turn_id = world
    disputes = DisputeService(db)
    with pytest.raises(SessionNotFound):
        disputes.open(people["bob"], turn_id, "threat", "not my turn")  # another trainee's turn
    with pytest.raises(AccessDenied):
        disputes.open(people["trainer_a"], turn_id, "threat", "staff do not dispute")
    with pytest.raises(DisputeError):
        disputes.open(people["alice"], turn_id, "insult", "that flag is not there")
    with pytest.raises(DisputeError):
        disputes.open(people["alice"], turn_id, "threat", "   ")
    dispute = disputes.open(people["alice"], turn_id, "threat", "please look")
    with pytest.raises(DisputeError):
        disputes.open(people["alice"], turn_id, "threat", "again")
    for who in ("trainer_b", "hr", "alice"):  # another cohort's trainer; HR and trainees do not decide
        with pytest.raises(AccessDenied):
            disputes.decide(people[who], dispute, "overturned")
    assert disputes.open_disputes(people["trainer_b"]) == []


def test_running_session_cannot_be_disputed(db):
    people = seed_people(db)
    sid = add_session(db, people["alice"], "job-loss", flags=[["insult"]], outcome=None)
    turn_id = ProgressQueries(db).session(people["trainer_a"], sid).turns[0].id
    with pytest.raises(DisputeError) as err:
        DisputeService(db).open(people["alice"], turn_id, "insult", "wait")
    assert err.value.key == "dispute_after_end"
