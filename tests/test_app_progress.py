"""Sign-in, the progress boards, the admin page and exam mode through Streamlit's AppTest, on a
temporary database seeded with two cohorts. Each role sees its own pages and nothing it may not."""

import pytest
from fakes import fake_score
from progress_seed import PASSWORD, add_session, seed_people
from streamlit.testing.v1 import AppTest

from storage.audit import read_log
from storage.db import Database


class _FakeScorer:
    score = staticmethod(fake_score)


@pytest.fixture
def world(tmp_path, monkeypatch):
    from ui import services

    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "app.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("COLLECTOR_DEMO", raising=False)
    services.database.clear()  # a fresh database for each test
    if hasattr(services, "_seeded_store"):
        services._seeded_store.clear()
    monkeypatch.setattr(services, "_scorer", lambda: _FakeScorer())
    db = Database()
    db.create_schema()
    people = seed_people(db)
    sessions = {
        "alice_exam": add_session(db, people["alice"], "cashflow-instalment", mode="exam", flags=[[], ["threat"], [], []]),
        "alice_practice": add_session(db, people["alice"], "job-loss", flags=[["insult"], [], [], []], day=8),
        "bob": add_session(db, people["bob"], "job-loss", mode="exam", day=1),
        "carol": add_session(db, people["carol"], "student-borrower", flags=[["privacy"], []], day=2),
    }
    yield db, people, sessions
    db.dispose()


def _open(account, page: str | None = None) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=120)
    if account is not None:
        at.session_state["auth_user_id"] = account.id
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _everything_shown(at: AppTest) -> str:
    """All text and table cells the page rendered, to look for data that must not be there."""
    parts = [e.value for kind in ("markdown", "caption", "error", "info", "success", "warning", "title", "subheader")
             for e in getattr(at, kind)]
    parts += [m.value for m in at.metric]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [str(opt) for box in at.selectbox for opt in box.options]
    return "\n".join(map(str, parts))


def _signed_in_as(at: AppTest):
    # AppTest reruns the page file itself, not app.py, so the navigation the browser gets after
    # sign-in is checked by opening the app again with the identity the login page stored.
    from storage.accounts import AccountService

    user_id = at.session_state["auth_user_id"] if "auth_user_id" in at.session_state else None
    return AccountService(Database()).get(user_id) if user_id else None


def test_signed_out_sees_only_the_login_and_wrong_passwords_fail(world):
    _, people, _ = world
    at = _open(None)
    assert at.title[0].value == "登录"
    assert not at.dataframe and "reply 1 of" not in _everything_shown(at)
    at.text_input(key="login_username").input("alice")
    at.text_input(key="login_password").input("wrong-password")
    at.button(key="login_submit").click().run()
    assert any("不正确" in e.value for e in at.error)
    assert _signed_in_as(at) is None
    at.text_input(key="login_password").input(PASSWORD)
    at.button(key="login_submit").click().run()
    assert not at.exception and _signed_in_as(at).id == people["alice"].id
    landing = _open(_signed_in_as(at))
    assert landing.title[0].value == "练习"
    assert "Alice" in " ".join(c.value for c in landing.sidebar.caption)


def test_demo_mode_shows_and_accepts_demo_accounts(world, monkeypatch):
    monkeypatch.setenv("COLLECTOR_DEMO", "1")
    at = _open(None)
    assert "trainee1" in at.table[0].value.to_csv()
    at.text_input(key="login_username").input("trainer")
    at.text_input(key="login_password").input("demo-trainer-1")
    at.button(key="login_submit").click().run()
    assert not at.exception and _signed_in_as(at).username == "trainer"
    assert _open(_signed_in_as(at)).title[0].value == "学员进度"


def test_trainee_board_shows_only_their_own_record(world):
    _, people, sessions = world
    at = _open(people["alice"], "pages/my_progress.py")
    assert at.title[0].value == "我的进度"
    shown = _everything_shown(at)
    assert "Bob" not in shown and "Carol" not in shown and "reply 1 of bob" not in shown
    assert "reply 2 of alice" in shown  # the review of the latest session... or the notebook
    sessions_table = next(df.value for df in at.dataframe if "编号" in df.value.columns)
    assert set(sessions_table["编号"]) == {sessions["alice_exam"], sessions["alice_practice"]}
    assert "必考场景未通过" in shown  # certification: what is missing
    assert "better reply 1" in shown and "better reply 2" in shown  # the notebook, beside better replies
    assert any("推荐下一个场景" in s.value for s in at.subheader)


def _open_page_file(account, page: str) -> AppTest:
    """A page file run by itself, as if reached by its address whatever the navigation offers."""
    at = AppTest.from_file(f"../{page}", default_timeout=120)
    at.session_state["auth_user_id"] = account.id
    at.run()
    assert not at.exception, at.exception
    return at


