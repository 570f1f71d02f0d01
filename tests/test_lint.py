"""The scenario lint: reachable outcomes, unused lines, reactions that cannot fire, transcripts that
miss their expectation. Driven by the keyword scorer, plus one run with the shipped model."""

import json

import pytest
import yaml
from fakes import fake_score

from scenarios import parse_scenario
from scenarios.loader import LIBRARY_DIR
from scoring.model import SHIPPED_MODEL_DIR
from simulator.lint import impossible_events, lint_scenario, scripts_for


def _scenario(name="cashflow-instalment.zh.yaml", edit=None):
    data = yaml.safe_load((LIBRARY_DIR / name).read_text(encoding="utf-8"))
    if edit:
        edit(data)
    return parse_scenario(yaml.safe_dump(data, allow_unicode=True), name)


def test_shipped_scenario_reaches_its_outcomes_and_passes(cashflow_zh):
    report = lint_scenario(cashflow_zh, scorer=fake_score)
    assert report.ok, report.to_dict()
    assert {"agreement", "complaint", "hang_up"} <= set(report.reached)
    assert "transcript:1:good" in report.reached["agreement"]
    assert "violations_only" in report.reached["complaint"]
    assert set(report.unreached_outcomes) == {"agreement", "partial_agreement", "refusal", "hang_up", "complaint",
                                              "turn_limit"} - set(report.reached)
    names = {name for name, _, _ in scripts_for(cashflow_zh)}
    assert {"violations_only", "please_pay_only", "idle_only", "model_path", "model_path_no_commitment"} <= names
    assert len(report.runs) == len(names) * 3


def test_a_line_nothing_can_trigger_is_reported_with_the_reason():
    def add_lines(data):
        data["lines"].append({"id": "never-tp", "text": "我是他同事。", "when": {"speaker": "third_party"}})
        data["lines"].append({"id": "never-bounds", "text": "嗯。", "when": {"state": {"trust": {"min": 80, "max": 20}}}})
        data["lines"].append({"id": "never-handover", "text": "电话给他了。", "when": {"events_any": ["handed_over"]}})
    report = lint_scenario(_scenario(edit=add_lines), scorer=fake_score, seeds=(0,))
    why = {f.item: f.why for f in report.unused_lines}
    assert why["never-tp"].startswith("impossible: speaker is third_party")
    assert "at least 80 and at most 20" in why["never-bounds"]
    assert "handed_over" in why["never-handover"]
    assert not report.ok


def test_reactions_that_can_never_fire_or_change_nothing(cashflow_zh):
    def add_reactions(data):
        data["reactions"].append({"event": "handed_over", "effect": {"trust": 5}})
        data["reactions"].append({"event": "move:close", "effect": {}})
        data["reactions"].append({"event": "request_ignored", "effect": {"trust": -5}})
        for line in data["lines"]:
            line.pop("sets", None)
    scenario = _scenario(edit=add_reactions)
    report = lint_scenario(scenario, scorer=fake_score, seeds=(0,))
    found = {f.item: f.why for f in report.impossible_reactions}
    n = len(scenario.reactions)
    assert "no third party" in found[f"reactions.{n - 3} (handed_over)"]
    assert "changes nothing" in found[f"reactions.{n - 2} (move:close)"]
    assert "no line makes a request" in found[f"reactions.{n - 1} (request_ignored)"]
    assert set(impossible_events(_scenario("amount-dispute.zh.yaml"))) == {"handed_over", "third_party_disclosure"}
    assert "request_ignored" in impossible_events(cashflow_zh)  # none of its lines makes a request


def test_a_reaction_no_script_fires_is_listed_as_unfired():
    def add(data):
        data["reactions"].append({"event": "violation:harassment", "effect": {"trust": -1}})
    report = lint_scenario(_scenario(edit=add), scorer=lambda text, **kw: fake_score(text.replace("一直打", ""), **kw),
                           seeds=(0,))
    assert any(f.item.endswith("(violation:harassment)") for f in report.unfired_reactions)
    assert report.ok  # possible, only not exercised: a warning, not an error


def test_a_transcript_that_misses_its_expectation_fails_the_lint():
    def expect_wrong(data):
        data["transcripts"][0]["expect"] = ["complaint"]
    report = lint_scenario(_scenario(edit=expect_wrong), scorer=fake_score, seeds=(0, 1))
    assert [(r.script, r.outcome) for r in report.transcript_mismatches] == [
        ("transcript:1:good", "agreement"), ("transcript:1:good", "agreement")]
    assert not report.ok
    assert json.dumps(report.to_dict(), ensure_ascii=False)


def test_every_shipped_scenario_lints_without_mismatches(library):
    for scenario in library.listing():
        report = lint_scenario(scenario, scorer=fake_score, seeds=(0,))
        assert not report.transcript_mismatches, (scenario.id, scenario.lang, report.to_dict()["transcript_mismatches"])
        assert "agreement" in report.reached and "complaint" in report.reached, (scenario.id, scenario.lang)


def test_cli_lints_a_file_and_exits_by_the_result(tmp_path, capsys, monkeypatch):
    import scoring
    from scenarios.__main__ import main

    monkeypatch.setattr(scoring, "score", fake_score)
    path = LIBRARY_DIR / "cashflow-instalment.zh.yaml"
    assert main(["lint", "cashflow-instalment", "--lang", "zh", "--file", str(path), "--seeds", "1"]) == 0
    out = capsys.readouterr().out
    assert "reached agreement" in out and out.strip().endswith("ok")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["transcripts"][0]["expect"] = ["refusal"]
    bad = tmp_path / "cashflow-instalment.zh.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["lint", "cashflow-instalment", "--lang", "zh", "--file", str(bad), "--seeds", "1", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["transcript_mismatches"][0]["expected"] == ["refusal"]


@pytest.mark.skipif(not (SHIPPED_MODEL_DIR / "config.json").exists(), reason="the shipped model is not trained yet")
def test_lint_with_the_shipped_scorer(cashflow_zh):
    # Whether each transcript reaches its outcome with the model is tests/test_simulator_cli.py's
    # business; here: the lint plays every script with the real scorer and its report adds up.
    report = lint_scenario(cashflow_zh, seeds=(0,))
    assert [r.script for r in report.runs] == [name for name, _, _ in scripts_for(cashflow_zh)]
    assert "violations_only" in report.reached["complaint"]
    assert report.transcript_mismatches == [r for r in report.runs if r.expected and r.outcome not in r.expected]
    assert {o for r in report.runs for o in [r.outcome] if o != "unfinished"} == set(report.reached)
    unused = {f.item for f in report.unused_lines}
    assert unused < {line.id for line in cashflow_zh.lines}
