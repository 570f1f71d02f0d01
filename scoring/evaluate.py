"""Evaluate the scorer on a labeled file: the combined scorer, the model alone, the rules alone
and the TF-IDF baseline, side by side."""

from __future__ import annotations

from pathlib import Path

from scoring.data import OUTPUTS, read_jsonl
from scoring.labels import MOVES, TONES
from scoring.metrics import Prediction, compute, format_side_by_side


def evaluate_file(path: str | Path, pack: str = "cn", with_baseline: bool = True,
                  model_dir: str | Path | None = None) -> tuple[dict, str]:
    """model_dir: a trained model to evaluate instead of the shipped one (to compare candidates)."""
    from scoring.rules import find_violations
    from scoring.scorer import Scorer, default_scorer

    examples = read_jsonl(path)
    scorer = Scorer.load(model_dir) if model_dir else default_scorer()
    combined, model_only, rules_only = [], [], []
    for start in range(0, len(examples), 64):
        chunk = examples[start: start + 64]
        results = scorer.score_batch([{"text": e.text, "context": e.context, "lang": e.lang} for e in chunk], pack=pack)
        for e, r in zip(chunk, results):
            combined.append(Prediction(frozenset(r.violations), r.tone, frozenset(r.moves)))
            p = r.probabilities
            mv = frozenset(scorer.model_violations(p))
            tone = max(TONES, key=lambda t: p[f"tone:{t}"])
            model_only.append(Prediction(mv, tone, frozenset(r.moves)))
            rv = frozenset(ev.label for ev in find_violations(e.text, e.context, e.lang, pack))
            rules_only.append(Prediction(rv, "neutral", frozenset()))  # tone/moves not judged by rules
    report = {"file": str(path), "pack": pack, "model_dir": str(model_dir or "shipped"), "scorer": compute(examples, combined),
              "model": compute(examples, model_only), "rules": _violations_only(compute(examples, rules_only))}
    if with_baseline:
        from scoring.baseline import fit_baseline

        report["tfidf_baseline"] = compute(examples, fit_baseline().predict(examples))
    return report, format_side_by_side({k: v for k, v in report.items() if isinstance(v, dict)})


def _violations_only(result: dict) -> dict:
    """Rules judge legality only: their tone and move figures are not applicable."""
    result["tone_accuracy"] = result["tone_macro_f1"] = result["moves_macro_f1"] = None
    result["tone"] = {t: {"f1": None} for t in TONES}
    result["moves"] = {m: {"f1": None} for m in MOVES} if result["moves"] else {}
    result["tone_confusion"] = {g: {p: 0 for p in TONES} for g in TONES}
    return result


__all__ = ["evaluate_file", "OUTPUTS"]
