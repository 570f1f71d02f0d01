"""The authoring page through Streamlit's AppTest, on a temporary database. Test calls and the lint
use the keyword scorer (tests/fakes.py) so these tests do not wait for the model."""

import pytest
import yaml
from fakes import fake_score
from streamlit.testing.v1 import AppTest

from storage.accounts import AccountService
from storage.db import Database
from storage.models import PracticeSession
from storage.scenario_store import ScenarioStore

KEY = ("cashflow-instalment", "zh")


class _FakeScorer:
    score = staticmethod(fake_score)


@pytest.fixture
def app(tmp_path, monkeypatch):
    from ui import services

    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "app.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    services.database.clear()  # a fresh database for each test
    services._seeded_store.clear()
    monkeypatch.setattr(services, "reply_scorer", lambda: fake_score)
    monkeypatch.setattr(services, "_scorer", lambda: _FakeScorer())
    db = Database()
    db.create_schema()
    trainer = AccountService(db).create_user(None, "coach", "coach-password-1", "trainer")
    db.dispose()
    at = AppTest.from_file("../app.py", default_timeout=120)
    at.session_state["auth_user_id"] = trainer.id  # signed in as a trainer
    at.run()
    at.switch_page("pages/authoring.py").run()
    assert not at.exception
    yield at
    services.database.clear()
    services._seeded_store.clear()


def _store() -> ScenarioStore:
    return ScenarioStore(Database())


def _pick(at, scenario_id: str, lang: str):
    box = at.selectbox(key="author_scenario")
    box.select_index(next(i for i, o in enumerate(box.options) if f"· {scenario_id} ({lang})" in o)).run()
    assert not at.exception
    return at


def _texts(elements) -> str:
    return " ".join(e.value for e in elements).replace("\\", "")  # without Markdown escapes


def test_form_edit_saves_a_new_version(app):
    at = _pick(app, *KEY)
    assert at.title[0].value == "场景编写"
    at.text_input(key="author_f_title").set_value("新标题：工资延发")
    at.number_input(key="author_f_amount_due").set_value(4000.0)
    at.button(key="author_form_save").click().run()
    assert not at.exception
    assert "版本 2" in _texts(at.success)
    scenario = _store().get(*KEY)
    assert scenario.title == "新标题：工资延发" and scenario.persona.loan.amount_due == 4000
    assert _store().get(*KEY, 1).persona.loan.amount_due == 3260
    assert at.text_area(key="author_yaml").value == _store().text(*KEY)  # the editor shows what was saved


def test_form_validation_names_the_field(app):
    at = _pick(app, *KEY)
    at.number_input(key="author_f_age").set_value(5)
    at.button(key="author_form_save").click().run()
    assert not at.exception
    errors = _texts(at.error)
    assert "persona.age" in errors and "greater than or equal to 16" in errors
    assert _store().latest_version(*KEY) == 1


def test_yaml_is_checked_as_it_is_edited_and_a_bad_save_writes_nothing(app):
    at = _pick(app, *KEY)
    text = at.text_area(key="author_yaml").value
    at.text_area(key="author_yaml").set_value(text.replace("difficulty: 1", "difficulty: 9")).run()
    assert not at.exception
    assert "difficulty" in _texts(at.error) and "3" in _texts(at.error)
    at.button(key="author_yaml_save").click().run()
    assert _store().latest_version(*KEY) == 1
    at.text_area(key="author_yaml").set_value(text.replace("overdue_days: 18", "overdue_days: 21")).run()
    assert any("有效" in s.value for s in at.success)
    at.button(key="author_yaml_save").click().run()
    assert _store().get(*KEY).persona.loan.overdue_days == 21


def test_new_scenario_from_the_template(app):
    at = app
    at.selectbox(key="author_scenario").select_index(0).run()  # ➕ new scenario
    text = at.text_area(key="author_yaml").value
    assert "id: new-scenario" in text
    at.text_area(key="author_yaml").set_value(text.replace("id: new-scenario", "id: night-shift-nurse")).run()
    at.button(key="author_yaml_save").click().run()
    assert not at.exception
    assert _store().get("night-shift-nurse", "zh").title == "新场景"
    assert ("night-shift-nurse", "zh") in _store().library().scenarios  # trainees see it at once
    # the form creates one too, in the language chosen for the template
    at.selectbox(key="author_scenario").select_index(0).run()
    at.radio(key="author_new_lang").set_value("en").run()
    assert "lang: en" in at.text_area(key="author_yaml").value
    at.text_input(key="author_f_id").set_value("form-made")
    at.text_input(key="author_f_name").set_value("Dana Lee")
    at.button(key="author_form_save").click().run()
    assert not at.exception
    assert _store().get("form-made", "en").persona.name == "Dana Lee"
    # creating one a second time is refused by id
    at.selectbox(key="author_scenario").select_index(0).run()
    at.text_area(key="author_yaml").set_value(text.replace("id: new-scenario", "id: night-shift-nurse")).run()
    at.button(key="author_yaml_save").click().run()
    assert "already exists" in _texts(at.error)


