"""The scenario library in the database: seeding, versions, sessions pinned to their version,
retiring, duplicating, diffs, and all-or-nothing import / export."""

from pathlib import Path

import pytest
import yaml
from fakes import fake_score

from scenarios import ScenarioFileError, load_library
from scenarios.loader import LIBRARY_DIR
from storage.access import AccessDenied, Account
from storage.practice import PracticeService, scenario_version
from storage.scenario_store import ScenarioNotFound, ScenarioStore, VersionConflict, with_id
from test_engine import GOOD

KEY = ("cashflow-instalment", "zh")


@pytest.fixture
def store(db):
    s = ScenarioStore(db)
    assert s.seed_from_files() == []
    return s


def _edited(text: str, **changes) -> str:
    data = yaml.safe_load(text)
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for part in parents:
            target = target[part]
        target[last] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_seed_imports_every_shipped_file_once(store):
    files = load_library()
    lib = store.library()
    assert set(lib.scenarios) == set(files.scenarios)
    assert all(v == 1 for v in lib.versions.values())
    assert store.text(*KEY) == (LIBRARY_DIR / "cashflow-instalment.zh.yaml").read_text(encoding="utf-8")
    assert store.seed_from_files() == []  # a second start adds nothing
    assert store.versions(*KEY)[0].note == "seeded from files"
    assert len(store.versions(*KEY)) == 1


