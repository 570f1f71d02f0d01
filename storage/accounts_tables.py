"""Tables for accounts: users (one role each), cohorts of trainees, and which staff look after which
cohort. The service that reads and writes them is storage/accounts.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, utcnow


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16))  # trainee | trainer | hr | admin
    password_hash: Mapped[str | None] = mapped_column(String(100))  # bcrypt; None: single sign-on only
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id", ondelete="SET NULL"), index=True)  # trainees
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)  # usable only in demo mode
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CohortStaff(Base):
    """A trainer or HR member who reads (and, for trainers, reviews) one cohort."""

    __tablename__ = "cohort_staff"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True)


class ExamAttempt(Base):
    """Exam attempts used per trainee and scenario; claimed with one conditional UPDATE so that two
    tabs starting an exam at once cannot both get the last attempt."""

    __tablename__ = "exam_attempts"

    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    used: Mapped[int] = mapped_column(Integer, default=0)
