"""The certification policy: loading, validation, and evaluation (passes, fails, edge cases)."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest

from progress.certification import Policy, PolicyError, evaluate, load_policy, policy_from_dict, qualifies

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
POLICY = Policy(required_scenarios=("cashflow-instalment", "pressure-avoidance"), other_scenarios=2, min_score=80)


@dataclass
class Rec:
    scenario_id: str
    score: int | None = 90
    mode: str = "exam"
    passed: bool | None = True
    day: int = 0
    violations: dict = field(default_factory=dict)
    finished: bool = True

    @property
    def ended_at(self):
        return T0 + timedelta(days=self.day) if self.finished else None


def test_shipped_policy_file_loads_with_the_seed_scenarios():
    policy = load_policy()
    assert policy.required_scenarios == ("cashflow-instalment", "pressure-avoidance")
    assert policy.min_score == 80 and policy.other_scenarios >= 1
    assert {"threat", "deception", "privacy"} <= policy.disqualifying_violations
    assert policy.exam_attempts_per_scenario >= 1


def test_certified_when_required_and_n_others_pass_dated_by_the_completing_exam():
    records = [Rec("cashflow-instalment", day=1), Rec("job-loss", day=2), Rec("pressure-avoidance", day=5),
               Rec("student-borrower", day=7), Rec("amount-dispute", day=9)]
    status = evaluate(POLICY, records)
    assert status.certified and status.certified_at == T0 + timedelta(days=7)
    assert status.missing_required == [] and status.others_needed == 0 and status.state == "certified"


def test_missing_required_scenario_blocks_certification_however_many_others():
    records = [Rec("cashflow-instalment"), *(Rec(s) for s in ("job-loss", "student-borrower", "amount-dispute"))]
    status = evaluate(POLICY, records)
    assert not status.certified and status.missing_required == ["pressure-avoidance"]
    assert status.others_needed == 0 and status.state == "in_progress"


@pytest.mark.parametrize("spoiler", [
    Rec("pressure-avoidance", score=79),  # one point short
    Rec("pressure-avoidance", mode="practice"),  # practice never counts
    Rec("pressure-avoidance", passed=False),  # the call itself failed
    Rec("pressure-avoidance", violations={"threat": 1}),
    Rec("pressure-avoidance", violations={"deception": 1}),
    Rec("pressure-avoidance", violations={"privacy": 2}),
    Rec("pressure-avoidance", finished=False, score=None),  # still running
])
def test_an_exam_that_does_not_qualify_leaves_the_scenario_missing(spoiler):
    records = [Rec("cashflow-instalment"), Rec("job-loss"), Rec("student-borrower"), spoiler]
    status = evaluate(POLICY, records)
    assert not status.certified and status.missing_required == ["pressure-avoidance"]


def test_boundary_score_and_non_serious_flags_qualify():
    assert qualifies(POLICY, Rec("job-loss", score=80, violations={"insult": 1}))
    assert qualifies(POLICY, Rec("job-loss", score=80, violations={"threat": 0}))


def test_the_same_other_scenario_twice_counts_once():
    records = [Rec("cashflow-instalment"), Rec("pressure-avoidance"), Rec("job-loss"), Rec("job-loss", day=3)]
    status = evaluate(POLICY, records)
    assert not status.certified and status.passed_others == ["job-loss"] and status.others_needed == 1


def test_required_scenarios_do_not_count_as_others():
    records = [Rec("cashflow-instalment"), Rec("cashflow-instalment", day=1), Rec("pressure-avoidance")]
    assert evaluate(POLICY, records).others_needed == 2


def test_no_exams_is_not_started_and_attempts_are_counted():
    assert evaluate(POLICY, [Rec("job-loss", mode="practice")]).state == "not_started"
    status = evaluate(POLICY, [Rec("job-loss", score=10), Rec("job-loss", score=20)])
    assert status.exam_attempts == {"job-loss": 2} and status.attempts_left(POLICY, "job-loss") == 1


def test_policy_without_others_certifies_on_the_required_ones():
    policy = Policy(required_scenarios=("cashflow-instalment",), other_scenarios=0)
    status = evaluate(policy, [Rec("cashflow-instalment", day=4)])
    assert status.certified and status.certified_at == T0 + timedelta(days=4)


@pytest.mark.parametrize("bad", [
    {"certification": {"min_score": 120}},
    {"certification": {"other_scenarios": -1}},
    {"certification": {"disqualifying_violations": ["rudeness"]}},
    {"certification": {"required_scenarios": "cashflow-instalment"}},
    {"certification": {"min_scor": 80}},
    {"exam": {"attempts_per_scenario": 0}},
])
def test_a_bad_policy_is_refused_with_the_key_named(bad):
    with pytest.raises(PolicyError):
        policy_from_dict(bad)


def test_policy_file_errors_are_reported(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text("[certification\n", encoding="utf-8")
    with pytest.raises(PolicyError):
        load_policy(path)
    path.write_text('[certification]\nrequired_scenarios = ["job-loss"]\nother_scenarios = 1\n', encoding="utf-8")
    assert load_policy(path).required_scenarios == ("job-loss",)
