"""One practice call: the trainee replies, the borrower reacts.

`Simulation` is the turn contract the app, the command line and the tests share:
start a call (the borrower answers), `respond(reply)` for each trainee reply, `ended` / `outcome`,
and `to_dict` / `from_dict` to save and resume. The scorer is passed in, so tests can use any
function with the signature of `scoring.score`.

Per reply: score it (with the borrower's last line as context) -> derive events -> apply the
scenario's reactions to the hidden state -> update what the call has established (identified,
verified, plan) -> decide whether the call ends -> choose the borrower's next line.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from scenarios.schema import CoachingMoment, Scenario
from scoring.labels import SERIOUS_VIOLATIONS
from scoring.result import ReplyScore
from simulator.amounts import find_amounts, find_date, first_instalment
from simulator.events import derive_events
from simulator.lines import choose_line, render
from simulator.state import BorrowerState, Plan, SessionState

MAX_REPLY_CHARS = 2000
LASTING_REQUESTS = frozenset({"no_work_calls"})

Scorer = Callable[..., ReplyScore]


class ReplyError(ValueError):
    """A reply the simulator cannot take; the message is safe to show to the trainee."""


class SessionEnded(RuntimeError):
    """A reply was sent after the call had ended."""


@dataclass
class TurnResult:
    turn: int
    reply: str
    context: str  # the borrower line the reply answered
    score: ReplyScore
    violations: list[str]  # the scorer's plus those the conversation adds
    evidence: list  # Evidence for every violation
    events: list[str]
    state: dict[str, int]  # hidden state after the reply
    borrower_line: str
    line_id: str
    outcome: str | None = None
    outcome_reason: str = ""
    coaching: CoachingMoment | None = None
    plan: dict | None = None

    @property
    def ended(self) -> bool:
        return self.outcome is not None


@dataclass
class Simulation:
    scenario: Scenario
    session: SessionState
    scorer: Scorer
    transcript: list[TurnResult] = field(default_factory=list)
    opening_line: str = ""

    # ---- life cycle -------------------------------------------------------------------------
    @classmethod
    def start(cls, scenario: Scenario, scorer: Scorer | None = None, seed: int = 0) -> "Simulation":
        session = SessionState(state=BorrowerState.from_schema(scenario.initial_state), seed=seed,
                               speaker=scenario.opening.answered_by)
        sim = cls(scenario=scenario, session=session, scorer=scorer or _default_scorer())
        line = choose_line(scenario, session, ["turn:first"], sim._rng(), greeting=True)
        assert line is not None  # the schema requires a greeting line
        sim.opening_line = render(line.text, scenario, session)
        session.used_lines.append(line.id)
        session.last_line = sim.opening_line
        session.requests = {flag: sim.opening_line for flag in line.sets}
        return sim

    def to_dict(self) -> dict:
        return {"scenario": self.scenario.id, "lang": self.scenario.lang, "opening_line": self.opening_line,
                "session": self.session.to_dict()}

    @classmethod
    def from_dict(cls, scenario: Scenario, data: dict, scorer: Scorer | None = None) -> "Simulation":
        if (data["scenario"], data["lang"]) != (scenario.id, scenario.lang):
            raise ValueError(f"saved session is for {data['scenario']} ({data['lang']}), not {scenario.id} ({scenario.lang})")
        return cls(scenario=scenario, session=SessionState.from_dict(data["session"]),
                   scorer=scorer or _default_scorer(), opening_line=data.get("opening_line", ""))

    @property
    def ended(self) -> bool:
        return self.session.ended

    @property
    def outcome(self) -> str | None:
        return self.session.outcome

    def _rng(self) -> random.Random:
        return random.Random(f"{self.session.seed}:{self.session.turn}:{self.scenario.id}:{self.scenario.lang}")

    # ---- one turn ---------------------------------------------------------------------------
    def _score(self, reply: str, context: str) -> ReplyScore:
        """The scorer's verdict, read with the borrower's last line, with the tone of the reply alone.

        Tone is the manner of the reply (labeling guide), but read together with a scenario's angry
        line the model lets the borrower's mood colour it: a courteous opener after "Twelve calls a
        day!" came out aggressive. The borrower reacts to how the trainee spoke, so the tone comes
        from a second reading without the context; violations and moves keep it (it decides who is
        on the line, whether it is late, what was asked). A threat keeps its aggressive tone.
        """
        sc = self.scenario
        score = self.scorer(reply, context=context, lang=sc.lang, pack=sc.pack)
        if not context or "threat" in score.violations:
            return score
        alone = self.scorer(reply, context=None, lang=sc.lang, pack=sc.pack)
        tone_p = {k: v for k, v in alone.probabilities.items() if k.startswith("tone:")}
        return replace(score, tone=alone.tone, probabilities=score.probabilities | tone_p)

    def respond(self, reply: str) -> TurnResult:
        if self.ended:
            raise SessionEnded(f"the call has ended ({self.session.outcome})")
        reply = validate_reply(reply, self.scenario.lang)
        s, sc = self.session, self.scenario
        context = s.scorer_context()
        score = self._score(reply, context)
        turn = derive_events(sc, s, reply, score)
        events = turn.events
        weak = _is_weak(events)
        moment = self._coaching_moment(events)

        self._advance(events, reply, turn.offered_amounts)
        self._apply_reactions(events)
        for label in turn.violations:
            s.violation_counts[label] = s.violation_counts.get(label, 0) + 1
        s.replies.append(reply)
        s.turn += 1
        self._decide_outcome(events)

        if s.ended:
            line_id = f"ending:{s.outcome}"
            text = self._rng().choice(sc.outcomes.endings[s.outcome])
        else:
            line = choose_line(sc, s, events, self._rng())
            line_id, text = (line.id, line.text) if line else ("silence", "……" if sc.lang == "zh" else "...")
        borrower_line = render(text, sc, s)
        if not s.ended and line:
            s.requests.update({flag: borrower_line for flag in line.sets})
        s.used_lines.append(line_id)
        s.last_line = borrower_line

        result = TurnResult(
            turn=s.turn, reply=reply, context=context, score=score, violations=turn.violations,
            evidence=[ev for ev in score.evidence if ev.label not in turn.dropped_violations] + turn.extra_evidence,
            events=events, state=s.state.as_dict(),
            borrower_line=borrower_line, line_id=line_id, outcome=s.outcome, outcome_reason=s.outcome_reason,
            coaching=moment if weak else None,
            plan={"amount": s.plan.amount, "date": s.plan.date, "proposed_by": s.plan.proposed_by} if s.plan and s.outcome in ("agreement", "partial_agreement") else None,
        )
        self.transcript.append(result)
        return result

    def _apply_reactions(self, events: list[str]) -> None:
        counts = self.session.reaction_counts
        for i, reaction in enumerate(self.scenario.reactions):
            hits = events.count(reaction.event)
            for _ in range(hits):
                key = str(i)
                if reaction.max_times is not None and counts.get(key, 0) >= reaction.max_times:
                    break
                counts[key] = counts.get(key, 0) + 1
                self.session.state.apply(reaction.effect)

    def _advance(self, events: list[str], reply: str, amounts: list[float]) -> None:
        s, sc = self.session, self.scenario
        if {"move:close", "move:empathize", "move:ask_situation"} & set(events):
            # The trainee acknowledged the borrower: passing requests are settled, lasting ones stay.
            s.requests = {k: v for k, v in s.requests.items() if k in LASTING_REQUESTS}
        if "move:identify" in events:
            s.identified = True
        if "move:state_debt" in events:
            s.debt_stated = True
        if s.speaker == "third_party":
            handover = sc.opening.third_party.hands_over_on if sc.opening.third_party else []
            if any(e in events for e in handover) and "third_party_disclosure" not in events:
                s.speaker = "borrower"
                events.append("handed_over")
            return
        if "move:verify" in events and not s.verified:
            s.verified = True
            events.append("verified_now")
        if {"move:empathize", "move:ask_situation"} & set(events):
            s.listened = True
        if "move:offer_plan" in events:
            s.plan_discussed = True
        said_date = find_date(reply)
        date = said_date or sc.persona.capacity.pay_day
        if "move:ask_commitment" in events and s.plan is not None and said_date:
            s.plan.date = date  # the commitment names the day
        if "plan_affordable" in events:
            s.plan = Plan(amount=first_instalment(amounts, sc.persona.loan.amount_due), date=date, proposed_by="trainee")
        elif "plan_vague" in events and s.plan is None and s.state.trust >= sc.outcomes.agreement.min_trust:
            # A trusting borrower answers a plan without figures with what they can afford.
            s.plan = Plan(amount=sc.persona.capacity.monthly, date=sc.persona.capacity.pay_day, proposed_by="borrower")
        # Asking for a commitment: the scorer's move, or a reply that pins the plan on the table
        # to a day ("the first $350 by the 15th?"), which is a request for commitment in any words.
        pins_a_day = s.plan is not None and said_date and ("plan_affordable" in events or _is_question(reply))
        # A closing recap of the plan ("so $150 next Friday, then $200 a month") asks the borrower
        # to confirm it as much as a question does.
        recaps = "move:close" in events and s.plan is not None and bool(said_date or find_amounts(reply))
        if "move:ask_commitment" in events or pins_a_day or recaps:
            events.append("commitment_asked")

    def _decide_outcome(self, events: list[str]) -> None:
        s, rules = self.session, self.scenario.outcomes
        st = s.state
        serious = sum(n for label, n in s.violation_counts.items() if label in SERIOUS_VIOLATIONS)
        total = sum(s.violation_counts.values())
        c = rules.complaint
        stressed = (c.min_stress is not None and c.max_trust is not None
                    and st.stress >= c.min_stress and st.trust <= c.max_trust)
        partial_ok = (s.plan_discussed and st.trust >= rules.partial_agreement.min_trust
                      and st.willingness >= rules.partial_agreement.min_willingness and s.speaker == "borrower")
        if serious >= c.serious_violations:
            self._end("complaint", f"{serious} serious violation(s)")
        elif total >= c.violations:
            self._end("complaint", f"{total} violations")
        elif st.patience <= rules.hang_up_at_patience:
            if partial_ok:
                self._end("partial_agreement", "patience ran out after a plan was discussed")
            else:
                self._end("hang_up", f"patience {st.patience}")
        elif stressed:
            self._end("complaint", f"stress {st.stress} with trust {st.trust}")
        elif st.willingness <= rules.refusal_at_willingness and s.turn >= 3:
            self._end("refusal", f"willingness {st.willingness}")
        elif (s.plan is not None and "commitment_asked" in events and s.verified and s.speaker == "borrower"
              and st.trust >= rules.agreement.min_trust and st.willingness >= rules.agreement.min_willingness):
            when = re.sub(r"^on\s+", "", s.plan.date, flags=re.I)  # "on the 15th" reads "plan of 380 on the 15th"
            self._end("agreement", f"plan of {s.plan.amount:g} on {when} agreed")
        elif s.turn >= rules.max_turns:
            if partial_ok:
                self._end("partial_agreement", "turn limit reached with a plan discussed")
            else:
                self._end("turn_limit", f"{rules.max_turns} turns without agreement")

    def _end(self, outcome: str, reason: str) -> None:
        self.session.outcome = outcome
        self.session.outcome_reason = reason

    # ---- coaching -----------------------------------------------------------------------------
    def _coaching_moment(self, events: list[str]) -> CoachingMoment | None:
        """The model reply for where the call stood when the trainee replied."""
        s = self.session
        if s.speaker == "third_party":
            wanted = ["third_party"]
        elif not s.identified:
            wanted = ["opening"]
        elif not s.verified:
            wanted = ["verify"]
        elif not s.listened:
            wanted = ["listen"]
        elif s.plan is None:
            wanted = ["plan"]
        else:
            wanted = ["commitment", "close"]
        if "violation:any" in events or "tone:aggressive" in events:
            wanted.insert(0, "de_escalate")
        for name in wanted:
            for moment in self.scenario.coaching:
                if moment.moment == name:
                    return moment
        return None


def _is_question(reply: str) -> bool:
    return reply.rstrip().endswith(("?", "？", "吗", "嗎", "呢", "好不好", "可以不", "行不行", "ok", "OK"))


def _is_weak(events: list[str]) -> bool:
    weak = {"violation:any", "tone:aggressive", "idle", "repeat", "pressure", "premature_disclosure", "unidentified"}
    return bool(weak & set(events))


def validate_reply(reply: str, lang: str = "en") -> str:
    """Strip a reply and refuse what cannot be a turn, with a message a trainee can act on."""
    if not isinstance(reply, str):
        raise ReplyError("a reply must be text")
    cleaned = "".join(ch for ch in reply if ch in "\n\t" or ch.isprintable()).strip()
    if not cleaned:
        raise ReplyError("回复不能为空。" if lang == "zh" else "The reply is empty.")
    if len(cleaned) > MAX_REPLY_CHARS:
        raise ReplyError(
            f"回复太长（{len(cleaned)} 字），最多 {MAX_REPLY_CHARS} 字。" if lang == "zh"
            else f"The reply is too long ({len(cleaned)} characters); the limit is {MAX_REPLY_CHARS}."
        )
    return cleaned


def _default_scorer() -> Scorer:
    import scoring  # imported late: loading the model is the slow part of start-up

    return scoring.score