def test_seed_never_overwrites_an_edit_and_reports_bad_files(store, tmp_path):
    store.save(_edited(store.text(*KEY), title="改过的标题"), editing=KEY)
    (tmp_path / "cashflow-instalment.zh.yaml").write_text((LIBRARY_DIR / "cashflow-instalment.zh.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.zh.yaml").write_text("id: broken\n", encoding="utf-8")
    errors = store.seed_from_files(tmp_path)
    assert store.get(*KEY).title == "改过的标题"
    assert any(Path(e.file).name == "broken.zh.yaml" for e in errors)


def test_every_save_is_a_new_version_and_old_versions_stay(store):
    original = store.get(*KEY)
    result = store.save(_edited(store.text(*KEY), persona__loan__amount_due=4000), editing=KEY, note="raise")
    assert (result.version, result.created) == (2, True)
    assert store.get(*KEY).persona.loan.amount_due == 4000
    assert store.get(*KEY, 1).persona.loan.amount_due == original.persona.loan.amount_due
    assert store.library().version_of(*KEY) == 2
    assert [v.version for v in store.versions(*KEY)] == [1, 2]
    # saving the same text again writes nothing
    again = store.save(store.text(*KEY), editing=KEY)
    assert (again.version, again.created) == (2, False)


def test_invalid_save_names_the_field_and_writes_nothing(store):
    bad = _edited(store.text(*KEY), difficulty=9)
    with pytest.raises(ScenarioFileError) as info:
        store.save(bad, editing=KEY)
    (err,) = info.value.errors
    assert err.field == "difficulty" and "less than or equal to 3" in err.message
    assert store.latest_version(*KEY) == 1


def test_an_edit_cannot_move_to_another_id(store):
    with pytest.raises(ScenarioFileError) as info:
        store.save(with_id(store.text(*KEY), "other-id"), editing=KEY)
    assert info.value.errors[0].field == "id"
    with pytest.raises(ScenarioNotFound):
        store.get("other-id", "zh")


def test_a_stale_edit_is_refused(store):
    text = store.text(*KEY)
    store.save(_edited(text, title="first"), editing=KEY, base_version=1)
    with pytest.raises(VersionConflict):
        store.save(_edited(text, title="second"), editing=KEY, base_version=1)
    assert store.get(*KEY).title == "first"


def test_create_refuses_an_existing_id(store):
    with pytest.raises(ScenarioFileError) as info:
        store.save(store.text(*KEY), create=True)
    assert info.value.errors[0].field == "id" and "already exists" in info.value.errors[0].message


def test_duplicate_keeps_the_layout_and_starts_at_version_one(store):
    result = store.duplicate(*KEY, new_id="cashflow-copy")
    assert (result.scenario_id, result.version) == ("cashflow-copy", 1)
    copy_text = store.text("cashflow-copy", "zh")
    assert copy_text.replace("id: cashflow-copy", "id: cashflow-instalment") == store.text(*KEY)
    assert "duplicated from cashflow-instalment" in store.versions("cashflow-copy", "zh")[0].note
    with pytest.raises(ScenarioFileError):
        store.duplicate(*KEY, new_id="Not An Id")


def test_retired_scenarios_leave_the_library_but_stay_playable(store):
    store.set_retired(*KEY)
    assert KEY not in store.library().scenarios
    assert store.get(*KEY).id == KEY[0]  # sessions played on it still resolve
    assert any(i.retired for i in store.listing() if (i.scenario_id, i.lang) == KEY)
    store.set_retired(*KEY, retired=False)
    assert KEY in store.library().scenarios


def test_diff_shows_what_changed_between_versions(store):
    text = store.text(*KEY)
    store.save(text.replace("overdue_days: 18", "overdue_days: 25"), editing=KEY)
    diff = store.diff(*KEY, 1, 2)
    assert "-    overdue_days: 18" in diff and "+    overdue_days: 25" in diff
    assert "(v1)" in diff and "(v2)" in diff
    assert store.diff(*KEY, 2, 2) == ""


def test_a_session_keeps_the_version_it_started_on(store, db):
    service = PracticeService(db, scorer=fake_score)
    lib = store.library()
    scenario = lib.get(*KEY)
    sid = service.start(scenario, seed=5, version=str(lib.version_of(*KEY))).id
    service.reply(sid, scenario, GOOD[0])
    # a trainer raises the bar while the session is open
    store.save(_edited(store.text(*KEY), outcomes__agreement__min_trust=100), editing=KEY)
    resumed, version = store.for_session(sid)
    assert version == 1 and resumed.outcomes.agreement.min_trust != 100
    for reply in GOOD[1:]:
        service.reply(sid, resumed, reply)
    row = service.get(sid)
    assert row.scenario_version == "1" and row.outcome == "agreement"
    assert store.get(*KEY).outcomes.agreement.min_trust == 100


def test_sessions_from_before_versions_resolve_by_their_content_hash(store, db):
    original = store.get(*KEY)
    store.save(_edited(store.text(*KEY), title="new"), editing=KEY)
    sid = PracticeService(db, scorer=fake_score).start(original).id  # stores the content hash
    assert store.for_session(sid)[1] == 1
    assert store.resolve_version(*KEY, scenario_version(store.get(*KEY))) == 2


def test_import_of_a_malformed_file_changes_nothing(store, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(_edited(store.text(*KEY), title="imported"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(_edited(store.text("job-loss", "zh"), initial_state__trust="high"), encoding="utf-8")
    with pytest.raises(ScenarioFileError) as info:
        store.import_files([good, bad])
    assert [(Path(e.file).name, e.field) for e in info.value.errors] == [("bad.yaml", "initial_state.trust")]
    assert store.latest_version(*KEY) == 1 and store.get(*KEY).title != "imported"


def test_import_refuses_two_files_for_the_same_scenario(store):
    text = store.text(*KEY)
    with pytest.raises(ScenarioFileError) as info:
        store.import_texts([("a.yaml", _edited(text, title="a")), ("b.yaml", _edited(text, title="b"))])
    assert "same scenario" in info.value.errors[0].message
    assert store.latest_version(*KEY) == 1


def test_export_then_import_round_trips(store, db, tmp_path):
    written = store.export_to(tmp_path, keys=[KEY])
    assert [p.name for p in written] == ["cashflow-instalment.zh.yaml"]
    assert load_library(tmp_path).get(*KEY) == store.get(*KEY)
    path = written[0]
    path.write_text(path.read_text(encoding="utf-8").replace("overdue_days: 18", "overdue_days: 30"), encoding="utf-8")
    (result,) = store.import_files([path])
    assert (result.version, result.created) == (2, True)
    assert store.get(*KEY).persona.loan.overdue_days == 30
    assert "imported from cashflow-instalment.zh.yaml" == store.versions(*KEY)[-1].note
    # a new scenario can come in by import too
    (new,) = store.import_texts([("x.yaml", with_id(store.text(*KEY), "brand-new"))])
    assert (new.scenario_id, new.version) == ("brand-new", 1)


def test_only_trainers_change_the_library(db, store):
    trainee = ScenarioStore(db, actor=Account(id=7, username="t", display_name="T", role="trainee"))
    with pytest.raises(AccessDenied):
        trainee.save(store.text(*KEY), editing=KEY)
    with pytest.raises(AccessDenied):
        trainee.set_retired(*KEY)
    trainer = ScenarioStore(db, actor=Account(id=3, username="c", display_name="C", role="trainer"))
    trainer.save(_edited(store.text(*KEY), title="by trainer"), editing=KEY)
    assert store.versions(*KEY)[-1].author_id == 3
    assert trainee.get(*KEY).title == "by trainer"  # reading stays open


def test_cli_export_and_all_or_nothing_import(tmp_path, monkeypatch, capsys):
    from scenarios.__main__ import main

    monkeypatch.setenv("COLLECTOR_DB_PATH", str(tmp_path / "cli.db"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    out = tmp_path / "export"
    assert main(["export", "--out", str(out), "--id", "job-loss", "--lang", "en"]) == 0
    path = out / "job-loss.en.yaml"
    assert path.read_text(encoding="utf-8") == (LIBRARY_DIR / "job-loss.en.yaml").read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace("difficulty: ", "difficulty: 1\nbackstroy: typo\n#"), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "backstroy" in err and "unknown field" in err
    path.write_text((LIBRARY_DIR / "job-loss.en.yaml").read_text(encoding="utf-8").replace("overdue_days: ", "overdue_days: 9\n#", 1), encoding="utf-8")
    assert main(["import", str(path)]) == 0
    assert "job-loss (en): version 2" in capsys.readouterr().out
