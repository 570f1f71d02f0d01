"""The borrower's hidden state and the session's memory, as plain serialisable data.

Everything needed to resume a session lives here; the random generator is re-derived from the
seed and the turn number, so a saved session resumes exactly where it stopped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from scenarios.schema import STATE_FIELDS, Delta, State


@dataclass
class BorrowerState:
    trust: int
    stress: int
    patience: int
    willingness: int

    @classmethod
    def from_schema(cls, state: State) -> "BorrowerState":
        return cls(**state.model_dump())

    def apply(self, delta: Delta) -> None:
        for name in STATE_FIELDS:
            value = getattr(self, name) + getattr(delta, name)
            setattr(self, name, max(0, min(100, value)))

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class Plan:
    amount: float
    date: str
    proposed_by: str  # "trainee" or "borrower"


@dataclass
class SessionState:
    state: BorrowerState
    seed: int = 0
    turn: int = 0  # replies taken so far
    speaker: str = "borrower"  # who is on the line: "borrower" or "third_party"
    identified: bool = False
    verified: bool = False
    listened: bool = False  # asked about the situation or acknowledged it
    debt_stated: bool = False  # the trainee has told the borrower what is owed
    plan: Plan | None = None
    plan_discussed: bool = False
    # Requests the borrower has made and not yet seen honoured: request -> the line that made it.
    # "no_work_calls" lasts the whole call; the others end when a reply closes or acknowledges.
    requests: dict[str, str] = field(default_factory=dict)
    reaction_counts: dict[str, int] = field(default_factory=dict)
    violation_counts: dict[str, int] = field(default_factory=dict)
    used_lines: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    last_line: str = ""
    outcome: str | None = None
    outcome_reason: str = ""

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    def scorer_context(self) -> str:
        """The borrower's last line, plus any standing request it does not repeat."""
        extra = [line for line in dict.fromkeys(self.requests.values()) if line != self.last_line]
        return " ".join([*extra, self.last_line]).strip()

    @property
    def phase(self) -> str:
        if self.speaker == "third_party":
            return "third_party"
        if not self.verified:
            return "opening"
        return "negotiating" if self.plan_discussed else "verified"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "SessionState":
        data = dict(data)
        data["state"] = BorrowerState(**data["state"])
        data["plan"] = Plan(**data["plan"]) if data.get("plan") else None
        return cls(**data)
