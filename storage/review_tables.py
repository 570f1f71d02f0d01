"""Tables for review: disputes of a turn's flag, and the audit log of decisions, exports and account
changes. The services are progress/disputes.py and storage/audit.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow


class FlagDispute(Base):
    """A trainee's objection to one violation label on one turn; a trainer upholds or overturns it."""

    __tablename__ = "flag_disputes"
    __table_args__ = (UniqueConstraint("turn_id", "label", name="uq_dispute_turn_label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_sessions.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(32))
    trainee_id: Mapped[int] = mapped_column(Integer, index=True)
    comment: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | upheld | overturned
    decided_by: Mapped[int | None] = mapped_column(Integer)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    score_before: Mapped[int | None] = mapped_column(Integer)  # the session's score when decided
    score_after: Mapped[int | None] = mapped_column(Integer)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(120))  # the username at the time, kept if the user goes
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