def test_duplicate_and_retire(app):
    at = _pick(app, *KEY)
    at.text_input(key="author_dup_id").set_value("cashflow-night")
    at.button(key="author_dup").click().run()
    assert not at.exception
    assert _store().get("cashflow-night", "zh").persona == _store().get(*KEY).persona
    assert at.selectbox(key="author_scenario").value == "cashflow-night|zh"  # the copy is open for editing
    at = _pick(at, *KEY)
    at.button(key="author_retire").click().run()
    assert not at.exception
    assert KEY not in _store().library().scenarios
    assert any("已停用" in w.value for w in at.warning)
    at.button(key="author_unretire").click().run()
    assert KEY in _store().library().scenarios


def test_preview_shows_the_persona_card_of_the_draft(app):
    at = _pick(app, *KEY)
    text = at.text_area(key="author_yaml").value
    at.text_area(key="author_yaml").set_value(text.replace("amount_due: 3260", "amount_due: 5150")).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["应还金额"] == "5,150 CNY" and metrics["逾期天数"] == "18"
    assert any("陈磊" in h.value for h in at.subheader)


def test_test_play_shows_the_hidden_state(app):
    at = _pick(app, *KEY)
    at.button(key="author_play_start").click().run()
    assert not at.exception
    trust_before = next(m.value for m in at.metric if m.label == "信任")
    assert trust_before == "45"
    at.text_input(key="author_play_input").set_value("您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？")
    at.button(key="author_play_send").click().run()
    assert not at.exception
    trust_after = next(m for m in at.metric if m.label == "信任")
    assert int(trust_after.value) > 45
    assert "move:identify" in _texts(at.caption) and "verified_now" in _texts(at.caption)
    assert _store().latest_version(*KEY) == 1
    with Database().transaction() as tx:
        assert tx.query(PracticeSession).count() == 0  # a test call is not a practice session


def test_versions_are_compared_as_a_diff(app):
    at = _pick(app, *KEY)
    text = at.text_area(key="author_yaml").value
    at.text_area(key="author_yaml").set_value(text.replace("overdue_days: 18", "overdue_days: 40")).run()
    at.button(key="author_yaml_save").click().run()
    diff = " ".join(c.value for c in at.code)
    assert "-    overdue_days: 18" in diff and "+    overdue_days: 40" in diff
    at.button(key="author_restore").click().run()
    assert _store().latest_version(*KEY) == 3 and _store().text(*KEY, 3) == _store().text(*KEY, 1)


def test_lint_reports_on_the_draft(app):
    at = _pick(app, *KEY)
    data = yaml.safe_load(at.text_area(key="author_yaml").value)
    data["reactions"].append({"event": "handed_over", "effect": {"trust": 5}})
    at.text_area(key="author_yaml").set_value(yaml.safe_dump(data, allow_unicode=True, sort_keys=False)).run()
    at.button(key="author_lint_run").click().run()
    assert not at.exception
    errors = _texts(at.error)
    assert "永远不会触发的反应" in errors and "handed_over" in errors
    reached = " ".join(m.value for m in at.markdown)
    assert "达成还款约定" in reached and "场景脚本 1（good）" in reached and "只违规" in reached


def test_practice_records_the_version_and_keeps_it_after_an_edit(app):
    at = app
    at.switch_page("pages/practice.py").run()
    box = at.selectbox(key="practice_scenario")
    box.select(next(o for o in box.options if "外卖站长" in o)).run()
    at.button(key="practice_start").click().run()
    assert not at.exception
    store = _store()
    store.save(store.text(*KEY).replace("陈磊", "陈雷"), editing=KEY)
    at.chat_input(key="practice_input").set_value("您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？").run()
    assert not at.exception
    with Database().transaction() as tx:
        row = tx.query(PracticeSession).one()
        assert row.scenario_version == "1" and row.turn_count == 1
    assert any("陈磊" in h.value for h in at.subheader)  # the card is still the version it started on


def test_a_trainee_reaching_the_page_by_address_sees_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "trainee.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    from ui import services

    services.database.clear()
    db = Database()
    db.create_schema()
    trainee = AccountService(db).create_user(None, "newbie", "newbie-password-1", "trainee")
    db.dispose()
    at = AppTest.from_file("../pages/authoring.py", default_timeout=120)
    at.session_state["auth_user_id"] = trainee.id
    at.run()
    assert not at.exception
    assert at.error and not at.text_area and not at.selectbox
    services.database.clear()
