"""Reply scoring: a trained classifier plus explainable rules per jurisdiction pack.

    import scoring
    result = scoring.score("你再不还，小心你家里人", context=None, lang="zh", pack="cn")
    result.violations, result.tone, result.moves, result.evidence

`score_batch` takes many replies at once. The model loads on first use, once per process.
"""

from scoring.evidence import Evidence
from scoring.labels import MOVES, TONES, VIOLATIONS
from scoring.result import ReplyScore


def score(text: str, context: str | None = None, lang: str | None = None, pack: str = "cn") -> ReplyScore:
    from scoring.scorer import default_scorer

    return default_scorer().score(text, context=context, lang=lang, pack=pack)


def score_batch(items: list[dict], pack: str = "cn") -> list[ReplyScore]:
    from scoring.scorer import default_scorer

    return default_scorer().score_batch(items, pack=pack)


__all__ = ["Evidence", "MOVES", "ReplyScore", "TONES", "VIOLATIONS", "score", "score_batch"]
