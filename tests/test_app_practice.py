"""The practice page through Streamlit's AppTest, with the shipped scorer and a temporary database."""

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture
def app(tmp_path, monkeypatch):
    from storage.accounts import AccountService
    from storage.db import Database
    from ui import services

    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "app.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    services.database.clear()  # a fresh database for each test
    db = Database()
    db.create_schema()
    trainee = AccountService(db, demo=False).create_user(None, "trainee", "trainee-password-1", "trainee")
    db.dispose()
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.session_state["auth_user_id"] = trainee.id  # signed in as a trainee
    at.run()
    assert not at.exception
    return at


def _start(at, title_part: str):
    box = at.selectbox(key="practice_scenario")
    box.select(next(o for o in box.options if title_part in o)).run()
    at.button(key="practice_start").click().run()
    assert not at.exception


def test_practice_call_is_scored_and_saved(app):
    at = app
    assert at.title[0].value == "练习"
    _start(at, "外卖站长")
    messages = at.chat_message
    assert len(messages) == 1  # the borrower answers the phone
    at.chat_input(key="practice_input").set_value("您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？").run()
    assert not at.exception
    assert len(at.chat_message) == 3
    assert any("未发现违规" in s.value for s in at.success)
    at.chat_input(key="practice_input").set_value("你个老赖，欠钱不还还有脸接电话？").run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "侮辱" in errors and "老赖" in errors
    assert any("更好的说法" in i.value for i in at.info)

    from storage.db import Database
    from storage.models import PracticeSession

    with Database().transaction() as tx:
        row = tx.query(PracticeSession).one()
        assert row.turn_count == 2 and [t.index for t in row.turns] == [1, 2]


def test_empty_reply_is_refused_and_nothing_is_written(app):
    at = app
    _start(at, "外卖站长")
    at.chat_input(key="practice_input").set_value("   ").run()
    assert not at.exception
    assert any("不能为空" in w.value for w in at.warning)
    assert len(at.chat_message) == 1


def test_english_ui_follows_the_switch(app):
    at = app
    at.sidebar.radio(key="ui_lang").set_value("en").run()
    assert at.title[0].value == "Practice"
    assert all("★" in o for o in at.selectbox(key="practice_scenario").options)