def test_trainee_cannot_open_staff_or_admin_pages(world):
    _, people, _ = world
    at = _open(people["alice"])
    for page in ("pages/team_progress.py", "pages/admin.py", "pages/authoring.py"):
        with pytest.raises(ValueError):
            at.switch_page(page)  # not in a trainee's navigation
        direct = _open_page_file(people["alice"], page)
        shown = _everything_shown(direct)
        assert "Bob" not in shown and "Carol" not in shown and "root" not in shown and not direct.dataframe
        assert any("无权" in e.value for e in direct.error)


def test_staff_cannot_open_the_admin_page_nor_a_trainee_board(world):
    _, people, _ = world
    for who in ("trainer_a", "hr"):
        for page in ("pages/admin.py", "pages/my_progress.py"):
            direct = _open_page_file(people[who], page)
            assert not direct.dataframe and any("无权" in e.value for e in direct.error)


def test_admin_sees_accounts_but_no_practice_record(world):
    _, people, _ = world
    at = _open(people["admin"])
    assert at.title[0].value == "账号管理"
    assert "alice" in _everything_shown(at)
    for page in ("pages/team_progress.py", "pages/my_progress.py", "pages/practice.py"):
        direct = _open_page_file(people["admin"], page)
        assert "reply" not in _everything_shown(direct) and not direct.dataframe


def test_trainer_board_covers_their_cohort_only_and_filters(world):
    _, people, sessions = world
    at = _open(people["trainer_a"])
    assert at.title[0].value == "学员进度"
    shown = _everything_shown(at)
    assert "Carol" not in shown and "reply 1 of carol" not in shown
    cohort_table = next(df.value for df in at.dataframe if "认证状态" in df.value.columns)
    assert set(cohort_table["学员"]) == {"Alice", "Bob"}
    assert at.selectbox(key="team_cohort").options == ["全部", "Cohort A"]

    at.selectbox(key="team_scenario").set_value("job-loss").run()
    assert not at.exception
    table = next(df.value for df in at.dataframe if "编号" in df.value.columns)
    assert set(table["编号"]) == {sessions["alice_practice"], sessions["bob"]}
    stats = next(df.value for df in at.dataframe if "通过率" in df.value.columns)
    assert list(stats["场景"]) == ["job-loss"] and stats["通话次数"].iloc[0] == 2


def test_date_filter_narrows_the_sessions(world):
    import datetime

    _, people, sessions = world
    at = _open(people["trainer_a"])
    at.date_input(key="team_from").set_value(datetime.date(2026, 11, 9)).run()
    table = next(df.value for df in at.dataframe if "编号" in df.value.columns)
    assert set(table["编号"]) == {sessions["alice_practice"]}


def test_dispute_from_trainee_to_trainer_and_back(world):
    db, people, sessions = world
    at = _open(people["alice"], "pages/my_progress.py")
    at.selectbox(key="mine_review").set_value(sessions["alice_exam"]).run()
    exam = next(s for s in read_sessions(db, people["alice"]) if s.summary.id == sessions["alice_exam"])
    turn_id = exam.turns[1].id
    at.text_area(key=f"mine_dispute_text_{turn_id}_threat").input("I only said we would call again")
    at.button(key=f"mine_dispute_send_{turn_id}_threat").click().run()
    assert not at.exception and any("申诉已提交" in s.value for s in at.success)

    hr = _open(people["hr"])  # HR sees the queue but does not decide
    assert "I only said" in _everything_shown(hr) and not any(b.key.startswith("team_overturned") for b in hr.button)

    trainer = _open(people["trainer_a"])
    assert "I only said" in _everything_shown(trainer)
    dispute_button = next(b for b in trainer.button if b.key.startswith("team_overturned_"))
    dispute_button.click().run()
    assert not trainer.exception and any("已处理" in s.value for s in trainer.success)

    at = _open(people["alice"], "pages/my_progress.py")
    at.selectbox(key="mine_review").set_value(sessions["alice_exam"]).run()
    scores = " ".join(m.value for m in at.metric)
    assert "100 / 100" in scores and "原始得分 75" in scores
    assert any(r.action == "dispute_overturned" for r in read_log(db, people["admin"]))


def read_sessions(db, account):
    from progress.queries import ProgressQueries

    q = ProgressQueries(db)
    return [q.session(account, s.id) for s in q.sessions(account)]


