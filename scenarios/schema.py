"""The scenario file format, declared once.

A scenario is one YAML file (scenarios/library/<id>.<lang>.yaml) describing a borrower the trainee
talks to: the persona and loan facts the trainee sees, a backstory the trainee does not see, the
borrower's starting hidden state, how each kind of reply moves that state (reactions), the lines
the borrower can say and when, how a session ends (outcomes), model replies for coaching, and
scripted transcripts with the outcome each must reach.

Events are the vocabulary shared by reactions, lines and outcomes; the simulator derives them from
each scored reply (see simulator/events.py and docs/simulator.md).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from scoring.labels import MOVES, TONES, VIOLATIONS

SCHEMA_VERSION = 1

STATE_FIELDS = ("trust", "stress", "patience", "willingness")
PHASES = ("opening", "third_party", "verified", "negotiating")
OUTCOMES = ("agreement", "partial_agreement", "refusal", "hang_up", "complaint", "turn_limit")
SUCCESS_OUTCOMES = frozenset({"agreement"})

# Events the simulator derives besides violation:/tone:/move: ones.
DERIVED_EVENTS = (
    "violation:any",  # the reply broke any rule
    "violation:serious",  # threat, deception or privacy
    "repeat",  # nearly the same as an earlier reply
    "idle",  # no move, no violation and no contact terms: the reply did nothing useful
    "contact_terms",  # lawfully sets out how contact will be handled (hours, channel, one contact)
    "pressure",  # asks for money without listening or a plan
    "unidentified",  # talks about the debt before saying who is calling
    "premature_disclosure",  # states the debt before the person is verified
    "third_party_disclosure",  # discusses the debt with a relative or colleague
    "request_ignored",  # presses on after the borrower asked to stop / not at work / it is late
    "plan_affordable",  # offers a plan within what the borrower can pay
    "plan_too_high",  # offers a plan above what the borrower can pay
    "plan_vague",  # offers a plan with no amount
    "verified_now",  # the borrower confirmed who they are this turn
    "commitment_asked",  # asks for a commitment, or pins the plan on the table to a day
    "handed_over",  # the third party passed the phone to the borrower this turn
    "turn:first",  # the first reply of the session
    "turn:any",  # every reply (for steady drift, e.g. patience wearing thin)
)
EVENTS = (
    tuple(f"violation:{v}" for v in VIOLATIONS)
    + tuple(f"tone:{t}" for t in TONES)
    + tuple(f"move:{m}" for m in MOVES)
    + DERIVED_EVENTS
)
# Placeholders a borrower line may use; filled from the persona and the session.
PLACEHOLDERS = frozenset(
    {"name", "age", "occupation", "product", "principal", "amount_due", "overdue_days", "currency",
     "monthly_capacity", "first_payment", "pay_day", "plan_amount", "plan_date", "third_party_name",
     "relation", "lender"}
)
_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_event(event: str) -> str:
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}; expected one of: {', '.join(EVENTS)}")
    return event


class Loan(_Strict):
    product: str
    lender: str
    principal: float = Field(gt=0)
    amount_due: float = Field(gt=0)
    overdue_days: int = Field(ge=0)
    currency: str = "CNY"


class Capacity(_Strict):
    """What the borrower can really pay; plans above it are haggled over."""

    monthly: float = Field(gt=0, description="the largest instalment the borrower can keep up")
    first_payment: float = Field(gt=0, description="what the borrower can pay at once")
    pay_day: str = Field(description="when the first payment can be made, in the scenario's language")


class Persona(_Strict):
    name: str
    age: int = Field(ge=16, le=110)
    occupation: str
    loan: Loan
    capacity: Capacity


class ThirdParty(_Strict):
    name: str
    relation: str
    hands_over_on: list[str] = Field(
        default_factory=lambda: ["move:identify"],
        description="events after which the third party passes the phone to the borrower",
    )

    _events = field_validator("hands_over_on")(lambda v: [_check_event(e) for e in v])


class Opening(_Strict):
    answered_by: Literal["borrower", "third_party"] = "borrower"
    third_party: ThirdParty | None = None
    others_may_listen: bool = Field(
        default=False, description="stating the debt before verifying is then a privacy violation"
    )

    @model_validator(mode="after")
    def _third_party_present(self) -> "Opening":
        if self.answered_by == "third_party" and self.third_party is None:
            raise ValueError("answered_by is 'third_party' but no third_party is described")
        return self


class State(_Strict):
    trust: int = Field(ge=0, le=100)
    stress: int = Field(ge=0, le=100)
    patience: int = Field(ge=0, le=100)
    willingness: int = Field(ge=0, le=100)


class Delta(_Strict):
    trust: int = 0
    stress: int = 0
    patience: int = 0
    willingness: int = 0


class Reaction(_Strict):
    event: str
    effect: Delta
    max_times: int | None = Field(default=None, ge=1, description="stop applying after this many")
    note: str = ""

    _event = field_validator("event")(lambda v: _check_event(v))


class Bound(_Strict):
    min: int | None = Field(default=None, ge=0, le=100)
    max: int | None = Field(default=None, ge=0, le=100)


class LineCondition(_Strict):
    speaker: Literal["borrower", "third_party"] = "borrower"
    events_any: list[str] = Field(default_factory=list)
    phase: list[Literal["opening", "third_party", "verified", "negotiating"]] = Field(default_factory=list)
    state: dict[Literal["trust", "stress", "patience", "willingness"], Bound] = Field(default_factory=dict)
    greeting: bool = Field(default=False, description="said when the call connects, before any reply")

    _events = field_validator("events_any")(lambda v: [_check_event(e) for e in v])


class Line(_Strict):
    id: str
    text: str
    when: LineCondition = Field(default_factory=LineCondition)
    sets: list[Literal["asked_to_stop", "no_work_calls", "late_night", "disputes_amount"]] = Field(
        default_factory=list, description="requests the borrower makes by saying this line"
    )

    @field_validator("text")
    @classmethod
    def _known_placeholders(cls, text: str) -> str:
        unknown = set(_PLACEHOLDER_RE.findall(text)) - PLACEHOLDERS
        if unknown:
            raise ValueError(
                f"unknown placeholder(s) {sorted(unknown)}; allowed: {', '.join(sorted(PLACEHOLDERS))}"
            )
        return text


class AgreementRule(_Strict):
    min_trust: int = Field(ge=0, le=100)
    min_willingness: int = Field(ge=0, le=100)


class PartialRule(_Strict):
    min_trust: int = Field(ge=0, le=100)
    min_willingness: int = Field(ge=0, le=100)


class ComplaintRule(_Strict):
    serious_violations: int = Field(ge=1, description="serious violations (threat, deception, privacy) that trigger it")
    violations: int = Field(ge=1, description="violations of any kind that trigger it")
    min_stress: int | None = Field(default=None, ge=0, le=100)
    max_trust: int | None = Field(default=None, ge=0, le=100)


class Outcomes(_Strict):
    max_turns: int = Field(ge=2, le=60)
    agreement: AgreementRule
    partial_agreement: PartialRule
    complaint: ComplaintRule
    hang_up_at_patience: int = Field(default=0, ge=0, le=100)
    refusal_at_willingness: int = Field(default=5, ge=0, le=100)
    endings: dict[Literal["agreement", "partial_agreement", "refusal", "hang_up", "complaint", "turn_limit"], list[str]]

    @field_validator("endings")
    @classmethod
    def _every_outcome_has_an_ending(cls, endings: dict) -> dict:
        missing = [o for o in OUTCOMES if not endings.get(o)]
        if missing:
            raise ValueError(f"missing ending lines for outcome(s): {', '.join(missing)}")
        for texts in endings.values():
            for text in texts:
                unknown = set(_PLACEHOLDER_RE.findall(text)) - PLACEHOLDERS
                if unknown:
                    raise ValueError(f"unknown placeholder(s) {sorted(unknown)} in ending {text!r}")
        return endings


class CoachingMoment(_Strict):
    moment: Literal["opening", "verify", "listen", "plan", "commitment", "close", "third_party", "de_escalate"]
    model_reply: str
    why: str


class Transcript(_Strict):
    kind: Literal["good", "poor", "abusive", "repetitive", "other"]
    expect: list[Literal["agreement", "partial_agreement", "refusal", "hang_up", "complaint", "turn_limit"]]
    replies: list[str] = Field(min_length=1)


class Scenario(_Strict):
    schema_version: int
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    lang: Literal["zh", "en"]
    title: str
    summary: str = Field(description="the briefing a trainee reads before the call")
    difficulty: int = Field(ge=1, le=3)
    pack: Literal["cn", "us"]
    tags: list[str] = Field(default_factory=list)
    persona: Persona
    backstory: str = Field(description="hidden from the trainee")
    opening: Opening = Field(default_factory=Opening)
    initial_state: State
    reactions: list[Reaction] = Field(min_length=1)
    lines: list[Line] = Field(min_length=1)
    outcomes: Outcomes
    coaching: list[CoachingMoment] = Field(default_factory=list)
    transcripts: list[Transcript] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _supported_version(cls, v: int) -> int:
        if v != SCHEMA_VERSION:
            raise ValueError(f"schema_version {v} is not supported; this build reads version {SCHEMA_VERSION}")
        return v

    @model_validator(mode="after")
    def _lines_cover_the_call(self) -> "Scenario":
        ids = [line.id for line in self.lines]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"line ids must be unique; repeated: {', '.join(dupes)}")
        first_speaker = self.opening.answered_by
        if not any(l.when.greeting and l.when.speaker == first_speaker for l in self.lines):
            raise ValueError(f"lines: needs a line with when.greeting: true and speaker {first_speaker!r} to open the call")
        if first_speaker == "third_party" and not any(
            "handed_over" in l.when.events_any for l in self.lines
        ):
            raise ValueError("lines: a third-party opening needs a borrower line for the event 'handed_over'")
        return self
