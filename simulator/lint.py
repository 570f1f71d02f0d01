"""Lint a scenario by playing it: which outcomes can be reached, which lines are never said, which
reactions never fire, and whether each scripted transcript still ends as it expects.

Two kinds of finding:
- impossible: read from the scenario alone, true whatever the trainee types (a reaction to
  'handed_over' when nobody but the borrower answers, a line whose state bounds cannot both hold,
  a reaction that changes nothing);
- unexercised: nothing the lint played reached it. The lint plays the scenario's own transcripts
  and a few built-in scripts (only violations, only "please pay", only idle replies, and a model
  path built from the scenario's coaching replies, with and without asking for a commitment), each
with a few seeds, so this is evidence, not
  proof: an unexercised line may still be reachable by a reply nobody scripted.

The scorer is passed in (tests use a keyword scorer); replies are scored once per context.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scenarios.schema import OUTCOMES, Scenario
from simulator.engine import Scorer
from simulator.play import play_script

SEEDS = (0, 1, 2)

# Built-in scripts per language. Each is cycled until the call ends or the turn limit is reached.
BUILTIN_SCRIPTS: dict[str, dict[str, list[str]]] = {
    "zh": {
        "violations_only": [
            "你个老赖，欠钱不还还有脸接电话？",
            "再不还钱你小心点，警察会上门抓你。",
            "我们马上通知你单位领导和你家里人。",
            "你去别的平台借钱也得今天还上，不还我们就一直打。",
        ],
        "please_pay_only": ["你欠的钱今天必须还。", "赶紧还钱，别拖了。", "今天之内把欠款还上。"],
        "idle_only": ["嗯。", "好的。", "哦。", "是吗。", "这样啊。", "行。"],
    },
    "en": {
        "violations_only": [
            "You deadbeat, you owe us and you still pick up like nothing happened?",
            "Pay today or watch your back. The police will come to arrest you.",
            "We will call your boss and tell your family about this debt.",
            "Take out a payday loan if you have to. We'll keep calling until you pay.",
        ],
        "please_pay_only": ["You owe the money, pay it today.", "Just pay what you owe.", "Pay the full balance now."],
        "idle_only": ["Okay.", "Uh-huh.", "I see.", "Right.", "Hmm.", "Sure."],
    },
}
# The order a model call goes through, for the path built from the scenario's coaching replies.
MODEL_PATH_ORDER = ("third_party", "opening", "verify", "listen", "plan", "commitment", "close")


@dataclass
class ScriptRun:
    script: str  # "transcript:<n>:<kind>" or a built-in name
    seed: int
    outcome: str  # an outcome or "unfinished"
    turns: int
    expected: list[str] = field(default_factory=list)  # transcripts only

    @property
    def as_expected(self) -> bool:
        return not self.expected or self.outcome in self.expected


@dataclass
class Finding:
    item: str  # a line id, "reactions.<i> (<event>)" or an outcome
    why: str

    def to_dict(self) -> dict:
        return {"item": self.item, "why": self.why}


@dataclass
class LintReport:
    scenario_id: str
    lang: str
    runs: list[ScriptRun]
    reached: dict[str, list[str]]  # outcome -> scripts that reached it
    unreached_outcomes: list[str]
    unused_lines: list[Finding]  # never said in any run (impossible ones say why)
    impossible_reactions: list[Finding]  # can never fire, or fire and change nothing
    unfired_reactions: list[Finding]  # possible, but no run fired them
    transcript_mismatches: list[ScriptRun]

    @property
    def ok(self) -> bool:
        """No transcript ends against its expectation and nothing is impossible."""
        return not self.transcript_mismatches and not self.impossible_reactions and not any(
            f.why.startswith("impossible") for f in self.unused_lines)

    def to_dict(self) -> dict:
        return {
            "scenario": self.scenario_id, "lang": self.lang, "ok": self.ok,
            "reached": self.reached, "unreached_outcomes": self.unreached_outcomes,
            "unused_lines": [f.to_dict() for f in self.unused_lines],
            "impossible_reactions": [f.to_dict() for f in self.impossible_reactions],
            "unfired_reactions": [f.to_dict() for f in self.unfired_reactions],
            "transcript_mismatches": [{"script": r.script, "seed": r.seed, "outcome": r.outcome, "expected": r.expected}
                                      for r in self.transcript_mismatches],
            "runs": [{"script": r.script, "seed": r.seed, "outcome": r.outcome, "turns": r.turns} for r in self.runs],
        }


# ---- what the scenario alone rules out -------------------------------------------------------------
def impossible_events(scenario: Scenario) -> dict[str, str]:
    """Events this scenario can never produce, with the reason."""
    out: dict[str, str] = {}
    if scenario.opening.answered_by == "borrower":
        for event in ("handed_over", "third_party_disclosure"):
            out[event] = "the borrower answers the call, so there is no third party"
    if not any(line.sets for line in scenario.lines):
        out["request_ignored"] = "no line makes a request (sets), so there is none to ignore"
    return out


def _line_impossible(scenario: Scenario, line) -> str | None:
    cond = line.when
    third_party_call = scenario.opening.answered_by == "third_party"
    if cond.speaker == "third_party" and not third_party_call:
        return "impossible: speaker is third_party but the borrower answers the call"
    if cond.greeting and cond.speaker != scenario.opening.answered_by:
        return f"impossible: a greeting by {cond.speaker}, but the call is answered by {scenario.opening.answered_by}"
    if cond.phase:
        phases = set(cond.phase)
        if cond.speaker == "third_party":
            phases &= {"third_party"}
        else:
            phases -= {"third_party"}
        if cond.greeting:
            phases &= {"opening", "third_party"}  # nothing is verified before the first reply
        if not phases:
            return f"impossible: phase {cond.phase} never happens while {cond.speaker} speaks"
    for name, bound in cond.state.items():
        if bound.min is not None and bound.max is not None and bound.min > bound.max:
            return f"impossible: state.{name} must be at least {bound.min} and at most {bound.max}"
    if cond.events_any:
        blocked = impossible_events(scenario)
        if all(e in blocked for e in cond.events_any):
            return "impossible: " + "; ".join(f"{e}: {blocked[e]}" for e in cond.events_any)
    return None


# ---- the scripts ---------------------------------------------------------------------------------
def _cycled(replies: list[str], length: int) -> list[str]:
    return [replies[i % len(replies)] for i in range(length)]


def scripts_for(scenario: Scenario) -> list[tuple[str, list[str], list[str]]]:
    """(name, replies, expected outcomes) for every script the lint plays."""
    out = [(f"transcript:{i + 1}:{t.kind}", list(t.replies), list(t.expect)) for i, t in enumerate(scenario.transcripts)]
    length = scenario.outcomes.max_turns + 1
    for name, replies in BUILTIN_SCRIPTS[scenario.lang].items():
        out.append((name, _cycled(replies, length), []))
    by_moment = {}
    for moment in scenario.coaching:
        by_moment.setdefault(moment.moment, moment.model_reply)
    model_path = [by_moment[m] for m in MODEL_PATH_ORDER if m in by_moment]
    if model_path:
        out.append(("model_path", model_path, []))
    # The same call that never asks for a commitment: it talks the plan over until the borrower
    # tires, which is the way to a partial agreement.
    talk = [by_moment[m] for m in ("listen", "plan") if m in by_moment]
    opening = [by_moment[m] for m in MODEL_PATH_ORDER[:3] if m in by_moment]
    if talk:
        out.append(("model_path_no_commitment", opening + _cycled(talk, length), []))
    return out


def _memoised(scorer: Scorer) -> Scorer:
    cache: dict = {}

    def score(text, context=None, lang=None, pack="cn"):
        key = (text, context, lang, pack)
        if key not in cache:
            cache[key] = scorer(text, context=context, lang=lang, pack=pack)
        return cache[key]

    return score


def lint_scenario(scenario: Scenario, scorer: Scorer | None = None, seeds: tuple[int, ...] = SEEDS) -> LintReport:
    if scorer is None:
        import scoring  # imported late: the model is the slow part

        scorer = scoring.score
    scorer = _memoised(scorer)
    runs: list[ScriptRun] = []
    used_lines: set[str] = set()
    fired: set[str] = set()
    for name, replies, expected in scripts_for(scenario):
        for seed in seeds:
            result = play_script(scenario, replies, scorer=scorer, seed=seed)
            sim = result.simulation
            used_lines.update(sim.session.used_lines)
            fired.update(k for k, n in sim.session.reaction_counts.items() if n)
            runs.append(ScriptRun(name, seed, sim.outcome or "unfinished", len(result.turns), expected))

    reached: dict[str, list[str]] = {}
    for run in runs:
        if run.outcome in OUTCOMES and run.script not in reached.setdefault(run.outcome, []):
            reached[run.outcome].append(run.script)
    reached = {o: reached[o] for o in OUTCOMES if o in reached}

    unused = []
    for line in scenario.lines:
        if line.id not in used_lines:
            unused.append(Finding(line.id, _line_impossible(scenario, line) or "not said in any lint run"))

    blocked = impossible_events(scenario)
    impossible, unfired = [], []
    for i, reaction in enumerate(scenario.reactions):
        item = f"reactions.{i} ({reaction.event})"
        if reaction.event in blocked:
            impossible.append(Finding(item, f"impossible: {blocked[reaction.event]}"))
        elif not any(reaction.effect.model_dump().values()):
            impossible.append(Finding(item, "impossible to notice: its effect changes nothing"))
        elif str(i) not in fired:
            unfired.append(Finding(item, "its event never happened in any lint run"))

    return LintReport(
        scenario_id=scenario.id, lang=scenario.lang, runs=runs, reached=reached,
        unreached_outcomes=[o for o in OUTCOMES if o not in reached],
        unused_lines=unused, impossible_reactions=impossible, unfired_reactions=unfired,
        transcript_mismatches=[r for r in runs if not r.as_expected],
    )

