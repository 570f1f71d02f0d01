"""Access is enforced where the record is read: a trainee reads only their own sessions; trainers
and HR read only the cohorts they are assigned to; an admin reads no practice record."""

import pytest
from progress_seed import add_session, seed_people

from progress.board import ProgressService
from progress.certification import load_policy
from progress.queries import Filters, ProgressQueries
from scenarios import load_library
from storage.access import AccessDenied
from storage.practice import SessionNotFound


@pytest.fixture
def world(db):
    people = seed_people(db)
    sessions = {
        "alice": add_session(db, people["alice"], "cashflow-instalment", flags=[[], ["insult"], [], []]),
        "bob": add_session(db, people["bob"], "job-loss", day=1),
        "carol": add_session(db, people["carol"], "cashflow-instalment", day=2, flags=[["privacy"], [], []]),
    }
    return people, sessions


def test_trainee_reads_only_their_own_sessions(db, world):
    people, sessions = world
    queries = ProgressQueries(db)
    assert [s.id for s in queries.sessions(people["alice"])] == [sessions["alice"]]
    assert queries.session(people["alice"], sessions["alice"]).summary.trainee == "Alice"
    for other in ("bob", "carol"):
        with pytest.raises(SessionNotFound):
            queries.session(people["alice"], sessions[other])
    with pytest.raises(AccessDenied):
        queries.sessions(people["alice"], Filters(trainee_id=people["bob"].id))
    assert [summary.user_id for summary, _ in queries.flagged_turns(people["alice"])] == [people["alice"].id]


def test_unknown_and_forbidden_sessions_look_the_same(db, world):
    people, sessions = world
    queries = ProgressQueries(db)
    with pytest.raises(SessionNotFound) as forbidden:
        queries.session(people["alice"], sessions["carol"])
    with pytest.raises(SessionNotFound) as missing:
        queries.session(people["alice"], 999_999)
    assert str(forbidden.value).replace(str(sessions["carol"]), "N") == str(missing.value).replace("999999", "N")


def test_trainer_and_hr_read_only_their_cohorts(db, world):
    people, sessions = world
    queries = ProgressQueries(db)
    for who in ("trainer_a", "hr"):
        assert {s.id for s in queries.sessions(people[who])} == {sessions["alice"], sessions["bob"]}
        with pytest.raises(SessionNotFound):
            queries.session(people[who], sessions["carol"])
        with pytest.raises(AccessDenied):
            queries.sessions(people[who], Filters(cohort_id=people["cohort_b"]))
    assert [s.id for s in queries.sessions(people["trainer_b"])] == [sessions["carol"]]
    assert set(queries.cohorts(people["trainer_a"]).values()) == {"Cohort A"}


def test_moving_a_trainee_moves_who_can_read_them(db, world):
    from storage.accounts import AccountService

    people, sessions = world
    AccountService(db, demo=False).set_cohort(people["admin"], people["bob"].id, people["cohort_b"])
    queries = ProgressQueries(db)
    assert {s.id for s in queries.sessions(people["trainer_b"])} == {sessions["bob"], sessions["carol"]}
    assert {s.id for s in queries.sessions(people["trainer_a"])} == {sessions["alice"]}


def test_admin_reads_no_practice_record(db, world):
    people, sessions = world
    queries = ProgressQueries(db)
    assert queries.sessions(people["admin"]) == []
    with pytest.raises(SessionNotFound):
        queries.session(people["admin"], sessions["alice"])
    service = ProgressService(db, load_policy(), load_library())
    with pytest.raises(AccessDenied):
        service.team_board(people["admin"])
    with pytest.raises(AccessDenied):
        service.trainee_board(people["admin"], "zh")


def test_boards_are_role_bound(db, world):
    people, _ = world
    service = ProgressService(db, load_policy(), load_library())
    with pytest.raises(AccessDenied):
        service.team_board(people["alice"])
    with pytest.raises(AccessDenied):
        service.trainee_board(people["trainer_a"], "zh")
    board = service.team_board(people["trainer_a"])
    assert set(board.cohort_table["username"]) == {"alice", "bob"}
    assert "carol" not in board.sessions_table.to_csv()


def test_running_exam_hides_flags_and_coaching_from_its_trainee_only(db, world):
    people, _ = world
    running = add_session(db, people["alice"], "job-loss", mode="exam", flags=[["insult"], []], outcome=None, day=3)
    queries = ProgressQueries(db)
    mine = queries.session(people["alice"], running)
    assert mine.summary.flags_hidden and all(not t.flags and t.coaching is None for t in mine.turns)
    assert all(s.id != running for s, _ in queries.flagged_turns(people["alice"]))
    trainer_view = queries.session(people["trainer_a"], running)
    assert [f.label for f in trainer_view.turns[0].flags] == ["insult"]
