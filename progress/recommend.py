"""The next scenario to practise, chosen from a trainee's weakest labels and moves.

Weakness: for each violation label, the share of the trainee's turns that broke it; for each step of
a good call (identify, verify, listen, offer a plan, ask for a commitment), the share of finished
calls that never made it. Focus: what each scenario exercises, read from its reactions (the events
its borrower responds to), its coaching moments and who answers the phone. The recommendation is
the scenario not yet passed whose focus best matches the weakness; with no history yet, the easiest
required scenario.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from progress.queries import SessionSummary
from scenarios.schema import Scenario
from scoring.labels import SERIOUS_VIOLATIONS, VIOLATIONS

# Rubric steps (scoring/rubric.MISSING_MOVE_POINTS) to the weakness keys they stand for.
STEP_KEYS = {"identify": "move:identify", "verify": "move:verify", "listen": "move:listen",
             "offer_plan": "move:offer_plan", "ask_commitment": "move:ask_commitment"}
# Scenario events to the weakness keys they exercise.
EVENT_KEYS = {
    "violation:serious": [f"violation:{v}" for v in sorted(SERIOUS_VIOLATIONS)],
    "violation:any": [f"violation:{v}" for v in VIOLATIONS],
    "tone:aggressive": ["violation:insult", "violation:threat"],
    "unidentified": ["move:identify"], "premature_disclosure": ["move:verify", "violation:privacy"],
    "third_party_disclosure": ["violation:privacy"], "request_ignored": ["violation:harassment"],
    "pressure": ["move:listen"], "plan_affordable": ["move:offer_plan"], "plan_too_high": ["move:offer_plan"],
    "plan_vague": ["move:offer_plan", "move:ask_commitment"], "verified_now": ["move:verify"],
    "move:ask_situation": ["move:listen"], "move:empathize": ["move:listen"], "tone:empathetic": ["move:listen"],
}
MOMENT_KEYS = {"opening": ["move:identify"], "verify": ["move:verify"], "listen": ["move:listen"],
               "plan": ["move:offer_plan"], "commitment": ["move:ask_commitment"],
               "third_party": ["violation:privacy", "move:verify"],
               "de_escalate": ["violation:insult", "violation:threat", "violation:harassment"]}


@dataclass(frozen=True)
class Recommendation:
    scenario_id: str
    lang: str
    title: str
    because: tuple[str, ...]  # weakness keys, weakest first ("violation:privacy", "move:verify")


def weakness(sessions: Iterable[SessionSummary]) -> dict[str, float]:
    sessions = [s for s in sessions if not s.flags_hidden]
    turns = sum(s.turn_count for s in sessions)
    finished = [s for s in sessions if s.finished]
    weak: dict[str, float] = {}
    if turns:
        for label in VIOLATIONS:
            share = sum(s.violations.get(label, 0) for s in sessions) / turns
            if share:
                weak[f"violation:{label}"] = share * (2 if label in SERIOUS_VIOLATIONS else 1)
    if finished:
        for step, key in STEP_KEYS.items():
            share = sum(step in s.missing_steps for s in finished) / len(finished)
            if share:
                weak[key] = share
    return weak


def focus(scenario: Scenario) -> dict[str, float]:
    """How much the scenario exercises each weakness key, summing to 1."""
    raw: dict[str, float] = {}

    def add(keys: list[str], weight: float) -> None:
        for key in keys:
            raw[key] = raw.get(key, 0.0) + weight

    for reaction in scenario.reactions:
        size = sum(abs(v) for v in reaction.effect.model_dump().values())
        event = reaction.event
        if event in EVENT_KEYS:
            add(EVENT_KEYS[event], size)
        elif event.startswith(("violation:", "move:")):
            add([event], size)
    for moment in scenario.coaching:
        add(MOMENT_KEYS.get(moment.moment, []), 10.0)
    if scenario.opening.answered_by == "third_party":
        add(["violation:privacy", "move:verify"], 30.0)
    total = sum(raw.values()) or 1.0
    return {k: v / total for k, v in raw.items()}


def recommend(sessions: list[SessionSummary], scenarios: Iterable[Scenario], passed: set[str],
              required: Iterable[str] = ()) -> Recommendation | None:
    """scenarios: those in the trainee's language; passed: scenario ids already passed for good."""
    scenarios = list(scenarios)
    candidates = [s for s in scenarios if s.id not in passed] or scenarios
    if not candidates:
        return None
    weak = weakness(sessions)
    required = list(required)
    if not weak:
        order = sorted(candidates, key=lambda s: (s.id not in required, s.difficulty, s.id))
        return Recommendation(order[0].id, order[0].lang, order[0].title, ())

    def fit(s: Scenario) -> float:
        f = focus(s)
        return sum(w * f.get(k, 0.0) for k, w in weak.items())

    best = max(candidates, key=lambda s: (fit(s), s.id in required, -s.difficulty, s.id))
    best_focus = focus(best)
    because = sorted((k for k in weak if best_focus.get(k)), key=lambda k: -weak[k] * best_focus[k])[:3]
    return Recommendation(best.id, best.lang, best.title, tuple(because))
