"""The progress boards as data: the trainee's own board and the trainer/HR cohort board, built from
the sessions the viewer may read (progress/queries.py) into pandas tables the pages only render.

Columns carry stable snake_case names; pages translate the headers."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from progress.access import TraineeInfo, require_role
from progress.certification import CertificationStatus, Policy, evaluate, qualifies
from progress.queries import Filters, ProgressQueries, SessionSummary
from progress.recommend import Recommendation, recommend
from scenarios.loader import Library
from scoring.labels import VIOLATIONS
from storage.access import Account
from storage.db import Database


@dataclass
class TraineeBoard:
    sessions: list[SessionSummary]
    certification: CertificationStatus
    recommendation: Recommendation | None
    still_to_pass: list[str]
    sessions_table: pd.DataFrame
    trend: pd.DataFrame
    violations: pd.DataFrame
    scenarios: pd.DataFrame


@dataclass
class TeamBoard:
    trainees: dict[int, TraineeInfo]
    sessions: list[SessionSummary]
    certification: dict[int, CertificationStatus]
    cohort_table: pd.DataFrame
    trend: pd.DataFrame
    heatmap: pd.DataFrame
    scenario_stats: pd.DataFrame
    sessions_table: pd.DataFrame
    cohorts: dict[int, str] = field(default_factory=dict)


def _local(moment) -> pd.Timestamp | None:
    return pd.Timestamp(moment).tz_convert("UTC").tz_localize(None) if moment is not None else None


def sessions_frame(sessions: list[SessionSummary]) -> pd.DataFrame:
    rows = [{"session": s.id, "trainee": s.trainee, "cohort": s.cohort, "scenario": s.scenario_id, "lang": s.lang,
             "mode": s.mode, "started": _local(s.started_at), "outcome": s.outcome or "unfinished",
             "turns": s.turn_count, "score": s.score, "original_score": s.original_score, "passed": bool(s.passed),
             "flags": sum(s.violations.values())} for s in sessions]
    return pd.DataFrame(rows, columns=["session", "trainee", "cohort", "scenario", "lang", "mode", "started", "outcome",
                                       "turns", "score", "original_score", "passed", "flags"])


def trend_frame(sessions: list[SessionSummary]) -> pd.DataFrame:
    rows = [{"ended": _local(s.ended_at), "trainee": s.trainee, "scenario": s.scenario_id, "mode": s.mode,
             "score": s.score} for s in sessions if s.finished and s.score is not None]
    return pd.DataFrame(rows, columns=["ended", "trainee", "scenario", "mode", "score"])


def violations_frame(sessions: list[SessionSummary]) -> pd.DataFrame:
    counts = {label: sum(s.violations.get(label, 0) for s in sessions) for label in VIOLATIONS}
    return pd.DataFrame({"label": list(counts), "count": list(counts.values())})


def heatmap_frame(sessions: list[SessionSummary]) -> pd.DataFrame:
    """Flags per label per week (weeks start on Monday), zero cells included so the grid is whole."""
    rows = []
    for s in sessions:
        week = (_local(s.started_at) - pd.Timedelta(days=s.started_at.weekday())).normalize()
        for label in VIOLATIONS:
            rows.append({"week": week, "label": label, "count": s.violations.get(label, 0)})
    frame = pd.DataFrame(rows, columns=["week", "label", "count"])
    return frame.groupby(["week", "label"], as_index=False)["count"].sum() if not frame.empty else frame


def scenario_stats_frame(sessions: list[SessionSummary]) -> pd.DataFrame:
    rows = []
    for scenario in sorted({s.scenario_id for s in sessions}):
        done = [s for s in sessions if s.scenario_id == scenario and s.finished]
        rows.append({"scenario": scenario, "attempts": sum(s.scenario_id == scenario for s in sessions),
                     "finished": len(done),
                     "pass_rate": round(sum(bool(s.passed) for s in done) / len(done), 3) if done else None,
                     "mean_score": round(sum(s.score or 0 for s in done) / len(done), 1) if done else None})
    return pd.DataFrame(rows, columns=["scenario", "attempts", "finished", "pass_rate", "mean_score"])


class ProgressService:
    def __init__(self, db: Database, policy: Policy, library: Library):
        self.queries = ProgressQueries(db)
        self.policy = policy
        self.library = library

    def trainee_board(self, viewer: Account, lang: str) -> TraineeBoard:
        require_role(viewer, "trainee")
        sessions = self.queries.sessions(viewer)
        status = evaluate(self.policy, sessions)
        passed = {s.scenario_id for s in sessions if qualifies(self.policy, s)}
        mine = [sc for sc in self.library.listing() if sc.lang == lang]
        scenario_rows = []
        for sc in mine:
            tried = [s for s in sessions if s.scenario_id == sc.id and s.finished]
            best = {m: max((s.score for s in tried if s.mode == m and s.score is not None), default=None)
                    for m in ("practice", "exam")}
            scenario_rows.append({"scenario": sc.id, "title": sc.title, "difficulty": sc.difficulty,
                                  "required": sc.id in self.policy.required_scenarios,
                                  "best_practice": best["practice"], "best_exam": best["exam"],
                                  "exam_passed": sc.id in passed,
                                  "exams_left": status.attempts_left(self.policy, sc.id)})
        return TraineeBoard(
            sessions=sessions, certification=status,
            recommendation=recommend(sessions, mine, passed, self.policy.required_scenarios),
            still_to_pass=[sc.id for sc in mine if sc.id not in passed],
            sessions_table=sessions_frame(list(reversed(sessions))), trend=trend_frame(sessions),
            violations=violations_frame(sessions),
            scenarios=pd.DataFrame(scenario_rows, columns=["scenario", "title", "difficulty", "required",
                                                           "best_practice", "best_exam", "exam_passed", "exams_left"]))

    def team_board(self, viewer: Account, filters: Filters = Filters()) -> TeamBoard:
        require_role(viewer, "trainer", "hr")
        shown = self.queries.sessions(viewer, filters)
        # Certification looks at the whole record, whatever the date and scenario filters show.
        scope = Filters(cohort_id=filters.cohort_id, trainee_id=filters.trainee_id)
        everything = self.queries.sessions(viewer, scope)
        trainees = self.queries.trainees(viewer)
        if filters.cohort_id is not None:
            trainees = {i: t for i, t in trainees.items() if t.cohort_id == filters.cohort_id}
        if filters.trainee_id is not None:
            trainees = {i: t for i, t in trainees.items() if i == filters.trainee_id}
        certification = {i: evaluate(self.policy, [s for s in everything if s.user_id == i]) for i in trainees}
        rows = []
        for i, trainee in trainees.items():
            mine = [s for s in shown if s.user_id == i]
            done = [s for s in mine if s.finished and s.score is not None]
            status = certification[i]
            missing = list(status.missing_required) + ([f"+{status.others_needed}"] if status.others_needed else [])
            rows.append({"trainee": trainee.name, "username": trainee.username, "cohort": trainee.cohort,
                         "attempts": len(mine), "exams": sum(s.mode == "exam" for s in mine),
                         "best_score": max((s.score for s in done), default=None),
                         "latest_score": done[-1].score if done else None,
                         "passed_sessions": sum(bool(s.passed) for s in done),
                         "certification": status.state, "missing": ", ".join(missing),
                         "certified_on": status.certified_at.date().isoformat() if status.certified_at else ""})
        cohort_table = pd.DataFrame(rows, columns=["trainee", "username", "cohort", "attempts", "exams", "best_score",
                                                   "latest_score", "passed_sessions", "certification", "missing",
                                                   "certified_on"])
        return TeamBoard(trainees=trainees, sessions=shown, certification=certification, cohort_table=cohort_table,
                         trend=trend_frame(shown), heatmap=heatmap_frame(shown),
                         scenario_stats=scenario_stats_frame(shown), sessions_table=sessions_frame(list(reversed(shown))),
                         cohorts=self.queries.cohorts(viewer))
