"""The scorer's answer for one reply."""

from __future__ import annotations

from dataclasses import dataclass, field

from scoring.evidence import Evidence


@dataclass(frozen=True)
class ReplyScore:
    violations: list[str]  # in scoring.labels.VIOLATIONS order
    tone: str
    moves: list[str]
    probabilities: dict[str, float]  # "violation:threat", "tone:neutral", "move:verify", ...
    evidence: list[Evidence] = field(default_factory=list)
    lang: str = "zh"
    pack: str = "cn"
    truncated: bool = False  # the model saw only the start of a very long reply

    @property
    def compliant(self) -> bool:
        return not self.violations

    def evidence_for(self, label: str) -> list[Evidence]:
        return [e for e in self.evidence if e.label == label]

    def to_dict(self) -> dict:
        return {
            "violations": list(self.violations),
            "tone": self.tone,
            "moves": list(self.moves),
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
            "evidence": [e.to_dict() for e in self.evidence],
            "lang": self.lang,
            "pack": self.pack,
            "truncated": self.truncated,
        }
