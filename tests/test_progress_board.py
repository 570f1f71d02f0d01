"""The boards as data: cohort table, heatmap, scenario statistics, the trainee's scenarios left to
pass and the recommended next scenario."""

import pytest
from progress_seed import add_session, seed_people

from progress.board import ProgressService
from progress.certification import Policy
from progress.queries import Filters
from progress.recommend import focus, recommend, weakness
from scenarios import load_library

POLICY = Policy(required_scenarios=("cashflow-instalment",), other_scenarios=1, min_score=80)


@pytest.fixture
def world(db):
    people = seed_people(db)
    add_session(db, people["alice"], "cashflow-instalment", mode="exam", day=0)  # 100, qualifies
    add_session(db, people["alice"], "job-loss", mode="exam", flags=[["privacy"], [], []], day=1)  # fails: privacy
    add_session(db, people["alice"], "job-loss", mode="exam", day=9)  # qualifies: certified on day 9
    add_session(db, people["bob"], "job-loss", flags=[["insult"], ["insult"], [], []], day=2, outcome="hang_up")
    add_session(db, people["bob"], "job-loss", outcome=None, day=3, flags=[[]])  # still running
    return people, ProgressService(db, POLICY, load_library())


def test_cohort_table_counts_scores_and_certification(world):
    people, service = world
    board = service.team_board(people["trainer_a"])
    table = board.cohort_table.set_index("username")
    assert table.loc["alice", "attempts"] == 3 and table.loc["alice", "exams"] == 3
    assert table.loc["alice", "best_score"] == 100 and table.loc["alice", "latest_score"] == 100
    assert table.loc["alice", "certification"] == "certified" and table.loc["alice", "certified_on"] == "2026-11-11"
    assert table.loc["bob", "certification"] == "not_started"
    assert table.loc["bob", "missing"] == "cashflow-instalment, +1"
    assert table.loc["bob", "latest_score"] < 80 and table.loc["bob", "attempts"] == 2


def test_certification_ignores_the_date_filter(world):
    import datetime

    people, service = world
    board = service.team_board(people["trainer_a"], Filters(date_to=datetime.date(2026, 11, 3)))
    table = board.cohort_table.set_index("username")
    assert table.loc["alice", "attempts"] == 2  # the day-9 exam is outside the dates shown
    assert table.loc["alice", "certification"] == "certified"  # but still counts for certification


def test_heatmap_and_scenario_statistics(world):
    people, service = world
    board = service.team_board(people["trainer_a"])
    heat = board.heatmap.set_index(["label"]).query("count > 0")
    assert set(heat.index) == {"privacy", "insult"}
    assert heat.loc["insult", "count"] == 2
    assert {str(w.date()) for w in board.heatmap["week"]} == {"2026-11-02", "2026-11-09"}
    stats = board.scenario_stats.set_index("scenario")
    assert stats.loc["job-loss", "attempts"] == 4 and stats.loc["job-loss", "finished"] == 3
    assert stats.loc["job-loss", "pass_rate"] == pytest.approx(1 / 3, abs=0.001)


def test_trainee_board_lists_what_is_left_and_recommends(world):
    people, service = world
    board = service.trainee_board(people["bob"], "zh")
    assert "cashflow-instalment" in board.still_to_pass and "job-loss" in board.still_to_pass
    assert board.recommendation is not None and board.recommendation.scenario_id in board.still_to_pass
    assert "violation:insult" in board.recommendation.because
    scenarios = board.scenarios.set_index("scenario")
    assert scenarios.loc["cashflow-instalment", "required"] and scenarios.loc["job-loss", "exams_left"] == 3
    alice = service.trainee_board(people["alice"], "zh")
    assert "cashflow-instalment" not in alice.still_to_pass and alice.certification.certified


def test_recommendation_follows_the_weakest_points(library, db):
    people = seed_people(db)
    from progress.queries import ProgressQueries

    # many privacy breaches and never verifying the person: a third-party scenario fits best
    for day in range(3):
        add_session(db, people["alice"], "cashflow-instalment", flags=[["privacy"], ["privacy"], []], day=day,
                    moves=["identify", "ask_situation", "offer_plan", "ask_commitment"], outcome="complaint")
    sessions = ProgressQueries(db).sessions(people["alice"])
    weak = weakness(sessions)
    assert max(weak, key=weak.get) == "violation:privacy" and "move:verify" in weak
    zh = [s for s in library.listing() if s.lang == "zh"]
    rec = recommend(sessions, zh, passed=set())
    assert library.get(rec.scenario_id, "zh").opening.answered_by == "third_party"
    assert rec.because[0] == "violation:privacy"
    # with no history: the easiest required scenario
    first = recommend([], zh, passed=set(), required=["pressure-avoidance", "cashflow-instalment"])
    assert first.scenario_id == "cashflow-instalment" and first.because == ()


def test_focus_is_a_distribution(library):
    for scenario in library.listing():
        weights = focus(scenario)
        assert weights and abs(sum(weights.values()) - 1) < 1e-9
