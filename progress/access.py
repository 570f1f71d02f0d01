"""Which trainees an account may read: a trainee reads themself; trainers and HR read the trainees
of the cohorts they are assigned to; an admin manages accounts and reads no practice record.
Every progress query starts here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.access import STAFF_ROLES, AccessDenied, Account
from storage.accounts_tables import Cohort, CohortStaff, User


@dataclass(frozen=True)
class TraineeInfo:
    id: int
    username: str
    name: str
    cohort_id: int | None
    cohort: str


def readable_cohorts(tx: Session, viewer: Account) -> dict[int, str]:
    """Cohort id -> name, for the cohort filter."""
    if viewer.role in STAFF_ROLES:
        rows = tx.execute(select(Cohort.id, Cohort.name).join(CohortStaff, CohortStaff.cohort_id == Cohort.id)
                          .where(CohortStaff.user_id == viewer.id).order_by(Cohort.name))
        return {r.id: r.name for r in rows}
    if viewer.role == "trainee" and viewer.cohort_id is not None:
        cohort = tx.get(Cohort, viewer.cohort_id)
        return {cohort.id: cohort.name} if cohort else {}
    return {}


def readable_trainees(tx: Session, viewer: Account) -> dict[int, TraineeInfo]:
    """Trainee id -> who they are, for every trainee whose record `viewer` may read."""
    query = select(User, Cohort.name).outerjoin(Cohort, Cohort.id == User.cohort_id)
    if viewer.role == "trainee":
        query = query.where(User.id == viewer.id)
    elif viewer.role in STAFF_ROLES:
        cohorts = select(CohortStaff.cohort_id).where(CohortStaff.user_id == viewer.id)
        query = query.where(User.role == "trainee", User.cohort_id.in_(cohorts))
    else:
        return {}
    return {u.id: TraineeInfo(u.id, u.username, u.display_name or u.username, u.cohort_id, cohort or "")
            for u, cohort in tx.execute(query.order_by(User.username))}


def require_role(viewer: Account, *roles: str) -> None:
    if viewer.role not in roles:
        raise AccessDenied(f"this needs one of the roles: {', '.join(roles)}")
