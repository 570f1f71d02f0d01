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


@pytest.mark.parametrize("sid,lang,index,kind,expect", CASES, ids=lambda v: str(v))
def test_every_scripted_transcript_reaches_its_outcome(tmp_path, capsys, sid, lang, index, kind, expect):
    script = tmp_path / "script.txt"
    script.write_text("\n".join(LIBRARY.get(sid, lang).transcripts[index].replies) + "\n", encoding="utf-8")
    assert main(["play", "--scenario", sid, "--lang", lang, "--script", str(script)]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["outcome"] in expect
    if kind == "good":
        assert summary["violations"] == {}


def test_script_from_standard_input():
    proc = _run("play", "--scenario", "cashflow-instalment", "--lang", "zh", "--script", "-",
                stdin="您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？\n")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["turns"] == 1 and summary["outcome"] == "unfinished" and summary["success"] is False


def test_unknown_scenario_is_a_clear_error():
    proc = _run("play", "--scenario", "nope", "--lang", "zh", "--script", "-", stdin="")
    assert proc.returncode == 2 and "no scenario 'nope'" in proc.stderr
