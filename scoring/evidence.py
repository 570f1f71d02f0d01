"""Evidence: where in a reply a violation was found, and by what.

Every violation the scorer reports carries at least one Evidence. `source` is a rule id from the
jurisdiction pack (for example "CN-THREAT") or "model" when only the classifier saw it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    label: str  # one of scoring.labels.VIOLATIONS
    source: str  # rule id, or "model"
    start: int  # character offsets into the reply text; 0, 0 for a whole-reply model finding
    end: int
    quote: str  # text[start:end]
    rule: str = ""  # one-line description of the rule broken, in the reply's language

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "source": self.source,
            "span": [self.start, self.end],
            "quote": self.quote,
            "rule": self.rule,
        }
