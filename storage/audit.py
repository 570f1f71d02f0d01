"""The audit log: every account change, dispute decision and export is written in the same
transaction as the change itself, so a change without its record (or the reverse) cannot happen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.access import AccessDenied, Account
from storage.db import Database
from storage.review_tables import AuditEntry

AUDIT_READERS = frozenset({"admin", "hr"})


def record(tx: Session, actor: Account | None, action: str, target: str = "", **detail) -> None:
    tx.add(AuditEntry(actor_id=actor.id if actor else None, actor=actor.username if actor else "(command line)",
                      action=action, target=target, detail=detail))


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict


def read_log(db: Database, viewer: Account, limit: int = 500, action: str | None = None) -> list[AuditRow]:
    """Newest first. Admins and HR read the log; nobody else does."""
    if viewer.role not in AUDIT_READERS:
        raise AccessDenied("the audit log is for administrators and HR")
    with db.transaction() as tx:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        return [AuditRow(e.at, e.actor, e.action, e.target, dict(e.detail or {})) for e in tx.scalars(query)]
