"""Play a scripted call and summarise it: shared by the command line, the tests and the lint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from scenarios.schema import SUCCESS_OUTCOMES, Scenario
from scoring.rubric import SessionScore, score_session
from simulator.engine import ReplyError, Scorer, Simulation, TurnResult


@dataclass
class PlayResult:
    simulation: Simulation
    turns: list[TurnResult]
    rubric: SessionScore
    skipped: list[tuple[int, str]]  # (line number, why) for replies the simulator refused

    def summary(self) -> dict:
        sc = self.simulation.scenario
        outcome = self.simulation.outcome or "unfinished"
        return {"scenario": sc.id, "lang": sc.lang, "outcome": outcome, "success": outcome in SUCCESS_OUTCOMES,
                "turns": len(self.turns), "score": self.rubric.score, "violations": self.rubric.violations}


def turn_record(t: TurnResult) -> dict:
    """What the rubric and storage need from a turn."""
    return {"violations": t.violations, "tone": t.score.tone, "moves": t.score.moves, "events": t.events,
            "evidence": [e.to_dict() for e in t.evidence]}


def play_script(scenario: Scenario, replies: Iterable[str], scorer: Scorer | None = None, seed: int = 0,
                on_turn=None) -> PlayResult:
    sim = Simulation.start(scenario, scorer=scorer, seed=seed)
    if on_turn:
        on_turn(None, sim.opening_line)
    turns: list[TurnResult] = []
    skipped: list[tuple[int, str]] = []
    for lineno, reply in enumerate(replies, 1):
        if sim.ended:
            break
        if not reply.strip():
            continue
        try:
            result = sim.respond(reply)
        except ReplyError as exc:
            skipped.append((lineno, str(exc)))
            continue
        turns.append(result)
        if on_turn:
            on_turn(result, result.borrower_line)
    rubric = score_session([turn_record(t) for t in turns], sim.outcome, scenario.lang)
    return PlayResult(sim, turns, rubric, skipped)
