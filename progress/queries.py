"""The practice record as an account may see it: session summaries, one session's review, and the
flagged turns. Every method takes the viewer and reads only the trainees progress/access.py allows.

Scores are shown as they stand after disputes: a flag a trainer overturned no longer counts, the
session is re-scored without it, and the original score stays beside the revised one. While an
exam is still running its trainee sees no flags and no coaching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from progress.access import TraineeInfo, readable_cohorts, readable_trainees
from scoring.rubric import score_session
from storage.access import AccessDenied, Account
from storage.db import Database
from storage.models import PracticeSession, Turn
from storage.practice import SessionNotFound
from storage.review_tables import FlagDispute


@dataclass(frozen=True)
class Filters:
    cohort_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    scenario_id: str | None = None
    trainee_id: int | None = None
    mode: str | None = None


@dataclass
class DisputeView:
    id: int
    label: str
    status: str  # open | upheld | overturned
    comment: str
    opened_at: datetime
    decision_comment: str = ""
    decided_at: datetime | None = None
    score_before: int | None = None
    score_after: int | None = None


@dataclass
class SessionSummary:
    id: int
    user_id: int
    trainee: str
    cohort: str
    scenario_id: str
    lang: str
    mode: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    turn_count: int
    score: int | None  # after disputes
    passed: bool | None
    original_score: int | None
    original_passed: bool | None
    violations: dict[str, int] = field(default_factory=dict)  # label -> turns, after disputes
    missing_steps: list[str] = field(default_factory=list)  # steps of a good call never made
    flags_hidden: bool = False  # a running exam, seen by its trainee

    @property
    def finished(self) -> bool:
        return self.ended_at is not None

    @property
    def revised(self) -> bool:
        return self.score != self.original_score or self.passed != self.original_passed


@dataclass
class Flag:
    label: str
    evidence: list[dict]
    overturned: bool = False
    dispute: DisputeView | None = None


@dataclass
class TurnView:
    id: int
    index: int
    reply: str
    borrower_line: str
    tone: str
    moves: list[str]
    flags: list[Flag]
    coaching: dict | None

    @property
    def standing_flags(self) -> list[Flag]:
        return [f for f in self.flags if not f.overturned]


@dataclass
class SessionDetail:
    summary: SessionSummary
    opening_line: str
    turns: list[TurnView]
    feedback: list[str]


def as_utc(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every stored time is UTC.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


class ProgressQueries:
    def __init__(self, db: Database):
        self.db = db

    def trainees(self, viewer: Account) -> dict[int, TraineeInfo]:
        with self.db.transaction() as tx:
            return readable_trainees(tx, viewer)

    def cohorts(self, viewer: Account) -> dict[int, str]:
        with self.db.transaction() as tx:
            return readable_cohorts(tx, viewer)

    def sessions(self, viewer: Account, filters: Filters = Filters()) -> list[SessionSummary]:
        """Oldest first."""
        with self.db.transaction() as tx:
            trainees = self._scoped_trainees(tx, viewer, filters)
            if not trainees:
                return []
            query = (select(PracticeSession).where(PracticeSession.user_id.in_(list(trainees)))
                     .options(selectinload(PracticeSession.turns)).order_by(PracticeSession.started_at, PracticeSession.id))
            if filters.scenario_id:
                query = query.where(PracticeSession.scenario_id == filters.scenario_id)
            if filters.mode:
                query = query.where(PracticeSession.mode == filters.mode)
            if filters.date_from:
                query = query.where(PracticeSession.started_at >= _day_start(filters.date_from))
            if filters.date_to:
                query = query.where(PracticeSession.started_at < _day_start(filters.date_to + timedelta(days=1)))
            rows = tx.scalars(query).all()
            disputes = self._disputes(tx, [r.id for r in rows])
            return [self._summary(viewer, row, trainees[row.user_id], disputes.get(row.id, []))[0] for row in rows]

    def session(self, viewer: Account, session_id: int) -> SessionDetail:
        """One session with its transcript and every flag; not found unless the viewer may read it."""
        with self.db.transaction() as tx:
            row = tx.get(PracticeSession, session_id)
            trainees = readable_trainees(tx, viewer)
            if row is None or row.user_id not in trainees:
                raise SessionNotFound(f"no practice session {session_id}")
            disputes = self._disputes(tx, [row.id]).get(row.id, [])
            summary, turns, feedback = self._summary(viewer, row, trainees[row.user_id], disputes)
            return SessionDetail(summary, row.sim_state.get("opening_line", ""), turns, feedback)

    def flagged_turns(self, viewer: Account, filters: Filters = Filters()) -> list[tuple[SessionSummary, TurnView]]:
        """Every turn with a flag still standing (or disputed), newest session first: the notebook."""
        out = []
        for summary in reversed(self.sessions(viewer, filters)):
            if summary.flags_hidden or not any(summary.violations.values()) and not summary.revised:
                continue
            detail = self.session(viewer, summary.id)
            out.extend((detail.summary, turn) for turn in detail.turns if turn.flags)
        return out

    # ---- internals -------------------------------------------------------------------------
    @staticmethod
    def _scoped_trainees(tx: Session, viewer: Account, filters: Filters) -> dict[int, TraineeInfo]:
        trainees = readable_trainees(tx, viewer)
        if filters.cohort_id is not None:
            if filters.cohort_id not in readable_cohorts(tx, viewer):
                raise AccessDenied("that cohort is not one you may read")
            trainees = {i: t for i, t in trainees.items() if t.cohort_id == filters.cohort_id}
        if filters.trainee_id is not None:
            if filters.trainee_id not in trainees:
                raise AccessDenied("that trainee is not one you may read")
            trainees = {filters.trainee_id: trainees[filters.trainee_id]}
        return trainees

    @staticmethod
    def _disputes(tx: Session, session_ids: list[int]) -> dict[int, list[FlagDispute]]:
        found: dict[int, list[FlagDispute]] = {}
        if session_ids:
            for d in tx.scalars(select(FlagDispute).where(FlagDispute.session_id.in_(session_ids))):
                found.setdefault(d.session_id, []).append(d)
        return found

    @staticmethod
    def _summary(viewer: Account, row: PracticeSession, trainee: TraineeInfo,
                 disputes: list[FlagDispute]) -> tuple[SessionSummary, list[TurnView], list[str]]:
        hidden = viewer.id == row.user_id and row.mode == "exam" and row.ended_at is None
        by_flag = {(d.turn_id, d.label): d for d in disputes}
        overturned = {key for key, d in by_flag.items() if d.status == "overturned"}
        turns: list[TurnView] = []
        records: list[dict] = []
        counts: dict[str, int] = {}
        for t in row.turns:
            record = standing_record(t, overturned)
            for label in record["violations"]:
                counts[label] = counts.get(label, 0) + 1
            records.append(record)
            flags = [Flag(label, [e for e in t.evidence if e.get("label") == label], (t.id, label) in overturned,
                          _dispute_view(by_flag.get((t.id, label)))) for label in t.violations]
            turns.append(TurnView(t.id, t.index, t.reply, t.borrower_line, t.tone, list(t.moves),
                                  [] if hidden else flags, None if hidden else t.coaching))
        rubric = row.rubric or {}
        score, passed, feedback = row.score, row.passed, list(rubric.get("feedback", []))
        missing = [d["reason"].split(":", 1)[1] for d in rubric.get("deductions", []) if d["reason"].startswith("missing:")]
        if overturned and row.ended_at is not None:
            revised = score_session(records, row.outcome, row.scenario_lang)
            score, passed, feedback = revised.score, revised.passed, revised.feedback
            missing = [d.reason.split(":", 1)[1] for d in revised.deductions if d.reason.startswith("missing:")]
        summary = SessionSummary(
            id=row.id, user_id=row.user_id, trainee=trainee.name, cohort=trainee.cohort, scenario_id=row.scenario_id,
            lang=row.scenario_lang, mode=row.mode, started_at=as_utc(row.started_at), ended_at=as_utc(row.ended_at),
            outcome=row.outcome, turn_count=row.turn_count, score=score, passed=passed, original_score=row.score,
            original_passed=row.passed, violations={} if hidden else counts, missing_steps=missing, flags_hidden=hidden)
        return summary, turns, [] if hidden else feedback


def standing_record(turn: Turn, overturned: set[tuple[int, str]]) -> dict:
    """The turn as the rubric reads it, without the flags overturned on dispute."""
    standing = [v for v in turn.violations if (turn.id, v) not in overturned]
    return {"violations": standing, "tone": turn.tone, "moves": turn.moves, "events": turn.events,
            "evidence": [e for e in turn.evidence if e.get("label") in standing]}


def _dispute_view(d: FlagDispute | None) -> DisputeView | None:
    if d is None:
        return None
    return DisputeView(d.id, d.label, d.status, d.comment, as_utc(d.opened_at), d.decision_comment,
                       as_utc(d.decided_at), d.score_before, d.score_after)
