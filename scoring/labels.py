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

# How people read the labels, per interface language: the one table the rubric, the scorer's
# evidence and the UI all use.
DISPLAY_NAMES: dict[str, dict[str, str]] = {
    "zh": {"threat": "威胁", "insult": "侮辱", "privacy": "泄露隐私", "deception": "欺骗误导", "harassment": "骚扰",
           "unfair_demand": "不当要求", "empathetic": "共情", "neutral": "中性", "aggressive": "攻击性",
           "identify": "表明身份", "verify": "核实身份", "state_debt": "说明欠款", "ask_situation": "询问原因",
           "empathize": "表达理解", "offer_plan": "提出方案", "ask_commitment": "确认承诺",
           "explain_consequence": "说明后果", "close": "结束通话"},
    "en": {"threat": "threat", "insult": "insult", "privacy": "privacy breach", "deception": "deception",
           "harassment": "harassment", "unfair_demand": "unfair demand", "empathetic": "empathetic",
           "neutral": "neutral", "aggressive": "aggressive", "identify": "identify", "verify": "verify",
           "state_debt": "state the debt", "ask_situation": "ask the situation", "empathize": "empathise",
           "offer_plan": "offer a plan", "ask_commitment": "ask for a commitment",
           "explain_consequence": "explain a consequence", "close": "close"},
}

# What a violation the model found (no rule named it) means, shown as its evidence's description.
VIOLATION_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "zh": {"threat": "威胁、恐吓", "insult": "侮辱、贬低", "privacy": "向第三方透露或以此施压", "deception": "虚假或误导性陈述",
           "harassment": "骚扰：频繁或不合理时间联系",
           "unfair_demand": "不当要求：向无责任人催收、诱导借新还旧、额外费用或私人账户"},
    "en": {"threat": "threat or intimidation", "insult": "insulting or demeaning words",
           "privacy": "disclosure to third parties", "deception": "false or misleading statement",
           "harassment": "harassing contact", "unfair_demand": "unfair demand"},
}


def display_name(label: str, lang: str) -> str:
    """The label as a reader of `lang` sees it (Chinese for zh, English otherwise)."""
    return DISPLAY_NAMES["zh" if lang == "zh" else "en"].get(label, label)
