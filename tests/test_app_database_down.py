"""A database that is down: the app shows a clear message (no traceback), and the reply the trainee
had just sent is kept on screen and can be sent again once the database is back."""

import socket

import pytest
from streamlit.testing.v1 import AppTest

from test_engine import GOOD


def _closed_port_url() -> str:
    with socket.socket() as s:  # a port nothing listens on: connections are refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql+psycopg://root@127.0.0.1:{port}/test"


def _texts(at) -> str:
    return " ".join(e.value for e in [*at.error, *at.info, *at.code, *at.title])


@pytest.fixture
def app(tmp_path, monkeypatch):
    from storage.accounts import AccountService
    from storage.db import Database
    from ui import services

    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "app.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    services.database.clear()
    db = Database()
    db.create_schema()
    trainee = AccountService(db, demo=False).create_user(None, "trainee", "trainee-password-1", "trainee")
    db.dispose()
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.session_state["auth_user_id"] = trainee.id
    at.run()
    assert not at.exception
    yield at
    services.database.clear()


def _stored_replies():
    from storage.db import Database
    from storage.models import Turn

    db = Database()
    with db.transaction() as tx:
        replies = [t.reply for t in tx.query(Turn).order_by(Turn.index)]
    db.dispose()
    return replies


def test_reply_sent_while_the_database_is_down_is_kept_and_sent_later(app, monkeypatch):
    from ui import services

    at = app
    box = at.selectbox(key="practice_scenario")
    box.select(next(o for o in box.options if "外卖站长" in o)).run()
    at.button(key="practice_start").click().run()
    at.chat_input(key="practice_input").set_value(GOOD[0]).run()
    assert not at.exception and len(at.chat_message) == 3

    monkeypatch.setenv("DATABASE_URL", _closed_port_url())  # the database goes down
    services.database.clear()
    at.chat_input(key="practice_input").set_value(GOOD[1]).run()
    assert not at.exception
    assert "数据库暂时无法连接" in _texts(at)
    assert GOOD[1] in [c.value for c in at.code]  # what the trainee typed is still on screen
    at.button(key="outage_retry").click().run()  # still down: still kept
    assert not at.exception and GOOD[1] in [c.value for c in at.code]

    monkeypatch.delenv("DATABASE_URL")  # the database is back
    services.database.clear()
    at.run()
    assert not at.exception
    assert GOOD[1] in [c.value for c in at.code] and len(at.chat_message) == 3
    assert _stored_replies() == [GOOD[0]]  # nothing half-written while it was down
    at.chat_input(key="practice_input").set_value(GOOD[1]).run()
    assert not at.exception and len(at.chat_message) == 5
    assert _stored_replies() == GOOD[:2]


def test_login_page_with_the_database_down_shows_a_message(tmp_path, monkeypatch):
    from ui import services

    monkeypatch.setenv("DATABASE_URL", _closed_port_url())
    services.database.clear()
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.run()
    assert not at.exception
    assert "数据库暂时无法连接" in _texts(at)
    at.sidebar.radio(key="ui_lang").set_value("en").run()
    assert not at.exception and "database cannot be reached" in _texts(at)
    services.database.clear()