def test_exports_are_offered_and_audited(world):
    db, people, _ = world
    at = _open(people["trainer_a"])
    keys = {b.key for b in at.download_button}
    assert {"team_export_cohort_csv", "team_export_sessions_csv", "team_export_excel"} <= keys
    at.selectbox(key="team_scenario").set_value("job-loss").run()
    at.download_button(key="team_export_excel").click().run()
    at.download_button(key="team_export_cohort_csv").click().run()
    assert not at.exception
    exports = [r for r in read_log(db, people["hr"]) if r.action == "export"]
    assert [(r.actor, r.target, r.detail["format"]) for r in exports] == [("trainer_a", "cohort", "csv"),
                                                                           ("trainer_a", "board", "xlsx")]
    assert exports[0].detail["filters"]["scenario"] == "job-loss"


def test_export_files_are_spreadsheet_safe():
    import pandas as pd

    from progress.export import to_csv, to_excel

    frame = pd.DataFrame({"name": ["=HYPERLINK(\"x\")", "Alice", "陈磊"], "score": [1, 2, 3]})
    import io

    import openpyxl

    back = pd.read_csv(io.BytesIO(to_csv(frame)), encoding="utf-8-sig")
    assert list(back["name"]) == ["'=HYPERLINK(\"x\")", "Alice", "陈磊"]
    workbook = to_excel({"Cohort: A/B": frame})

    sheet = openpyxl.load_workbook(io.BytesIO(workbook)).worksheets[0]
    assert sheet.title == "Cohort AB" and sheet["A2"].value.startswith("'=")


def test_admin_creates_a_user_who_can_then_sign_in(world):
    _, people, _ = world
    at = _open(people["admin"])
    at.text_input(key="admin_new_username").input("dave")
    at.text_input(key="admin_new_password").input("dave-password-1")
    at.selectbox(key="admin_new_role").set_value("trainee")
    at.button(key="admin_create_user").click().run()
    assert not at.exception and any("dave" in s.value for s in at.success)
    login = _open(None)
    login.text_input(key="login_username").input("dave")
    login.text_input(key="login_password").input("dave-password-1")
    login.button(key="login_submit").click().run()
    assert _signed_in_as(login).username == "dave"
    assert _open(_signed_in_as(login)).title[0].value == "练习"


def test_exam_mode_hides_feedback_and_counts_attempts(world):
    _, people, _ = world
    at = _open(people["bob"])
    at.radio(key="practice_mode").set_value("exam").run()
    assert any("剩余考试次数：3" in i.value for i in at.info)
    at.button(key="practice_start").click().run()
    assert not at.exception and "考试" in " ".join(c.value for c in at.caption)
    at.chat_input(key="practice_input").set_value("你个老赖，欠钱不还还有脸接电话？").run()
    assert not at.exception and len(at.chat_message) == 3
    assert not at.error and not any("更好的说法" in i.value for i in at.info)  # no flags, no coaching


def test_sign_out_forgets_the_account_and_its_pages(world):
    _, people, _ = world
    at = _open(people["alice"])
    at.session_state["practice_session_id"] = 12345
    at.sidebar.button(key="auth_sign_out").click().run()
    assert "auth_user_id" not in at.session_state and "practice_session_id" not in at.session_state
    assert _open(None).title[0].value == "登录"


def test_deactivated_account_is_signed_out_on_its_next_page(world):
    from storage.accounts import AccountService

    db, people, _ = world
    AccountService(db, demo=False).set_active(people["admin"], people["alice"].id, False)
    at = _open(people["alice"])
    assert at.title[0].value == "登录" and "auth_user_id" not in at.session_state


@pytest.mark.parametrize("who,page", [("alice", "pages/my_progress.py"), ("trainer_a", "pages/team_progress.py"),
                                      ("admin", "pages/admin.py"), ("alice", "pages/practice.py")])
def test_pages_render_in_english(world, who, page):
    _, people, _ = world
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.session_state["ui_lang"] = "en"
    at.session_state["auth_user_id"] = people[who].id
    at.run()
    if page != "pages/practice.py" or who != "alice":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    assert at.title[0].value in {"My progress", "Cohort progress", "Administration", "Practice"}


def test_single_sign_on_button_when_configured(world):
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s" * 32,
                          "client_id": "id", "client_secret": "secret",
                          "server_metadata_url": "https://idp.example.com/.well-known/openid-configuration"}
    at.run()
    assert not at.exception and any(b.key == "login_sso" for b in at.button)
    plain = _open(None)
    assert not any(b.key == "login_sso" for b in plain.button)


def test_names_typed_by_people_are_shown_inert(world):
    from storage.accounts import AccountService

    db, people, _ = world
    sneaky = AccountService(db, demo=False).create_user(
        people["admin"], "sneaky", "sneaky-password-1", "trainee", display_name="[click](http://evil.example) <b>x</b>",
        cohort_id=people["cohort_a"])
    at = _open(sneaky)
    caption = " ".join(c.value for c in at.sidebar.caption)
    assert "\\[click\\]\\(http://evil\\.example\\)" in caption and "\\<b\\>" in caption
