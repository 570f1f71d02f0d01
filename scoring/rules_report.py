"""Measure the rule layer alone on a labeled JSONL file (labeling-guide record format).

    python -m scoring.rules_report FILE.jsonl [--pack cn] [--show]

Prints, per violation label, precision, recall and F1 of the rules (a record is predicted to carry
a label when at least one Evidence has that label), micro and macro averages, and the false-alarm
rate: the share of compliant records (empty `violations`) on which any rule fired. `--show` also
lists the false positives and misses with the evidence, for calibration.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from scoring.labels import VIOLATIONS
from scoring.rules import PACKS, find_violations


def load(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(rec.get("text"), str) or not isinstance(rec.get("violations", []), list):
                raise ValueError(f"{path}:{n}: record needs a string 'text' and a list 'violations'")
            records.append(rec)
    return records


def evaluate(records: list[dict], pack: str = "cn") -> dict:
    counts = {lab: {"tp": 0, "fp": 0, "fn": 0} for lab in VIOLATIONS}
    compliant = alarms = 0
    errors: list[tuple[dict, set, set, list]] = []
    find_violations("预热 warm-up", "我是他老婆 warm-up", pack=pack)  # compile the patterns before timing
    t0 = time.perf_counter()
    for rec in records:
        ev = find_violations(rec["text"], rec.get("context"), rec.get("lang"), pack=pack)
        pred = {e.label for e in ev}
        gold = set(rec.get("violations") or [])
        for lab in VIOLATIONS:
            if lab in pred and lab in gold:
                counts[lab]["tp"] += 1
            elif lab in pred:
                counts[lab]["fp"] += 1
            elif lab in gold:
                counts[lab]["fn"] += 1
        if not gold:
            compliant += 1
            alarms += bool(pred)
        if pred != gold:
            errors.append((rec, pred, gold, ev))
    elapsed = time.perf_counter() - t0

    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    per_label = {lab: dict(zip(("precision", "recall", "f1"), prf(**c)), **c) for lab, c in counts.items()}
    tot = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    micro = dict(zip(("precision", "recall", "f1"), prf(**tot)))
    present = [lab for lab in VIOLATIONS if counts[lab]["tp"] + counts[lab]["fn"] > 0]
    macro = {
        k: sum(per_label[lab][k] for lab in present) / len(present) if present else 0.0
        for k in ("precision", "recall", "f1")
    }
    return {
        "records": len(records),
        "per_label": per_label,
        "micro": micro,
        "macro": macro,
        "compliant": compliant,
        "false_alarms": alarms,
        "false_alarm_rate": alarms / compliant if compliant else 0.0,
        "ms_per_record": 1000 * elapsed / max(1, len(records)),
        "errors": errors,
    }


def render(res: dict, pack: str) -> str:
    lines = [f"rules alone, pack {pack}, {res['records']} records", ""]
    lines.append(f"{'label':<14}{'prec':>7}{'rec':>7}{'f1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for lab, m in res["per_label"].items():
        lines.append(
            f"{lab:<14}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}"
        )
    for name in ("micro", "macro"):
        m = res[name]
        lines.append(f"{name:<14}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    lines.append("")
    lines.append(
        f"false alarms on compliant records: {res['false_alarms']}/{res['compliant']}"
        f" = {res['false_alarm_rate']:.3f}"
    )
    lines.append(f"time: {res['ms_per_record']:.3f} ms per record")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scoring.rules_report", description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path, help="labeled JSONL file")
    ap.add_argument("--pack", default="cn", choices=PACKS)
    ap.add_argument("--show", action="store_true", help="list false positives and misses")
    args = ap.parse_args(argv)
    try:
        records = load(args.file)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    res = evaluate(records, args.pack)
    print(render(res, args.pack))
    if args.show:
        print()
        for rec, pred, gold, ev in res["errors"]:
            extra, missing = sorted(pred - gold), sorted(gold - pred)
            print(f"{rec.get('id', '?')}: +{extra} -{missing}  {rec['text']}")
            if rec.get("context"):
                print(f"    context: {rec['context']}")
            for e in ev:
                print(f"    {e.source} {e.label} [{e.start}:{e.end}] {e.quote!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
