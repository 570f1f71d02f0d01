"""Local accounts: bcrypt password hashes, sign-in, the admin's changes (users, passwords, cohorts,
staff assignments), the demo accounts, and the command that creates the first admin.

    python -m storage.accounts create-admin --username NAME   (asks for the password twice)
    python -m storage.accounts demo-accounts                   (demo mode only: create and print them)

Demo accounts carry `is_demo`; outside demo mode (COLLECTOR_DEMO=1) they cannot sign in, so a demo
database reused for real work does not leave known passwords open.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

import bcrypt
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from storage import audit
from storage.access import ROLES, STAFF_ROLES, AccessDenied, Account
from storage.accounts_tables import Cohort, CohortStaff, User
from storage.db import Database

MIN_PASSWORD_CHARS = 8
MAX_PASSWORD_BYTES = 72  # bcrypt reads no further; longer passwords are refused, not cut silently
# bcrypt's work factor; the tests lower it (COLLECTOR_BCRYPT_ROUNDS=4) to run fast.
BCRYPT_ROUNDS = int(os.environ.get("COLLECTOR_BCRYPT_ROUNDS", "12"))
DEMO_COHORT = "Demo cohort"
# username, role, display name, password: known on purpose, demo mode only.
DEMO_ACCOUNTS = (
    ("admin", "admin", "Demo admin", "demo-admin-1"),
    ("trainer", "trainer", "Demo trainer", "demo-trainer-1"),
    ("hr", "hr", "Demo HR", "demo-hr-1"),
    ("trainee1", "trainee", "Demo trainee 1", "demo-trainee-1"),
    ("trainee2", "trainee", "Demo trainee 2", "demo-trainee-2"),
)
# Checked when the username is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-password", bcrypt.gensalt(BCRYPT_ROUNDS)).decode()


class AccountError(ValueError):
    """A request the admin can fix (taken name, weak password...); `key` is a ui/i18n string key."""

    def __init__(self, key: str, **values):
        self.key, self.values = key, values
        super().__init__(f"{key} {values}" if values else key)


def demo_mode() -> bool:
    return os.environ.get("COLLECTOR_DEMO", "") == "1"


def hash_password(password: str) -> str:
    _check_password(password)
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(BCRYPT_ROUNDS)).decode("ascii")


def verify_password(password: str, hashed: str | None) -> bool:
    data = password.encode("utf-8")
    if not hashed or len(data) > MAX_PASSWORD_BYTES:
        bcrypt.checkpw(b"x", _DUMMY_HASH.encode())
        return False
    return bcrypt.checkpw(data, hashed.encode("ascii"))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError("password_too_short", n=MIN_PASSWORD_CHARS)
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise AccountError("password_too_long", n=MAX_PASSWORD_BYTES)


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.display_name, user.role, user.cohort_id, user.is_demo)


def _clean_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 120 or any(c.isspace() for c in name):
        raise AccountError("username_invalid")
    return name


class AccountService:
    def __init__(self, db: Database, demo: bool | None = None):
        self.db = db
        self.demo = demo_mode() if demo is None else demo

    # ---- signing in ------------------------------------------------------------------------
    def _usable(self, user: User | None) -> bool:
        return user is not None and user.active and (self.demo or not user.is_demo)

    def authenticate(self, username: str, password: str) -> Account | None:
        with self.db.transaction() as tx:
            user = tx.scalar(select(User).where(User.username == username.strip()))
            ok = verify_password(password, user.password_hash if user else None)
            if not (ok and self._usable(user)):
                audit.record(tx, None, "sign_in_failed", username.strip()[:120])
                return None
            audit.record(tx, _account(user), "sign_in", user.username)
            return _account(user)

    def get(self, user_id: int) -> Account | None:
        """The account behind a signed-in browser session, re-read on every page run so a
        deactivated user or a changed role takes effect at once."""
        with self.db.transaction() as tx:
            user = tx.get(User, user_id)
            return _account(user) if self._usable(user) else None

    def for_sso(self, email: str | None) -> Account | None:
        """Single sign-on maps the identity provider's e-mail to a local account of that username;
        an identity with no local account gets no access (the admin creates it first)."""
        if not email:
            return None
        with self.db.transaction() as tx:
            user = tx.scalar(select(User).where(func.lower(User.username) == email.strip().lower()))
            if not self._usable(user):
                return None
            audit.record(tx, _account(user), "sign_in_sso", user.username)
            return _account(user)

    # ---- administration --------------------------------------------------------------------
    @staticmethod
    def _require_admin(actor: Account) -> None:
        if actor.role != "admin":
            raise AccessDenied("only administrators manage accounts")

    def create_user(self, actor: Account | None, username: str, password: str | None, role: str,
                    display_name: str = "", cohort_id: int | None = None, is_demo: bool = False) -> Account:
        """actor None: the command line (server shell), used for the first admin."""
        if actor is not None:
            self._require_admin(actor)
        if role not in ROLES:
            raise AccountError("role_invalid")
        name = _clean_username(username)
        hashed = hash_password(password) if password is not None else None
        try:
            with self.db.transaction() as tx:
                if cohort_id is not None and (role != "trainee" or tx.get(Cohort, cohort_id) is None):
                    raise AccountError("cohort_invalid")
                user = User(username=name, display_name=display_name.strip()[:120], role=role, password_hash=hashed,
                            cohort_id=cohort_id, is_demo=is_demo)
                tx.add(user)
                tx.flush()
                audit.record(tx, actor, "user_created", name, role=role, cohort_id=cohort_id)
                return _account(user)
        except IntegrityError:
            raise AccountError("username_taken", username=name) from None

    def reset_password(self, actor: Account, user_id: int, password: str) -> None:
        self._require_admin(actor)
        hashed = hash_password(password)
        with self.db.transaction() as tx:
            user = self._user(tx, user_id)
            user.password_hash = hashed
            audit.record(tx, actor, "password_reset", user.username)

    def set_active(self, actor: Account, user_id: int, active: bool) -> None:
        self._require_admin(actor)
        if user_id == actor.id and not active:
            raise AccountError("cannot_deactivate_self")
        with self.db.transaction() as tx:
            user = self._user(tx, user_id)
            user.active = active
            audit.record(tx, actor, "user_activated" if active else "user_deactivated", user.username)

    def create_cohort(self, actor: Account, name: str) -> int:
        self._require_admin(actor)
        name = name.strip()
        if not name:
            raise AccountError("cohort_name_empty")
        try:
            with self.db.transaction() as tx:
                cohort = Cohort(name=name[:120])
                tx.add(cohort)
                tx.flush()
                audit.record(tx, actor, "cohort_created", cohort.name)
                return cohort.id
        except IntegrityError:
            raise AccountError("cohort_taken", name=name) from None

    def set_cohort(self, actor: Account, user_id: int, cohort_id: int | None) -> None:
        """Put a trainee in a cohort (None: in none)."""
        self._require_admin(actor)
        with self.db.transaction() as tx:
            user = self._user(tx, user_id)
            if user.role != "trainee" or (cohort_id is not None and tx.get(Cohort, cohort_id) is None):
                raise AccountError("cohort_invalid")
            before, user.cohort_id = user.cohort_id, cohort_id
            audit.record(tx, actor, "cohort_set", user.username, before=before, after=cohort_id)

    def set_staff_cohorts(self, actor: Account, user_id: int, cohort_ids: list[int]) -> None:
        """The cohorts a trainer or HR member reads."""
        self._require_admin(actor)
        with self.db.transaction() as tx:
            user = self._user(tx, user_id)
            if user.role not in STAFF_ROLES:
                raise AccountError("staff_only")
            wanted = sorted(set(cohort_ids))
            if wanted and len(tx.scalars(select(Cohort.id).where(Cohort.id.in_(wanted))).all()) != len(wanted):
                raise AccountError("cohort_invalid")
            tx.execute(delete(CohortStaff).where(CohortStaff.user_id == user_id))
            tx.add_all(CohortStaff(user_id=user_id, cohort_id=c) for c in wanted)
            audit.record(tx, actor, "staff_cohorts_set", user.username, cohorts=wanted)

    def list_users(self, actor: Account) -> list[dict]:
        self._require_admin(actor)
        with self.db.transaction() as tx:
            staff: dict[int, list[int]] = {}
            for row in tx.execute(select(CohortStaff.user_id, CohortStaff.cohort_id)):
                staff.setdefault(row.user_id, []).append(row.cohort_id)
            return [{"id": u.id, "username": u.username, "display_name": u.display_name, "role": u.role,
                     "cohort_id": u.cohort_id, "staff_cohorts": sorted(staff.get(u.id, [])), "active": u.active,
                     "demo": u.is_demo, "sso_only": u.password_hash is None}
                    for u in tx.scalars(select(User).order_by(User.username))]

    def list_cohorts(self, actor: Account) -> list[dict]:
        self._require_admin(actor)
        with self.db.transaction() as tx:
            return [{"id": c.id, "name": c.name} for c in tx.scalars(select(Cohort).order_by(Cohort.name))]

    @staticmethod
    def _user(tx, user_id: int) -> User:
        user = tx.get(User, user_id)
        if user is None:
            raise AccountError("user_unknown")
        return user

    # ---- demo mode -------------------------------------------------------------------------
    def ensure_demo_accounts(self) -> list[tuple[str, str, str]]:
        """Create the demo cohort and accounts if missing (demo mode only); returns
        (username, password, role) for printing."""
        if not self.demo:
            raise AccessDenied("demo accounts exist only in demo mode (COLLECTOR_DEMO=1)")
        with self.db.transaction() as tx:
            cohort = tx.scalar(select(Cohort).where(Cohort.name == DEMO_COHORT))
            if cohort is None:
                cohort = Cohort(name=DEMO_COHORT)
                tx.add(cohort)
                tx.flush()
            existing = set(tx.scalars(select(User.username)))
            for username, role, display, password in DEMO_ACCOUNTS:
                if username in existing:
                    continue
                user = User(username=username, display_name=display, role=role, is_demo=True,
                            password_hash=bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_ROUNDS)).decode(),
                            cohort_id=cohort.id if role == "trainee" else None)
                tx.add(user)
                tx.flush()
                if role in STAFF_ROLES:
                    tx.add(CohortStaff(user_id=user.id, cohort_id=cohort.id))
                audit.record(tx, None, "demo_user_created", username, role=role)
        return [(u, p, r) for u, r, _, p in DEMO_ACCOUNTS]


def demo_banner(accounts: list[tuple[str, str, str]]) -> str:
    lines = ["Demo mode (COLLECTOR_DEMO=1): demo accounts, for trying the app only:"]
    lines += [f"  {role:<8} username: {user:<10} password: {password}" for user, password, role in accounts]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storage.accounts", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    admin = sub.add_parser("create-admin", help="create an administrator (the first one, or another)")
    admin.add_argument("--username", required=True)
    admin.add_argument("--display-name", default="")
    admin.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sub.add_parser("demo-accounts", help="demo mode only: create the demo accounts and print them")
    args = parser.parse_args(argv)

    db = Database()
    db.create_schema()
    service = AccountService(db)
    if args.command == "demo-accounts":
        if not service.demo:
            print("Not in demo mode (set COLLECTOR_DEMO=1); no demo accounts created.", file=sys.stderr)
            return 2
        print(demo_banner(service.ensure_demo_accounts()))
        return 0
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != password:
            print("The passwords differ; nothing created.", file=sys.stderr)
            return 2
    try:
        account = service.create_user(None, args.username, password, "admin", display_name=args.display_name)
    except AccountError as exc:
        print(f"Not created: {exc}", file=sys.stderr)
        return 2
    print(f"Administrator {account.username!r} created (id {account.id}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
