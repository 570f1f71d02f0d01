"""Turn one scored reply into the events the scenario reacts to.

The scorer judges a reply alone (with the borrower's last line as context). Some rules need the
conversation: stating the debt before the person is verified, discussing it with a relative who
answered, pressing on after the borrower asked to stop. Those are found here and added as
violations with evidence, under the pack's rule ids.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from scenarios.schema import Scenario
from scoring.evidence import Evidence
from scoring.labels import MOVES, SERIOUS_VIOLATIONS, VIOLATIONS
from scoring.result import ReplyScore
from simulator.amounts import find_amounts
from simulator.state import SessionState

REPEAT_SIMILARITY = 0.85
ASKS_FOR_MONEY = {"state_debt", "ask_commitment", "explain_consequence"}
LISTENS = {"empathize", "ask_situation", "offer_plan"}
DEBT_TALK = {"state_debt", "ask_commitment", "explain_consequence", "offer_plan"}

# Process rules the simulator checks, per pack: rule id and its description.
PROCESS_RULES = {
    "cn": {
        "verify_first": ("CN-THIRD-PARTY", "核实身份前不得透露欠款信息"),
        "third_party": ("CN-THIRD-PARTY", "不得向第三方透露债务或要求其代为催促、还款"),
        "stop": ("CN-END-CONTACT", "借款人要求结束或改期时，应停止催收"),
    },
    "us": {
        "verify_first": ("US-3RD-PARTY", "Do not discuss the debt before confirming you are speaking with the consumer"),
        "third_party": ("US-3RD-PARTY", "Do not discuss the debt with a third party"),
        "stop": ("US-CEASE", "Stop when the consumer asks to end the call or not to be contacted now"),
    },
}


@dataclass
class TurnEvents:
    events: list[str]
    violations: list[str]  # scorer's violations plus those the conversation adds, in label order
    extra_evidence: list[Evidence] = field(default_factory=list)
    offered_amounts: list[float] = field(default_factory=list)


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def is_repeat(reply: str, earlier: list[str]) -> bool:
    norm = _normalise(reply)
    if not norm:
        return False
    return any(
        difflib.SequenceMatcher(None, norm, _normalise(prev)).ratio() >= REPEAT_SIMILARITY for prev in earlier
    )


_COMPANY_SUFFIXES = re.compile(
    r"(消费金融|金融|小额贷款|小贷|银行|有限公司|公司|分期|平台|财务|財務|\b(?:finance|financial|lending|loans?|bank|"
    r"credit|capital|inc|llc|ltd|co)\b\.?)", re.I)


def names_company(scenario: Scenario, reply: str) -> bool:
    """Does the reply name the lender (its distinctive part: "Harbor Point", "安信")?"""
    core = _COMPANY_SUFFIXES.sub(" ", scenario.persona.loan.lender).split()
    core = " ".join(core).strip().lower()
    return len(core) >= 2 and core in reply.lower()


def asks_for_part_payment(scenario: Scenario, reply: str) -> bool:
    """Does the reply name an amount smaller than what is owed ("先还1100，行不行？")?"""
    due = scenario.persona.loan.amount_due
    return any(0 < amount < due for amount in find_amounts(reply))


REQUIRED_DISCLOSURE = re.compile(r"attempt to collect a debt|communication from a debt collector", re.I)
_ASKS_EN = (r"\b(?:speaking (?:with|to)|talking (?:with|to)|is this|is that|are you"
            r"|(?:may|can|could) i (?:please )?speak (?:with|to)|looking for)")


def asks_for_borrower(scenario: Scenario, reply: str) -> bool:
    """Does the reply ask whether it is the borrower on the line (their name in a question)?"""
    name = scenario.persona.name.strip()
    if not name:
        return False
    if scenario.lang == "en":
        parts = name.split()
        who = "|".join(re.escape(p) for p in [name, parts[0]] + [f"{t} {parts[-1]}" for t in ("mr", "ms", "mrs", "miss")])
        return bool(re.search(rf"{_ASKS_EN}\s+(?:{who})\b", reply.replace(".", ""), re.I))
    named = f"(?:{re.escape(name)}|{re.escape(name[0])}(?:先生|女士|小姐|生|太))"
    return bool(re.search(rf"(?:是不是|係咪|係唔係|是|係|系|找){named}.{{0,6}}?(?:吗|嗎|呀|啊|[?？])", reply)
                or (re.search(named, reply) and "本人" in reply))


def derive_events(scenario: Scenario, session: SessionState, reply: str, score: ReplyScore) -> TurnEvents:
    moves = set(score.moves)
    violations = set(score.violations)
    extra: list[Evidence] = []
    events: list[str] = ["turn:any"]
    rules = PROCESS_RULES[scenario.pack]
    whole = (0, len(reply), reply)

    def add_violation(label: str, rule_key: str) -> None:
        rule_id, description = rules[rule_key]
        violations.add(label)
        extra.append(Evidence(label, rule_id, *whole, rule=description))

    if session.turn == 0:
        events.append("turn:first")
    if names_company(scenario, reply):
        moves.add("identify")  # naming the lender is identifying oneself, whatever the scorer saw
    if asks_for_borrower(scenario, reply):
        moves.add("verify")  # "Am I speaking with Marcus Reed?" / "请问是陈磊先生本人吗？"
    if "ask_commitment" in moves and asks_for_part_payment(scenario, reply):
        moves.add("offer_plan")  # asking for part of what is owed proposes a partial payment: a plan
    # A required disclosure ("this is an attempt to collect a debt") tells the law, not the debt:
    # it is no consequence, and no pressure.
    money_moves = moves
    if REQUIRED_DISCLOSURE.search(reply):
        moves.discard("explain_consequence")
        money_moves = moves - {"state_debt"}
    if moves & {"state_debt", "ask_commitment"} and not (session.identified or "identify" in moves):
        events.append("unidentified")
    if session.speaker == "third_party":
        if moves & DEBT_TALK or violations & {"privacy", "unfair_demand"}:
            events.append("third_party_disclosure")
            add_violation("privacy", "third_party")
    elif "state_debt" in moves and not session.verified:
        events.append("premature_disclosure")
        if scenario.opening.others_may_listen:
            add_violation("privacy", "verify_first")
    requests = set(session.requests)
    presses = money_moves & ASKS_FOR_MONEY and "close" not in moves
    if ("late_night" in requests and presses) or ("asked_to_stop" in requests and presses and not moves & LISTENS):
        # Late at night any talk of money presses on; after "stop" a reply that listens is not ignoring it.
        events.append("request_ignored")
        add_violation("harassment", "stop")
    elif requests and "harassment" in violations:
        events.append("request_ignored")  # e.g. insists on calling the workplace after being asked not to
    elif "disputes_amount" in requests and moves & ASKS_FOR_MONEY and not moves & LISTENS:
        events.append("request_ignored")  # demands the disputed amount without answering the dispute
    demands = money_moves & (ASKS_FOR_MONEY - {"state_debt"}) or ("state_debt" in money_moves and session.debt_stated)
    if demands and not moves & LISTENS and not (session.plan_discussed or session.listened):
        # Pressure: asking for a date or warning of consequences before listening, or saying the
        # amount again. Saying it once (or a required disclosure) is information, not pressure;
        # after listening, stating the amount or asking for a date is not pressure either.
        events.append("pressure")
    if is_repeat(reply, session.replies):
        events.append("repeat")
    if not moves and not violations:
        events.append("idle")

    amounts: list[float] = []
    if "offer_plan" in moves:
        amounts = find_amounts(reply)
        cap = scenario.persona.capacity
        if not amounts:
            events.append("plan_vague")
        elif min(amounts) <= max(cap.monthly, cap.first_payment):
            events.append("plan_affordable")
        else:
            events.append("plan_too_high")

    ordered = [v for v in VIOLATIONS if v in violations]
    events += [f"violation:{v}" for v in ordered]
    if ordered:
        events.append("violation:any")
    if violations & SERIOUS_VIOLATIONS:
        events.append("violation:serious")
    events.append(f"tone:{score.tone}")
    events += [f"move:{m}" for m in MOVES if m in moves]
    return TurnEvents(events=events, violations=ordered, extra_evidence=extra, offered_amounts=amounts)
