"""The rubric, on worked examples."""

from scoring.rubric import PASS_SCORE, score_session

FULL = [
    {"violations": [], "tone": "neutral", "moves": ["identify", "verify"]},
    {"violations": [], "tone": "empathetic", "moves": ["ask_situation", "empathize"]},
    {"violations": [], "tone": "empathetic", "moves": ["offer_plan"]},
    {"violations": [], "tone": "neutral", "moves": ["ask_commitment"]},
]


def test_clean_complete_call_scores_full_marks():
    result = score_session(FULL, "agreement", "en")
    assert result.score == 100 and result.passed
    assert result.feedback == ["You reached a payment agreement."]


def test_each_deduction_is_explained():
    turns = [dict(t) for t in FULL]
    turns[1] = {"violations": ["insult"], "tone": "aggressive", "moves": [],
                "evidence": [{"label": "insult", "source": "CN-INSULT", "quote": "老赖"}]}
    result = score_session(turns, "agreement", "zh")
    # insult 15, one aggressive turn 4, never listened 8
    assert result.score == 100 - 15 - 4 - 8
    assert {d.reason for d in result.deductions} == {"violation:insult@2", "tone:aggressive", "missing:listen"}
    assert any("CN-INSULT" in f and "老赖" in f for f in result.feedback)
    assert result.passed  # insult is not serious and the score is above the pass mark


def test_serious_violation_fails_however_high_the_score():
    turns = [dict(t) for t in FULL]
    turns[2] = {"violations": ["privacy"], "tone": "neutral", "moves": ["offer_plan"]}
    result = score_session(turns, "agreement", "en")
    assert result.score == 80 >= PASS_SCORE and not result.passed


def test_bad_outcome_and_missing_steps_add_up_and_floor_at_zero():
    turns = [{"violations": ["threat", "deception"], "tone": "aggressive", "moves": []}] * 3
    result = score_session(turns, "complaint", "en")
    assert result.score == 0 and not result.passed
    assert result.violations == {"threat": 3, "deception": 3}


def test_repeats_are_capped():
    turns = [{"violations": [], "tone": "neutral", "moves": ["ask_commitment"], "events": ["repeat"]}] * 10
    result = score_session(turns, "hang_up", "en")
    repeat = next(d for d in result.deductions if d.reason == "repeat")
    assert repeat.points == 12
