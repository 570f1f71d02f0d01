"""Tables. Typed SQLAlchemy 2.0 mappings; JSON columns hold the scorer's structured output."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class PracticeSession(Base):
    __tablename__ = "practice_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    scenario_id: Mapped[str] = mapped_column(String(80), index=True)
    scenario_lang: Mapped[str] = mapped_column(String(8))
    scenario_version: Mapped[str] = mapped_column(String(64), default="file")
    mode: Mapped[str] = mapped_column(String(16), default="practice")  # practice | exam
    seed: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    turn_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None]
    rubric: Mapped[dict | None] = mapped_column(JSON)
    sim_state: Mapped[dict] = mapped_column(JSON)  # Simulation.to_dict(), to resume after a crash

    turns: Mapped[list["Turn"]] = relationship(back_populates="session", order_by="Turn.index", cascade="all, delete-orphan")


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "index", name="uq_turn_session_index"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_sessions.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)  # 1-based
    reply: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text, default="")
    borrower_line: Mapped[str] = mapped_column(Text)
    violations: Mapped[list] = mapped_column(JSON)
    tone: Mapped[str] = mapped_column(String(16))
    moves: Mapped[list] = mapped_column(JSON)
    evidence: Mapped[list] = mapped_column(JSON)
    events: Mapped[list] = mapped_column(JSON)
    probabilities: Mapped[dict] = mapped_column(JSON)
    state: Mapped[dict] = mapped_column(JSON)
    coaching: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    session: Mapped[PracticeSession] = relationship(back_populates="turns")


from storage import accounts_tables, review_tables  # noqa: E402,F401  accounts, disputes, audit (issue 6)
from storage import scenario_store  # noqa: E402,F401  scenarios and their versions (issue 5)
