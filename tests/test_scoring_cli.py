"""`python -m scoring score` and the scoring API on the shipped model: contracts and odd input."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import scoring
from scoring.labels import MOVES, TONES, VIOLATIONS

ROOT = Path(__file__).resolve().parents[1]


def _run(*args):
    return subprocess.run([sys.executable, "-m", "scoring", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_score_command_keeps_order_and_skips_malformed_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "您好，我是安信金融的小王，请问是李明先生本人吗？"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "text": "You're a deadbeat. Pay up or we tell your boss.", "lang": "en"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "c", "text": 42}),
        "",
        json.dumps({"id": "d", "text": "他欠我们三千块，你让他赶紧还。", "context": "我是他老婆，他不在家。"}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = _run("score", str(src), "--output", str(out))
    assert proc.returncode == 3
    assert "in.jsonl:2:" in proc.stderr and "in.jsonl:4:" in proc.stderr and "in.jsonl:5:" in proc.stderr
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "d"]
    for r in rows:
        assert set(r) == {"id", "violations", "tone", "moves", "probabilities", "evidence"}
        assert r["tone"] in TONES and set(r["violations"]) <= set(VIOLATIONS) and set(r["moves"]) <= set(MOVES)
        assert {e["label"] for e in r["evidence"]} >= set(r["violations"])
    assert rows[0]["violations"] == []
    assert "insult" in rows[1]["violations"]
    assert "privacy" in rows[2]["violations"]


def test_score_command_exit_zero_when_all_lines_scored(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Thanks for your time today."}) + "\n", encoding="utf-8")
    proc = _run("score", str(src), "--pack", "us")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == 1


def test_every_violation_carries_evidence_with_a_span():
    result = scoring.score("你这个老赖，再不还钱就等着你家里人出事吧。")
    assert result.violations
    for label in result.violations:
        evidence = result.evidence_for(label)
        assert evidence
        for ev in evidence:
            assert 0 <= ev.start < ev.end <= len("你这个老赖，再不还钱就等着你家里人出事吧。")
            assert ev.quote and ev.source


@pytest.mark.parametrize("text", ["", " ", "好", "a", "\x00\x07\x1b[31m", "💸💸💸", "<script>alert(1)</script>",
                                  "您好 hello 請問是陳先生嗎？ ok 👍"])
def test_odd_replies_are_scored_without_error(text):
    result = scoring.score(text)
    assert result.tone in TONES
    assert set(result.violations) <= set(VIOLATIONS)


@pytest.mark.parametrize("size", [10_000, 100_000])
def test_very_long_replies_are_scored_quickly(size):
    text = ("我理解您的难处，我们可以分期。" * (size // 15 + 1))[:size]
    start = time.perf_counter()
    result = scoring.score(text)
    assert time.perf_counter() - start < 5
    assert result.truncated


def test_batch_matches_single_and_keeps_order():
    items = [{"text": "Is this John Carter?", "lang": "en"}, {"text": "你个骗子", "lang": "zh"}, {"text": ""}]
    batch = scoring.score_batch(items)
    assert len(batch) == 3
    for item, b in zip(items, batch):
        single = scoring.score(item["text"], lang=item.get("lang"))
        assert b.violations == single.violations and b.tone == single.tone


def test_unknown_pack_is_refused():
    with pytest.raises(ValueError, match="unknown rule pack"):
        scoring.score("hello", pack="xx")



class _FixedModel:
    """Stands in for the trained model: fixed probabilities, thresholds 0.5."""

    def __init__(self, probs: dict[str, float]):
        from scoring.data import OUTPUTS

        self.row = [probs.get(name, 0.0) for name in OUTPUTS]

    def predict_proba(self, texts, contexts=None):
        import numpy as np

        return np.array([self.row] * len(texts))

    def threshold(self, output):
        return 0.5


@pytest.mark.parametrize("label", ["threat", "insult"])
def test_threats_and_insults_take_aggressive_tone_whatever_the_surface(label):
    # The guide: a threat intimidates however calm its wording, and belittling is aggressive.
    from scoring.scorer import Scorer

    model = _FixedModel({f"violation:{label}": 0.9, "tone:empathetic": 0.8, "tone:neutral": 0.15, "tone:aggressive": 0.05})
    result = Scorer(model).score("Kind words, unkind meaning.", lang="en", pack="us")
    assert label in result.violations and result.tone == "aggressive"
    calm = Scorer(_FixedModel({"violation:privacy": 0.9, "tone:empathetic": 0.8})).score("We understand, but.", lang="en")
    assert calm.violations == ["privacy"] and calm.tone == "empathetic"  # other violations keep their manner
