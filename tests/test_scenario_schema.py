"""Scenario files: every shipped file is valid; malformed files are reported with file, field and fix."""

from pathlib import Path

import pytest
import yaml

from scenarios import ScenarioFileError, load_library, parse_scenario
from scenarios.loader import LIBRARY_DIR, load_file

SHIPPED = sorted(LIBRARY_DIR.glob("*.yaml"))
REQUIRED_IDS = {"cashflow-instalment", "pressure-avoidance"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_scenario_is_valid(path):
    scenario = load_file(path)
    assert scenario.transcripts, "every scenario ships scripted transcripts"
    kinds = {t.kind for t in scenario.transcripts}
    assert {"good", "abusive"} <= kinds


def test_library_has_the_seed_scenarios_in_both_languages():
    lib = load_library()
    assert not lib.errors, [str(e) for e in lib.errors]
    for sid in REQUIRED_IDS:
        for lang in ("zh", "en"):
            assert lib.get(sid, lang).id == sid


def _base() -> dict:
    return yaml.safe_load((LIBRARY_DIR / "cashflow-instalment.zh.yaml").read_text(encoding="utf-8"))


def _errors(data: dict) -> list:
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario(yaml.safe_dump(data, allow_unicode=True), "bad.yaml")
    return info.value.errors


def test_missing_field_names_the_field():
    data = _base()
    del data["persona"]["loan"]["amount_due"]
    errors = _errors(data)
    assert any(e.field == "persona.loan.amount_due" and "required" in e.message.lower() for e in errors)
    assert all(e.file == "bad.yaml" for e in errors)


def test_wrong_value_says_what_is_expected():
    data = _base()
    data["difficulty"] = 7
    (err,) = _errors(data)
    assert err.field == "difficulty" and "less than or equal to 3" in err.message and "7" in err.message


def test_unknown_event_lists_the_known_ones():
    data = _base()
    data["reactions"][0]["event"] = "move:flatter"
    (err,) = _errors(data)
    assert err.field == "reactions.0.event" and "move:flatter" in err.message and "move:empathize" in err.message


def test_unknown_placeholder_in_a_line():
    data = _base()
    data["lines"][0]["text"] = "你好 {nickname}"
    (err,) = _errors(data)
    assert err.field == "lines.0.text" and "nickname" in err.message


def test_misspelt_field_is_rejected():
    data = _base()
    data["backstroy"] = "typo"
    (err,) = _errors(data)
    assert err.field == "backstroy" and "unknown field" in err.message


def test_unsupported_schema_version():
    data = _base()
    data["schema_version"] = 99
    (err,) = _errors(data)
    assert err.field == "schema_version" and "not supported" in err.message


def test_invalid_yaml_gives_line_number():
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario("id: x\n  bad: [unclosed\n", "broken.yaml")
    (err,) = info.value.errors
    assert err.file == "broken.yaml" and "line" in err.message


def test_third_party_opening_needs_the_third_party():
    data = _base()
    data["opening"]["answered_by"] = "third_party"
    errors = _errors(data)
    assert any(e.field == "opening" and "third_party" in e.message for e in errors)


def test_library_keeps_valid_files_and_reports_bad_ones(tmp_path: Path):
    good = (LIBRARY_DIR / "cashflow-instalment.zh.yaml").read_text(encoding="utf-8")
    (tmp_path / "cashflow-instalment.zh.yaml").write_text(good, encoding="utf-8")
    data = _base()
    data["id"] = "broken-one"
    data["initial_state"]["trust"] = "high"
    (tmp_path / "broken-one.zh.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "wrong-name.zh.yaml").write_text(good, encoding="utf-8")
    lib = load_library(tmp_path)
    assert list(lib.scenarios) == [("cashflow-instalment", "zh")]
    fields = {(Path(e.file).name, e.field) for e in lib.errors}
    assert ("broken-one.zh.yaml", "initial_state.trust") in fields
    assert ("wrong-name.zh.yaml", "id") in fields
