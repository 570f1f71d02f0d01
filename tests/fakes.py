"""A keyword scorer for engine tests: predictable labels without loading the model.

Tests of the simulator's rules (state, lines, outcomes) use it so that a failing test points at
the engine, not at the classifier. Tests of the real command use the shipped model.
"""

from scoring.data import OUTPUTS
from scoring.result import ReplyScore

KEYWORDS = {
    "violation:threat": ["小心", "watch your back"],
    "violation:insult": ["老赖", "deadbeat"],
    "violation:deception": ["警察", "police", "诈骗"],
    "violation:privacy": ["单位领导", "your boss"],
    "violation:harassment": ["一直打", "keep calling"],
    "violation:unfair_demand": ["别的平台", "payday loan"],
    "move:identify": ["我是", "this is"],
    "move:verify": ["本人", "am i speaking"],
    "move:state_debt": ["逾期", "欠", "overdue", "owe"],
    "move:ask_situation": ["困难", "what happened"],
    "move:empathize": ["理解", "understand"],
    "move:offer_plan": ["分期", "instalment", "installment"],
    "move:ask_commitment": ["约定", "可以吗", "can you confirm"],
    "move:explain_consequence": ["征信", "credit"],
    "move:close": ["谢谢", "thank"],
}


def fake_score(text, context=None, lang=None, pack="cn"):
    low = text.lower()
    probs = {name: 0.0 for name in OUTPUTS}
    for name, words in KEYWORDS.items():
        if any(w in low for w in words):
            probs[name] = 1.0
    violations = [n.split(":")[1] for n in OUTPUTS if n.startswith("violation:") and probs[n]]
    moves = [n.split(":")[1] for n in OUTPUTS if n.startswith("move:") and probs[n]]
    tone = "aggressive" if violations or "必须" in text or "!!" in text else ("empathetic" if probs["move:empathize"] else "neutral")
    return ReplyScore(violations, tone, moves, probs, [], lang or "zh", pack)
