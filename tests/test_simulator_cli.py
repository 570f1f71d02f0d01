"""`python -m simulator` as its users run it, with the shipped scorer: every scenario's scripted
transcripts reach the outcomes they declare."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scenarios import load_library
from simulator.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = load_library()
CASES = [(sc.id, sc.lang, i, t.kind, tuple(t.expect)) for sc in LIBRARY.listing() for i, t in enumerate(sc.transcripts)]
SEEDS = {"cashflow-instalment", "pressure-avoidance"}


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "simulator", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_list_prints_one_json_line_per_scenario():
    proc = _run("list")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {(r["id"], r["lang"]) for r in rows} == set(LIBRARY.scenarios)
    assert all(set(r) == {"id", "lang", "title", "difficulty"} for r in rows)


@pytest.mark.parametrize("sid,lang,index,kind,expect",
                         [c for c in CASES if c[0] in SEEDS], ids=lambda v: str(v))
def test_seed_scenarios_play_out_through_the_command(tmp_path, sid, lang, index, kind, expect):
    script = tmp_path / "script.txt"
    replies = LIBRARY.get(sid, lang).transcripts[index].replies
    script.write_text("\n".join(replies + ["（多余的一行）extra line after the end"]) + "\n", encoding="utf-8")
    proc = _run("play", "--scenario", sid, "--lang", lang, "--script", str(script), "--seed", "1")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(summary) == {"scenario", "lang", "outcome", "success", "turns", "score", "violations"}
    assert summary["outcome"] in expect, proc.stdout
    assert summary["success"] == (summary["outcome"] == "agreement")
    assert summary["turns"] <= len(replies)
    assert "borrower:" in proc.stdout
    if kind == "good":
        assert summary["violations"] == {} and summary["score"] >= 70
    if kind == "abusive":
        assert sum(summary["violations"].values()) >= 1


# Good transcripts the shipped model does not yet carry to an agreement: it misses a move or flags
# a lawful reply in them (see MODEL_CARD.md, "Known errors"). Their mechanics are asserted with
# the keyword scorer below; these stay listed until a retrained model plays them through.
KNOWN_MODEL_MISSES = {
    # "Sure, I'll keep it short. ... so what happened?" after the borrower's line about calls at
    # night and at work: flagged as harassment by the model
    ("no-calls-work-night", "en"),
    # "Fewer hours and your mom's move in the same month, I understand, that's a lot at once." not
    # read as empathize, so the consequences that follow count as pressure after a dispute
    ("recording-complaint", "en"),
    # "I saw your message about a family member in the hospital" (to the verified borrower)
    # flagged as privacy by the model
    ("medical-emergency", "en")}


def _play(tmp_path, capsys, sid, lang, index) -> dict:
    script = tmp_path / "script.txt"
    script.write_text("\n".join(LIBRARY.get(sid, lang).transcripts[index].replies) + "\n", encoding="utf-8")
    assert main(["play", "--scenario", sid, "--lang", lang, "--script", str(script)]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.mark.parametrize("sid,lang,index,kind,expect", [c for c in CASES if c[3] != "good"], ids=lambda v: str(v))
def test_no_poor_or_abusive_transcript_reaches_agreement(tmp_path, capsys, sid, lang, index, kind, expect):
    summary = _play(tmp_path, capsys, sid, lang, index)
    assert summary["outcome"] not in ("agreement",) and not summary["success"]
    if kind == "abusive":
        assert sum(summary["violations"].values()) >= 1


@pytest.mark.parametrize(
    "sid,lang,index,kind,expect",
    [pytest.param(*c, marks=pytest.mark.xfail(reason="shipped model misses a move here (MODEL_CARD known errors)"))
     if (c[0], c[1]) in KNOWN_MODEL_MISSES else c for c in CASES if c[3] == "good"],
    ids=lambda v: str(v))
def test_good_transcripts_reach_agreement_with_no_flag(tmp_path, capsys, sid, lang, index, kind, expect):
    summary = _play(tmp_path, capsys, sid, lang, index)
    assert summary["outcome"] == "agreement" and summary["violations"] == {}


@pytest.mark.parametrize("sid,lang,index,kind,expect", CASES, ids=lambda v: str(v))
def test_transcript_mechanics_with_the_keyword_scorer(sid, lang, index, kind, expect):
    """Each scripted transcript reaches its declared outcome when the labels are known exactly."""
    from fakes import fake_score

    from simulator.play import play_script

    result = play_script(LIBRARY.get(sid, lang), LIBRARY.get(sid, lang).transcripts[index].replies, scorer=fake_score)
    assert (result.simulation.outcome or "unfinished") in expect


def test_script_from_standard_input():
    proc = _run("play", "--scenario", "cashflow-instalment", "--lang", "zh", "--script", "-",
                stdin="您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？\n")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["turns"] == 1 and summary["outcome"] == "unfinished" and summary["success"] is False


def test_unknown_scenario_is_a_clear_error():
    proc = _run("play", "--scenario", "nope", "--lang", "zh", "--script", "-", stdin="")
    assert proc.returncode == 2 and "no scenario 'nope'" in proc.stderr


# Transcripts for the two seed scenarios, seven sets by writers who each read only the scenarios'
# stories (not their lines, reactions or the project's transcripts): tests/data/README.md.


def _independent(name: str, prefix: str) -> list[dict]:
    lines = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
    return [dict(case, id=prefix + case["id"]) for case in map(json.loads, lines)]


INDEPENDENT = (_independent("independent_transcripts.jsonl", "")
               + _independent("independent_transcripts_2.jsonl", "set2-")
               + _independent("independent_transcripts_3.jsonl", "set3-")
               + _independent("independent_transcripts_4.jsonl", "set4-")
               + _independent("independent_transcripts_5.jsonl", "")  # its ids carry "set5-" already
               + _independent("independent_transcripts_6.jsonl", "")
               + _independent("independent_transcripts_7.jsonl", ""))  # ids carry "set7-"
# Good ones the shipped model does not yet carry through (MODEL_CARD known errors): none since the
# sixth model. The set stays so that a regression can be listed here with its reason.
INDEPENDENT_MISSES: set[str] = set()
# An abusive call the borrower ends (complaint) at its second turn, before its violations: its two
# turns (the debt stated at once, then mockery) carry no violation label under the guide.
INDEPENDENT_ENDED_BEFORE_ITS_VIOLATIONS = {"set3-pa-en-abusive-1"}
# An abusive call whose mockery ("Cute. Go ahead, file your little complaint.") the model does not
# flag as an insult; the borrower still ends it with a complaint.
# The same for "Spare me the sob story. … What are you, twelve?" (set 7).
INDEPENDENT_MOCKERY_MISSED = {"set6-pa-en-abusive-1", "set7-pa-en-abusive-1"}


@pytest.mark.parametrize("case", [c for c in INDEPENDENT if c["kind"] != "good"], ids=lambda c: c["id"])
def test_independent_bad_transcripts_never_agree(tmp_path, capsys, case):
    script = tmp_path / "script.txt"
    script.write_text("\n".join(case["replies"]) + "\n", encoding="utf-8")
    assert main(["play", "--scenario", case["scenario"], "--lang", case["lang"], "--script", str(script), "--seed", "1"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["outcome"] != "agreement"
    unflagged = INDEPENDENT_ENDED_BEFORE_ITS_VIOLATIONS | INDEPENDENT_MOCKERY_MISSED
    if case["kind"] == "abusive" and case["id"] not in unflagged:
        assert sum(summary["violations"].values()) >= 1
    elif case["kind"] == "abusive":
        assert summary["outcome"] == "complaint" and summary["turns"] < len(case["replies"])


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=pytest.mark.xfail(reason="shipped model misreads a turn (MODEL_CARD known errors)"))
             if c["id"] in INDEPENDENT_MISSES else c for c in INDEPENDENT if c["kind"] == "good"],
    ids=lambda c: c["id"])
def test_independent_good_transcripts_agree_with_no_flag(tmp_path, capsys, case):
    script = tmp_path / "script.txt"
    script.write_text("\n".join(case["replies"]) + "\n", encoding="utf-8")
    assert main(["play", "--scenario", case["scenario"], "--lang", case["lang"], "--script", str(script), "--seed", "1"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["outcome"] == "agreement" and summary["violations"] == {}
