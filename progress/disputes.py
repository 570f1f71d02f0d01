"""Disputes of a flag: a trainee objects to one violation label on one of their turns, with a
comment; a trainer of the trainee's cohort upholds or overturns it. An overturned flag stops
counting and the session is re-scored; the original score stays stored and shown. Opening and every
decision are written to the audit log in the same transaction."""

from __future__ import annotations

from sqlalchemy import select, update

from progress.access import readable_trainees, require_role
from progress.queries import standing_record
from scoring.rubric import score_session
from storage import audit
from storage.access import AccessDenied, Account
from storage.db import Database
from storage.models import PracticeSession, Turn, utcnow
from storage.practice import SessionNotFound
from storage.review_tables import FlagDispute

DECISIONS = ("upheld", "overturned")
MAX_COMMENT_CHARS = 2000


class DisputeError(ValueError):
    """A dispute request that cannot be done; `key` is a ui/i18n string key."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(key)


class DisputeService:
    def __init__(self, db: Database):
        self.db = db

    def open(self, viewer: Account, turn_id: int, label: str, comment: str) -> int:
        require_role(viewer, "trainee")
        comment = comment.strip()
        if not comment:
            raise DisputeError("dispute_comment_needed")
        with self.db.transaction() as tx:
            turn = tx.get(Turn, turn_id)
            if turn is None or turn.session.user_id != viewer.id:
                raise SessionNotFound(f"no turn {turn_id}")
            if turn.session.ended_at is None:
                raise DisputeError("dispute_after_end")
            if label not in turn.violations:
                raise DisputeError("dispute_no_such_flag")
            if tx.scalar(select(FlagDispute.id).where(FlagDispute.turn_id == turn_id, FlagDispute.label == label)):
                raise DisputeError("dispute_exists")
            dispute = FlagDispute(turn_id=turn_id, session_id=turn.session_id, label=label, trainee_id=viewer.id,
                                  comment=comment[:MAX_COMMENT_CHARS])
            tx.add(dispute)
            tx.flush()
            audit.record(tx, viewer, "dispute_opened", f"session {turn.session_id} turn {turn.index}",
                         dispute_id=dispute.id, label=label, comment=dispute.comment)
            return dispute.id

    def decide(self, viewer: Account, dispute_id: int, decision: str, comment: str = "") -> None:
        require_role(viewer, "trainer")
        if decision not in DECISIONS:
            raise DisputeError("dispute_bad_decision")
        with self.db.transaction() as tx:
            dispute = tx.get(FlagDispute, dispute_id)
            if dispute is None or dispute.trainee_id not in readable_trainees(tx, viewer):
                raise AccessDenied("that dispute is not in a cohort you review")
            session = tx.get(PracticeSession, dispute.session_id)
            before = self._current_score(tx, session)
            # Guarded on status, so two trainers deciding at once cannot both record a decision.
            changed = tx.execute(update(FlagDispute).where(FlagDispute.id == dispute_id, FlagDispute.status == "open")
                                 .values(status=decision, decided_by=viewer.id, decided_at=utcnow(),
                                         decision_comment=comment.strip()[:MAX_COMMENT_CHARS])).rowcount
            if changed != 1:
                raise DisputeError("dispute_already_decided")
            after = self._current_score(tx, session)
            tx.execute(update(FlagDispute).where(FlagDispute.id == dispute_id)
                       .values(score_before=before, score_after=after))
            audit.record(tx, viewer, f"dispute_{decision}", f"session {dispute.session_id}", dispute_id=dispute_id,
                         label=dispute.label, trainee_id=dispute.trainee_id, original_score=session.score,
                         score_before=before, score_after=after, comment=comment.strip()[:MAX_COMMENT_CHARS])

    def open_disputes(self, viewer: Account) -> list[dict]:
        """Open disputes of the trainees a trainer reviews (a trainee: their own)."""
        with self.db.transaction() as tx:
            trainees = readable_trainees(tx, viewer)
            if not trainees:
                return []
            rows = tx.execute(select(FlagDispute, Turn).join(Turn, Turn.id == FlagDispute.turn_id)
                              .where(FlagDispute.trainee_id.in_(list(trainees)), FlagDispute.status == "open")
                              .order_by(FlagDispute.opened_at))
            return [{"id": d.id, "session_id": d.session_id, "turn": t.index, "trainee": trainees[d.trainee_id].name,
                     "label": d.label, "comment": d.comment, "reply": t.reply, "opened_at": d.opened_at}
                    for d, t in rows]

    @staticmethod
    def _current_score(tx, session: PracticeSession) -> int | None:
        tx.flush()
        overturned = {(turn_id, label) for turn_id, label in tx.execute(select(FlagDispute.turn_id, FlagDispute.label)
                      .where(FlagDispute.session_id == session.id, FlagDispute.status == "overturned"))}
        if not overturned or session.ended_at is None:
            return session.score
        records = [standing_record(t, overturned) for t in session.turns]
        return score_session(records, session.outcome, session.scenario_lang).score
