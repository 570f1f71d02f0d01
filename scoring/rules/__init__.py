"""The explainable rule layer of the reply scorer.

    find_violations(text, context=None, lang=None, pack="cn") -> list[Evidence]

Each Evidence names the rule id of the chosen pack, its label, the character span of the offending
words in `text` and a one-line description in the reply's language. Packs decide rule ids and
parameters; every pack reads Chinese (simplified, traditional, Cantonese forms) and English.

The rules aim at precision: they are one half of a combined scorer, and a trained model covers the
paraphrases they miss. Patterns compile on first use; nothing is read from disk.
"""

from __future__ import annotations

from scoring.evidence import Evidence
from scoring.rules import cn, us
from scoring.rules.engine import Pack, Rule, detect_lang, match

_PACKS: dict[str, Pack] = {"cn": cn.PACK, "us": us.PACK}
PACKS: tuple[str, ...] = tuple(_PACKS)

__all__ = ["PACKS", "Rule", "find_violations", "get_pack", "rule_description", "rules"]


def get_pack(pack: str) -> Pack:
    try:
        return _PACKS[pack]
    except KeyError:
        raise ValueError(f"unknown rule pack {pack!r}; known packs: {', '.join(PACKS)}") from None


def rules(pack: str = "cn") -> tuple[Rule, ...]:
    return get_pack(pack).rules


def find_violations(
    text: str, context: str | None = None, lang: str | None = None, pack: str = "cn"
) -> list[Evidence]:
    """Rule findings for one collector reply, sorted by position in `text`."""
    p = get_pack(pack)
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if lang is None:
        lang = detect_lang(text)
    elif isinstance(lang, str) and lang.lower().split("-")[0] in ("zh", "en"):
        lang = lang.lower().split("-")[0]  # "zh-Hant", "en-US" name the same two description languages
    else:
        raise ValueError(f"lang must be 'zh', 'en' or None, not {lang!r}")
    return match(text, context if isinstance(context, str) else None, p, lang)


def rule_description(rule_id: str, lang: str = "en") -> str:
    """The one-line description of a rule id in `lang` ('zh' or 'en'), from whichever pack has it."""
    for p in _PACKS.values():
        r = p.rule(rule_id)
        if r is not None:
            return r.description(lang)
    raise KeyError(f"unknown rule id {rule_id!r}")
