"""The label set of the labeling guide (../shared/labeling-guide.md): the one place that names it.

Everything that reads or writes labels (corpus, model heads, rules, rubric, simulator) imports
these tuples, so a label can never be spelled two ways.
"""

VIOLATIONS: tuple[str, ...] = (
    "threat",
    "insult",
    "privacy",
    "deception",
    "harassment",
    "unfair_demand",
)
TONES: tuple[str, ...] = ("empathetic", "neutral", "aggressive")
MOVES: tuple[str, ...] = (
    "identify",
    "verify",
    "state_debt",
    "ask_situation",
    "empathize",
    "offer_plan",
    "ask_commitment",
    "explain_consequence",
    "close",
)
LANGS: tuple[str, ...] = ("zh", "en")

# Violations that make a borrower complain at once and that certification never tolerates.
SERIOUS_VIOLATIONS: frozenset[str] = frozenset({"threat", "deception", "privacy"})
