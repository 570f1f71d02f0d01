"""Accounts: bcrypt hashes, sign-in, the admin's powers and nobody else's, demo accounts only in
demo mode, the first-admin command, and the audit of every account change."""

import io

import pytest
from progress_seed import PASSWORD, seed_people

from storage import accounts as accounts_module
from storage.access import AccessDenied
from storage.accounts import AccountError, AccountService, hash_password, verify_password
from storage.accounts_tables import User
from storage.audit import read_log


def test_passwords_are_stored_as_salted_bcrypt_hashes(db):
    service = AccountService(db, demo=False)
    service.create_user(None, "ann", PASSWORD, "admin")
    service.create_user(None, "ben", PASSWORD, "admin")
    with db.transaction() as tx:
        hashes = [u.password_hash for u in tx.query(User).order_by(User.username)]
    assert all(h.startswith("$2b$") and PASSWORD not in h for h in hashes)
    assert hashes[0] != hashes[1]  # salted
    assert verify_password(PASSWORD, hashes[0]) and not verify_password("wrong-password", hashes[0])


def test_sign_in_checks_password_and_active_flag(db):
    people = seed_people(db)
    service = AccountService(db, demo=False)
    assert service.authenticate("alice", PASSWORD).role == "trainee"
    assert service.authenticate("alice", "not-the-password") is None
    assert service.authenticate("nobody", PASSWORD) is None
    service.set_active(people["admin"], people["alice"].id, False)
    assert service.authenticate("alice", PASSWORD) is None and service.get(people["alice"].id) is None


@pytest.mark.parametrize("password,key", [("short", "password_too_short"), ("密" * 30, "password_too_long")])
def test_weak_or_overlong_passwords_are_refused(password, key):
    with pytest.raises(AccountError) as err:
        hash_password(password)
    assert err.value.key == key


def test_only_an_admin_manages_accounts(db):
    people = seed_people(db)
    service = AccountService(db, demo=False)
    for who in ("alice", "trainer_a", "hr"):
        with pytest.raises(AccessDenied):
            service.create_user(people[who], "mallory", PASSWORD, "admin")
        with pytest.raises(AccessDenied):
            service.reset_password(people[who], people["bob"].id, "new-password-1")
        with pytest.raises(AccessDenied):
            service.list_users(people[who])
    assert service.authenticate("mallory", PASSWORD) is None


def test_admin_resets_passwords_and_moves_trainees(db):
    people = seed_people(db)
    admin, service = people["admin"], AccountService(db, demo=False)
    service.reset_password(admin, people["bob"].id, "brand-new-pass")
    assert service.authenticate("bob", PASSWORD) is None
    assert service.authenticate("bob", "brand-new-pass").id == people["bob"].id
    service.set_cohort(admin, people["bob"].id, people["cohort_b"])
    assert service.get(people["bob"].id).cohort_id == people["cohort_b"]
    with pytest.raises(AccountError):
        service.set_cohort(admin, people["trainer_a"].id, people["cohort_b"])  # cohorts are for trainees
    with pytest.raises(AccountError) as taken:
        service.create_user(admin, "bob", PASSWORD, "trainee")
    assert taken.value.key == "username_taken"
    actions = [row.action for row in read_log(db, admin)]
    assert {"password_reset", "cohort_set", "user_created", "staff_cohorts_set", "cohort_created"} <= set(actions)
    assert all("brand-new-pass" not in str(row.detail) for row in read_log(db, admin))


def test_audit_log_is_not_for_trainees_or_trainers(db):
    people = seed_people(db)
    for who in ("alice", "trainer_a"):
        with pytest.raises(AccessDenied):
            read_log(db, people[who])


def test_demo_accounts_exist_only_in_demo_mode(db):
    with pytest.raises(AccessDenied):
        AccountService(db, demo=False).ensure_demo_accounts()
    created = AccountService(db, demo=True).ensure_demo_accounts()
    assert {role for _, _, role in created} == {"admin", "trainer", "hr", "trainee"}
    assert AccountService(db, demo=True).ensure_demo_accounts() == created  # idempotent
    username, password, _ = created[0]
    assert AccountService(db, demo=True).authenticate(username, password) is not None
    # the same database outside demo mode: the known demo passwords open nothing
    assert AccountService(db, demo=False).authenticate(username, password) is None


def test_demo_trainer_reads_the_demo_trainees(db):
    from progress.queries import ProgressQueries

    AccountService(db, demo=True).ensure_demo_accounts()
    trainer = AccountService(db, demo=True).authenticate("trainer", "demo-trainer-1")
    assert {t.username for t in ProgressQueries(db).trainees(trainer).values()} == {"trainee1", "trainee2"}


def test_create_admin_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "cli.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("COLLECTOR_DEMO", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("first-admin-pass\n"))
    assert accounts_module.main(["create-admin", "--username", "boss", "--password-stdin"]) == 0
    from storage.db import Database

    db = Database()
    assert AccountService(db, demo=False).authenticate("boss", "first-admin-pass").role == "admin"
    monkeypatch.setattr("sys.stdin", io.StringIO("first-admin-pass\n"))
    assert accounts_module.main(["create-admin", "--username", "boss", "--password-stdin"]) == 2  # taken
    assert accounts_module.main(["demo-accounts"]) == 2  # not in demo mode
    assert "Not in demo mode" in capsys.readouterr().err
    db.dispose()


def test_sso_maps_to_an_existing_local_account_only(db):
    people = seed_people(db)
    service = AccountService(db, demo=False)
    service.create_user(people["admin"], "dana@example.com", None, "trainee")
    assert service.for_sso("Dana@Example.com").username == "dana@example.com"
    assert service.for_sso("eve@example.com") is None and service.for_sso(None) is None
    assert service.authenticate("dana@example.com", "") is None  # no password: single sign-on only
