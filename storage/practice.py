"""Practice sessions: start a call, take a reply, finish, resume. Every turn is committed as it
happens, so a browser or server that dies loses nothing already answered.

The reply is scored outside any transaction; the write then checks that the session still has the
turn count it was read with, so two tabs sending at once can neither lose nor duplicate a turn.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from scenarios.schema import Scenario
from scoring.rubric import score_session
from simulator.engine import Scorer, Simulation, TurnResult
from simulator.play import turn_record
from storage.db import Database
from storage.accounts_tables import ExamAttempt
from storage.models import PracticeSession, Turn, utcnow


class SessionNotFound(LookupError):
    pass


class ConcurrentReply(RuntimeError):
    """Another reply to the same session was committed first; reload and try again."""


class ExamAttemptsUsed(RuntimeError):
    """The trainee has used every exam attempt allowed for this scenario."""


MODES = ("practice", "exam")


def scenario_version(scenario: Scenario) -> str:
    return hashlib.sha256(scenario.model_dump_json().encode("utf-8")).hexdigest()[:12]


@dataclass
class StartedSession:
    id: int
    opening_line: str


class PracticeService:
    def __init__(self, db: Database, scorer: Scorer | None = None, exam_attempt_limit: int | None = None):
        self.db = db
        self.scorer = scorer
        self.exam_attempt_limit = exam_attempt_limit  # per trainee and scenario; None: unlimited

    def start(self, scenario: Scenario, user_id: int | None = None, mode: str = "practice",
              seed: int | None = None, version: str | None = None) -> StartedSession:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        if mode == "exam" and user_id is None:
            raise ValueError("an exam belongs to a signed-in trainee")
        seed = random.SystemRandom().randrange(1_000_000) if seed is None else seed
        sim = Simulation.start(scenario, scorer=self.scorer, seed=seed)
        with self.db.transaction() as tx:
            if mode == "exam":
                self._claim_exam_attempt(tx, user_id, scenario.id)
            row = PracticeSession(user_id=user_id, scenario_id=scenario.id, scenario_lang=scenario.lang,
                                  scenario_version=version or scenario_version(scenario), mode=mode, seed=seed,
                                  sim_state=sim.to_dict())
            tx.add(row)
            tx.flush()
            return StartedSession(row.id, sim.opening_line)

    def _claim_exam_attempt(self, tx, user_id: int, scenario_id: str) -> None:
        # One conditional UPDATE is atomic on every database: of two tabs racing for the last
        # attempt, exactly one sees rowcount 1. The first attempt inserts the counter row instead;
        # if another tab inserted it first, the primary key refuses ours and we claim again.
        limit = self.exam_attempt_limit
        key = (ExamAttempt.user_id == user_id, ExamAttempt.scenario_id == scenario_id)
        for _ in range(2):
            guard = () if limit is None else (ExamAttempt.used < limit,)
            if tx.execute(update(ExamAttempt).where(*key, *guard).values(used=ExamAttempt.used + 1)).rowcount == 1:
                return
            if tx.scalar(select(ExamAttempt.used).where(*key)) is not None or limit == 0:
                raise ExamAttemptsUsed(f"no exam attempts left for {scenario_id}")
            try:
                with tx.begin_nested():
                    tx.add(ExamAttempt(user_id=user_id, scenario_id=scenario_id, used=1))
                return
            except IntegrityError:
                continue
        raise ExamAttemptsUsed(f"no exam attempts left for {scenario_id}")

    def exam_attempts_left(self, user_id: int, scenario_id: str) -> int | None:
        if self.exam_attempt_limit is None:
            return None
        with self.db.transaction() as tx:
            used = tx.scalar(select(ExamAttempt.used).where(ExamAttempt.user_id == user_id,
                                                            ExamAttempt.scenario_id == scenario_id)) or 0
        return max(0, self.exam_attempt_limit - used)

    def resume(self, session_id: int, scenario: Scenario, user_id: int | None = None) -> Simulation:
        with self.db.transaction() as tx:
            row = tx.get(PracticeSession, session_id)
            if row is None or (user_id is not None and row.user_id != user_id):
                raise SessionNotFound(f"no practice session {session_id}")
            state = dict(row.sim_state)
        return Simulation.from_dict(scenario, state, scorer=self.scorer)

    def reply(self, session_id: int, scenario: Scenario, text: str, user_id: int | None = None,
              expected_turn: int | None = None) -> TurnResult:
        """user_id: the signed-in owner; a session of anyone else is not found. expected_turn: how many
        turns the trainee saw when typing; a reply to a borrower line that another tab has already
        answered is refused (ConcurrentReply) rather than applied to a turn it was not written for."""
        sim = self.resume(session_id, scenario, user_id) if user_id is not None else self.resume(session_id, scenario)
        before = sim.session.turn
        if expected_turn is not None and expected_turn != before:
            raise ConcurrentReply("this call moved on in another tab or window; your reply was not sent. Reload it.")
        result = sim.respond(text)  # raises ReplyError / SessionEnded before anything is written
        with self.db.transaction() as tx:
            values = {"turn_count": result.turn, "sim_state": sim.to_dict()}
            if result.ended:
                rubric = score_session(self._stored_turn_records(tx, session_id) + [turn_record(result)],
                                       result.outcome, scenario.lang)
                values |= {"outcome": result.outcome, "outcome_reason": result.outcome_reason,
                           "ended_at": utcnow(), "score": rubric.score, "passed": rubric.passed,
                           "rubric": rubric.to_dict()}
            changed = tx.execute(
                update(PracticeSession)
                .where(PracticeSession.id == session_id, PracticeSession.turn_count == before)
                .values(**values)
            ).rowcount
            if changed != 1:
                raise ConcurrentReply("this session received another reply at the same time; reload it")
            tx.add(Turn(
                session_id=session_id, index=result.turn, reply=result.reply, context=result.context,
                borrower_line=result.borrower_line, violations=result.violations, tone=result.score.tone,
                moves=result.score.moves, evidence=[e.to_dict() for e in result.evidence], events=result.events,
                probabilities={k: round(v, 4) for k, v in result.score.probabilities.items()}, state=result.state,
                coaching=({"moment": result.coaching.moment, "model_reply": result.coaching.model_reply,
                           "why": result.coaching.why} if result.coaching else None),
            ))
        return result

    @staticmethod
    def _stored_turn_records(tx, session_id: int) -> list[dict]:
        rows = tx.scalars(select(Turn).where(Turn.session_id == session_id).order_by(Turn.index)).all()
        return [{"violations": r.violations, "tone": r.tone, "moves": r.moves, "events": r.events,
                 "evidence": r.evidence} for r in rows]

    def get(self, session_id: int, user_id: int | None = None) -> PracticeSession:
        with self.db.transaction() as tx:
            row = tx.get(PracticeSession, session_id)
            if row is None or (user_id is not None and row.user_id != user_id):
                raise SessionNotFound(f"no practice session {session_id}")
            _ = row.turns  # load before the transaction closes
            return row
