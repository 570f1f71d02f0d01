"""The certification policy (config/certification.toml) and its evaluation for one trainee.

A trainee is certified once every required scenario and N other distinct scenarios have a
qualifying exam: mode exam, finished, score at least min_score, the call passed (when the policy
asks), and no disqualifying flag left standing after disputes. The date certified is the end of
the exam that completed the set.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Protocol

from scoring.labels import SERIOUS_VIOLATIONS, VIOLATIONS

DEFAULT_POLICY_PATH = Path(__file__).resolve().parents[1] / "config" / "certification.toml"


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the key at fault."""


@dataclass(frozen=True)
class Policy:
    required_scenarios: tuple[str, ...] = ("cashflow-instalment", "pressure-avoidance")
    other_scenarios: int = 2
    min_score: int = 80
    require_session_pass: bool = True
    disqualifying_violations: frozenset[str] = SERIOUS_VIOLATIONS
    exam_attempts_per_scenario: int | None = 3


def policy_path() -> Path:
    return Path(os.environ.get("COLLECTOR_CERT_POLICY", DEFAULT_POLICY_PATH))


def load_policy(path: Path | str | None = None) -> Policy:
    path = Path(path) if path else policy_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{path}: {exc}") from None
    return policy_from_dict(data, str(path))


def policy_from_dict(data: dict, source: str = "<policy>") -> Policy:
    cert, exam = data.get("certification", {}), data.get("exam", {})
    unknown = (set(cert) - {"required_scenarios", "other_scenarios", "min_score", "require_session_pass",
                            "disqualifying_violations"}) | (set(exam) - {"attempts_per_scenario"})
    if unknown:
        raise PolicyError(f"{source}: unknown key(s) {sorted(unknown)}")
    required = cert.get("required_scenarios", list(Policy.required_scenarios))
    if not isinstance(required, list) or not all(isinstance(s, str) and s for s in required):
        raise PolicyError(f"{source}: certification.required_scenarios must be a list of scenario ids")
    others = cert.get("other_scenarios", Policy.other_scenarios)
    if not isinstance(others, int) or others < 0:
        raise PolicyError(f"{source}: certification.other_scenarios must be a whole number >= 0")
    min_score = cert.get("min_score", Policy.min_score)
    if not isinstance(min_score, int) or not 0 <= min_score <= 100:
        raise PolicyError(f"{source}: certification.min_score must be a whole number from 0 to 100")
    flags = cert.get("disqualifying_violations", sorted(SERIOUS_VIOLATIONS))
    if not isinstance(flags, list) or set(flags) - set(VIOLATIONS):
        raise PolicyError(f"{source}: certification.disqualifying_violations must name labels from {VIOLATIONS}")
    attempts = exam.get("attempts_per_scenario", Policy.exam_attempts_per_scenario)
    if not isinstance(attempts, int) or attempts < 1:
        raise PolicyError(f"{source}: exam.attempts_per_scenario must be a whole number >= 1")
    return Policy(tuple(dict.fromkeys(required)), others, min_score, bool(cert.get("require_session_pass", True)),
                  frozenset(flags), attempts)


class ExamRecord(Protocol):
    scenario_id: str
    mode: str
    ended_at: datetime | None
    score: int | None
    passed: bool | None
    violations: dict[str, int]


@dataclass
class CertificationStatus:
    certified: bool
    certified_at: datetime | None
    passed_required: list[str]
    missing_required: list[str]
    passed_others: list[str]
    others_needed: int  # how many more other scenarios are still wanted
    exam_attempts: dict[str, int] = field(default_factory=dict)  # scenario -> exams taken

    @property
    def state(self) -> str:
        if self.certified:
            return "certified"
        return "in_progress" if self.exam_attempts else "not_started"

    def attempts_left(self, policy: Policy, scenario_id: str) -> int | None:
        if policy.exam_attempts_per_scenario is None:
            return None
        return max(0, policy.exam_attempts_per_scenario - self.exam_attempts.get(scenario_id, 0))


def qualifies(policy: Policy, record: ExamRecord) -> bool:
    return (record.mode == "exam" and record.ended_at is not None and record.score is not None
            and record.score >= policy.min_score and (bool(record.passed) or not policy.require_session_pass)
            and not any(n > 0 and label in policy.disqualifying_violations for label, n in record.violations.items()))


def evaluate(policy: Policy, records: Iterable[ExamRecord]) -> CertificationStatus:
    """records: one trainee's sessions (any mode; only qualifying exams count)."""
    records = list(records)
    attempts: dict[str, int] = {}
    for r in records:
        if r.mode == "exam":
            attempts[r.scenario_id] = attempts.get(r.scenario_id, 0) + 1
    required = set(policy.required_scenarios)
    passed_required: set[str] = set()
    passed_others: list[str] = []
    certified_at = None
    for r in sorted((r for r in records if qualifies(policy, r)), key=lambda r: r.ended_at):
        if r.scenario_id in required:
            passed_required.add(r.scenario_id)
        elif r.scenario_id not in passed_others:
            passed_others.append(r.scenario_id)
        if certified_at is None and passed_required == required and len(passed_others) >= policy.other_scenarios:
            certified_at = r.ended_at
    return CertificationStatus(
        certified=certified_at is not None, certified_at=certified_at,
        passed_required=[s for s in policy.required_scenarios if s in passed_required],
        missing_required=[s for s in policy.required_scenarios if s not in passed_required],
        passed_others=passed_others, others_needed=max(0, policy.other_scenarios - len(passed_others)),
        exam_attempts=attempts)
