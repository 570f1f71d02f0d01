"""Figures for a labeled set: per-label precision/recall/F1, macro-F1, tone confusion, false alarms."""

from __future__ import annotations

from dataclasses import dataclass

from scoring.data import Example
from scoring.labels import MOVES, TONES, VIOLATIONS


@dataclass(frozen=True)
class Prediction:
    violations: frozenset[str]
    tone: str
    moves: frozenset[str]


def predictions_from_proba(proba, thresholds: dict[str, float] | None = None,
                          rule_hits: list[set[str]] | None = None) -> list[Prediction]:
    """Labels from probability rows laid out as scoring.data.OUTPUTS: a violation or move fires at
    its threshold (0.5 when none is given), a violation also when a rule found it; the tone is the
    most probable one."""
    import numpy as np

    from scoring.data import M_SLICE, T_SLICE, V_SLICE

    thresholds = thresholds or {}
    preds = []
    for i, row in enumerate(proba):
        rules = rule_hits[i] if rule_hits else set()
        v = frozenset(l for j, l in enumerate(VIOLATIONS)
                      if row[V_SLICE][j] >= thresholds.get(f"violation:{l}", 0.5) or l in rules)
        m = frozenset(l for j, l in enumerate(MOVES) if row[M_SLICE][j] >= thresholds.get(f"move:{l}", 0.5))
        preds.append(Prediction(v, TONES[int(np.argmax(row[T_SLICE]))], m))
    return preds


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": tp + fn}


def compute(examples: list[Example], preds: list[Prediction]) -> dict:
    assert len(examples) == len(preds)
    out: dict = {"records": len(examples), "violations": {}, "moves": {}}
    for label in VIOLATIONS:
        tp = sum(1 for e, p in zip(examples, preds) if label in e.violations and label in p.violations)
        fp = sum(1 for e, p in zip(examples, preds) if label not in e.violations and label in p.violations)
        fn = sum(1 for e, p in zip(examples, preds) if label in e.violations and label not in p.violations)
        out["violations"][label] = _prf(tp, fp, fn)
    out["violation_macro_f1"] = sum(v["f1"] for v in out["violations"].values()) / len(VIOLATIONS)
    compliant = [(e, p) for e, p in zip(examples, preds) if not e.violations]
    out["compliant_records"] = len(compliant)
    out["false_alarm_rate"] = sum(1 for _, p in compliant if p.violations) / len(compliant) if compliant else 0.0
    violating = [(e, p) for e, p in zip(examples, preds) if e.violations]
    out["missed_violation_rate"] = sum(1 for _, p in violating if not p.violations) / len(violating) if violating else 0.0

    confusion = {gold: {pred: 0 for pred in TONES} for gold in TONES}
    for e, p in zip(examples, preds):
        confusion[e.tone][p.tone] += 1
    out["tone_confusion"] = confusion
    out["tone_accuracy"] = sum(confusion[t][t] for t in TONES) / len(examples) if examples else 0.0
    tone_f1 = {}
    for t in TONES:
        tp = confusion[t][t]
        fp = sum(confusion[g][t] for g in TONES if g != t)
        fn = sum(confusion[t][p] for p in TONES if p != t)
        tone_f1[t] = _prf(tp, fp, fn)
    out["tone"] = tone_f1
    out["tone_macro_f1"] = sum(v["f1"] for v in tone_f1.values()) / len(TONES)

    with_moves = [(e, p) for e, p in zip(examples, preds) if e.moves is not None]
    out["records_with_moves"] = len(with_moves)
    if with_moves:
        for m in MOVES:
            tp = sum(1 for e, p in with_moves if m in e.moves and m in p.moves)
            fp = sum(1 for e, p in with_moves if m not in e.moves and m in p.moves)
            fn = sum(1 for e, p in with_moves if m in e.moves and m not in p.moves)
            out["moves"][m] = _prf(tp, fp, fn)
        out["moves_macro_f1"] = sum(v["f1"] for v in out["moves"].values()) / len(MOVES)
    else:
        out["moves_macro_f1"] = None
    return out


def format_side_by_side(results: dict[str, dict]) -> str:
    """One table, one column per system (e.g. combined, model, rules, baseline)."""
    names = list(results)
    width = max(10, *(len(n) for n in names))
    lines = []

    def row(title: str, values: list[str]) -> None:
        lines.append(f"{title:34s}" + "".join(f"{v:>{width + 2}s}" for v in values))

    def num(x) -> str:
        return "—" if x is None else f"{x:.3f}"

    first = results[names[0]]
    lines.append(f"records: {first['records']} (compliant {first['compliant_records']}, with moves {first['records_with_moves']})")
    row("", names)
    for label in VIOLATIONS:
        sup = first["violations"][label]["support"]
        for k in ("precision", "recall", "f1"):
            row(f"{label} {k}" + (f" (n={sup})" if k == "precision" else ""), [num(results[n]["violations"][label][k]) for n in names])
    row("violation macro-F1", [num(results[n]["violation_macro_f1"]) for n in names])
    row("false alarms on compliant", [num(results[n]["false_alarm_rate"]) for n in names])
    row("violating records missed", [num(results[n]["missed_violation_rate"]) for n in names])
    row("tone accuracy", [num(results[n]["tone_accuracy"]) for n in names])
    row("tone macro-F1", [num(results[n]["tone_macro_f1"]) for n in names])
    for t in TONES:
        row(f"tone {t} F1", [num(results[n]["tone"][t]["f1"]) for n in names])
    row("moves macro-F1", [num(results[n]["moves_macro_f1"]) for n in names])
    for m in MOVES:
        if first["moves"]:
            row(f"move {m} F1", [num(results[n]["moves"][m]["f1"]) if results[n]["moves"] else "—" for n in names])
    for n in names:
        lines.append(f"tone confusion ({n}; rows gold, columns predicted {', '.join(TONES)}):")
        for gold in TONES:
            lines.append(f"  {gold:11s} " + " ".join(f"{results[n]['tone_confusion'][gold][p]:6d}" for p in TONES))
    return "\n".join(lines)
