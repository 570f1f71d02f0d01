"""Choose the borrower's next line and fill in its placeholders.

A line fits when its speaker, phase and state bounds match and, if it names events, one of them
happened this turn. Fitting lines are ranked by the most salient event they answer (a threat
outranks an offered plan, which outranks a polite tone); lines that name no event come last.
Within the best rank that still has an unused line, one is drawn with the session's seeded
generator, so no line repeats word for word while another fits.
"""

from __future__ import annotations

import random

from scenarios.schema import Line, Scenario
from simulator.state import SessionState

# Most salient first. Events not listed rank after these.
SALIENCE = (
    "violation:threat", "violation:insult", "violation:deception", "violation:privacy",
    "violation:unfair_demand", "violation:harassment", "violation:serious", "violation:any",
    "request_ignored", "third_party_disclosure", "premature_disclosure", "handed_over",
    "verified_now", "unidentified", "repeat", "plan_too_high", "plan_affordable", "plan_vague",
    "tone:aggressive", "pressure", "move:offer_plan", "move:ask_commitment", "move:empathize",
    "move:ask_situation", "move:explain_consequence", "move:state_debt", "move:verify",
    "move:identify", "move:close", "tone:empathetic", "idle", "tone:neutral", "turn:first", "turn:any",
)
_RANK = {event: i for i, event in enumerate(SALIENCE)}
_GENERIC_RANK = len(SALIENCE) + 1


def _fits(line: Line, session: SessionState, greeting: bool) -> bool:
    cond = line.when
    if cond.greeting != greeting or cond.speaker != session.speaker:
        return False
    if cond.phase and session.phase not in cond.phase:
        return False
    state = session.state.as_dict()
    for name, bound in cond.state.items():
        if bound.min is not None and state[name] < bound.min:
            return False
        if bound.max is not None and state[name] > bound.max:
            return False
    return True


def _rank(line: Line, events: list[str]) -> int | None:
    """Rank of the best event this line answers; None if it names events and none happened."""
    if not line.when.events_any:
        return _GENERIC_RANK
    matched = [_RANK.get(e, len(SALIENCE)) for e in line.when.events_any if e in events]
    return min(matched) if matched else None


def choose_line(scenario: Scenario, session: SessionState, events: list[str], rng: random.Random,
                greeting: bool = False) -> Line | None:
    tiers: dict[int, list[Line]] = {}
    for line in scenario.lines:
        if not _fits(line, session, greeting):
            continue
        rank = _rank(line, events)
        if rank is not None:
            tiers.setdefault(rank, []).append(line)
    if not tiers:
        return None
    for rank in sorted(tiers):
        unused = [l for l in tiers[rank] if l.id not in session.used_lines]
        if unused:
            return rng.choice(unused)
    # Every fitting line has been said: repeat the one said longest ago.
    last_use = {line_id: i for i, line_id in enumerate(session.used_lines)}
    return min(tiers[min(tiers)], key=lambda l: last_use[l.id])


def _money(value: float, lang: str) -> str:
    whole = int(value) if float(value).is_integer() else value
    return f"{whole:,}" if lang == "en" else f"{whole}"


def placeholders(scenario: Scenario, session: SessionState) -> dict[str, str]:
    p, loan, cap = scenario.persona, scenario.persona.loan, scenario.persona.capacity
    tp = scenario.opening.third_party
    plan = session.plan
    lang = scenario.lang
    return {
        "name": p.name, "age": str(p.age), "occupation": p.occupation, "product": loan.product,
        "lender": loan.lender, "principal": _money(loan.principal, lang),
        "amount_due": _money(loan.amount_due, lang), "overdue_days": str(loan.overdue_days),
        "currency": loan.currency, "monthly_capacity": _money(cap.monthly, lang),
        "first_payment": _money(cap.first_payment, lang), "pay_day": cap.pay_day,
        "plan_amount": _money(plan.amount if plan else cap.monthly, lang),
        "plan_date": plan.date if plan else cap.pay_day,
        "third_party_name": tp.name if tp else "", "relation": tp.relation if tp else "",
    }


def render(text: str, scenario: Scenario, session: SessionState) -> str:
    return text.format_map(placeholders(scenario, session))
