"""Turn a session's scored turns into a 0-100 score with feedback a trainee can act on.

Pure and table-driven: every deduction comes from one of the tables below, and each deduction
is reported with its reason, so the score can always be explained line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from scoring.labels import DISPLAY_NAMES, SERIOUS_VIOLATIONS, VIOLATIONS

PASS_SCORE = 70

VIOLATION_POINTS = {"threat": 25, "deception": 20, "privacy": 20, "insult": 15, "harassment": 15, "unfair_demand": 15}
AGGRESSIVE_TURN_POINTS, AGGRESSIVE_CAP = 4, 20
REPEAT_TURN_POINTS, REPEAT_CAP = 3, 12
# Steps of a good call; a session that never made the move loses the points.
MISSING_MOVE_POINTS = {
    "identify": ("identify", 6),
    "verify": ("verify", 6),
    "listen": (("ask_situation", "empathize"), 8),
    "offer_plan": ("offer_plan", 10),
    "ask_commitment": ("ask_commitment", 6),
}
OUTCOME_POINTS = {"agreement": 0, "partial_agreement": 5, "turn_limit": 10, "refusal": 10, "hang_up": 15, "complaint": 25}

_TEXT = {
    "zh": {
        "violation": "第{turns}轮：{label}（{rule}）。{advice}",
        "aggressive": "{n}轮语气过激。坚定可以，但要就事论事，不要命令、讽刺或贬低。",
        "repeat": "有{n}轮几乎重复同一句话。重复催促不会让对方还款，换一个问题或给出方案。",
        "missing:identify": "没有说明自己是谁、代表哪家机构。开场先自报家门。",
        "missing:verify": "没有核实对方身份就谈欠款。先确认是借款人本人。",
        "missing:listen": "没有询问原因或表达理解。先听对方的困难，再谈方案。",
        "missing:offer_plan": "没有给出还款方案。分期、延期或部分还款都比单纯催促更有效。",
        "missing:ask_commitment": "没有落实具体金额和日期。结束前要拿到明确的还款承诺。",
        "outcome:agreement": "达成了还款约定。",
        "outcome:partial_agreement": "只拿到部分承诺：方案金额要贴合对方的能力，并及时确认日期。",
        "outcome:turn_limit": "通话拖到上限也没有结果：每一轮都要推进一步。",
        "outcome:refusal": "借款人最终拒绝还款：压力和空话会消耗还款意愿。",
        "outcome:hang_up": "借款人挂断了电话：耐心被重复、催逼或过激语气耗尽。",
        "outcome:complaint": "借款人要投诉：违规催收直接导致投诉，也收不回钱。",
        "advice:threat": "不得以任何方式暗示伤害或上门闹事。",
        "advice:insult": "只谈事实，不评价人。",
        "advice:privacy": "欠款只能和本人谈，不得告知或威胁告知家人、单位、通讯录。",
        "advice:deception": "只说真实、此阶段确实会发生的后果，不冒充公检法。",
        "advice:harassment": "尊重联系时间和频率，对方要求结束或改期时应照办。",
        "advice:unfair_demand": "只向借款人本人或担保人催收，不诱导借新还旧，不收合同外费用，只走官方还款渠道。",
    },
    "en": {
        "violation": "Turn {turns}: {label} ({rule}). {advice}",
        "aggressive": "{n} turn(s) in an aggressive tone. Be firm about facts, never commanding, sarcastic or belittling.",
        "repeat": "{n} turn(s) repeated an earlier reply. Repeating a demand does not get paid; ask or offer something new.",
        "missing:identify": "You never said who you are and whom you call for. Open with your name and company.",
        "missing:verify": "You discussed the debt without verifying who you were speaking to. Confirm the borrower first.",
        "missing:listen": "You never asked why the payment is late or acknowledged the difficulty. Listen before proposing.",
        "missing:offer_plan": "You offered no way to pay. Instalments, a short extension or a part payment work better than pressure.",
        "missing:ask_commitment": "You never fixed an amount and a date. Close with a concrete commitment.",
        "outcome:agreement": "You reached a payment agreement.",
        "outcome:partial_agreement": "Only a partial promise: size the plan to what the borrower can pay and confirm the date.",
        "outcome:turn_limit": "The call ran out of turns without a result: move it forward every turn.",
        "outcome:refusal": "The borrower refused to pay: pressure and empty talk wear down willingness.",
        "outcome:hang_up": "The borrower hung up: repetition, pressure or an aggressive tone used up their patience.",
        "outcome:complaint": "The borrower will complain: unlawful collection brings complaints, not payments.",
        "advice:threat": "Never hint at harm or at turning up to make a scene.",
        "advice:insult": "Talk about facts, never about the person.",
        "advice:privacy": "Discuss the debt only with the borrower; never tell, or threaten to tell, family, employer or contacts.",
        "advice:deception": "State only true consequences that can really happen now; never pose as police, court or lawyer.",
        "advice:harassment": "Respect contact hours and frequency; stop when asked to end or reschedule.",
        "advice:unfair_demand": "Ask only the borrower or a real guarantor; no new loans to repay, no extra fees, official channels only.",
    },
}


@dataclass(frozen=True)
class Deduction:
    reason: str
    points: int


@dataclass
class SessionScore:
    score: int
    passed: bool
    deductions: list[Deduction] = field(default_factory=list)
    feedback: list[str] = field(default_factory=list)
    violations: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"score": self.score, "passed": self.passed, "violations": dict(self.violations),
                "deductions": [{"reason": d.reason, "points": d.points} for d in self.deductions],
                "feedback": list(self.feedback)}


def score_session(turns: Iterable[Mapping], outcome: str | None, lang: str = "zh") -> SessionScore:
    """turns: mappings with 'violations', 'tone', 'moves', optional 'events' and 'evidence'
    (list of {'label', 'source', 'quote'}); outcome: the session's outcome or None if unfinished."""
    text = _TEXT["zh" if lang == "zh" else "en"]
    names = DISPLAY_NAMES["zh" if lang == "zh" else "en"]
    turns = list(turns)
    deductions: list[Deduction] = []
    feedback: list[str] = []
    counts: dict[str, int] = {}
    first_rule: dict[str, str] = {}
    turns_with: dict[str, list[int]] = {}
    for n, t in enumerate(turns, 1):
        for label in t.get("violations", []):
            counts[label] = counts.get(label, 0) + 1
            turns_with.setdefault(label, []).append(n)
            deductions.append(Deduction(f"violation:{label}@{n}", VIOLATION_POINTS[label]))
            for ev in t.get("evidence", []):
                if ev.get("label") == label and label not in first_rule:
                    quote = ev.get("quote", "")
                    first_rule[label] = ev.get("source", "model") + (f": “{quote[:40]}”" if quote else "")
    for label in VIOLATIONS:
        if label in counts:
            feedback.append(text["violation"].format(
                turns=", ".join(map(str, turns_with[label])), label=names[label],
                rule=first_rule.get(label, "model"), advice=text[f"advice:{label}"]))

    aggressive = sum(1 for t in turns if t.get("tone") == "aggressive")
    if aggressive:
        deductions.append(Deduction("tone:aggressive", min(AGGRESSIVE_CAP, aggressive * AGGRESSIVE_TURN_POINTS)))
        feedback.append(text["aggressive"].format(n=aggressive))
    repeats = sum(1 for t in turns if "repeat" in t.get("events", []))
    if repeats:
        deductions.append(Deduction("repeat", min(REPEAT_CAP, repeats * REPEAT_TURN_POINTS)))
        feedback.append(text["repeat"].format(n=repeats))

    made = {m for t in turns for m in t.get("moves", [])}
    for step, (moves, points) in MISSING_MOVE_POINTS.items():
        wanted = (moves,) if isinstance(moves, str) else moves
        if not made.intersection(wanted):
            deductions.append(Deduction(f"missing:{step}", points))
            feedback.append(text[f"missing:{step}"])

    if outcome:
        if OUTCOME_POINTS.get(outcome):
            deductions.append(Deduction(f"outcome:{outcome}", OUTCOME_POINTS[outcome]))
        feedback.insert(0, text[f"outcome:{outcome}"])

    score = max(0, min(100, 100 - sum(d.points for d in deductions)))
    serious = any(label in SERIOUS_VIOLATIONS for label in counts)
    passed = outcome == "agreement" and score >= PASS_SCORE and not serious
    return SessionScore(score=score, passed=passed, deductions=deductions, feedback=feedback, violations=counts)
