"""Check labeled JSONL files against the labeling guide and print their statistics.

Usage: python data/validate_corpus.py FILE [FILE ...]
Exits 1 if any record is malformed (each problem is printed with file and line number).
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scoring.labels import LANGS, MOVES, TONES, VIOLATIONS  # noqa: E402

REQUIRED = ("id", "lang", "context", "text", "violations", "tone")


def check_record(rec: dict) -> list[str]:
    problems = [f"missing key {k!r}" for k in REQUIRED if k not in rec]
    if problems:
        return problems
    if rec["lang"] not in LANGS:
        problems.append(f"lang {rec['lang']!r} not in {LANGS}")
    if not isinstance(rec["text"], str) or not rec["text"].strip():
        problems.append("text must be a non-empty string")
    if rec["context"] is not None and not isinstance(rec["context"], str):
        problems.append("context must be a string or null")
    if not isinstance(rec["violations"], list) or any(v not in VIOLATIONS for v in rec["violations"]):
        problems.append(f"violations {rec['violations']!r} must be a list drawn from {VIOLATIONS}")
    if rec["tone"] not in TONES:
        problems.append(f"tone {rec['tone']!r} not in {TONES}")
    if "threat" in (rec.get("violations") or []) and rec["tone"] != "aggressive":
        problems.append("a threat always takes tone 'aggressive' (labeling guide)")
    moves = rec.get("moves")
    if moves is not None and (not isinstance(moves, list) or any(m not in MOVES for m in moves)):
        problems.append(f"moves {moves!r} must be a list drawn from {MOVES}")
    return problems


def main(paths: list[str]) -> int:
    ids: Counter = Counter()
    stats: Counter = Counter()
    texts: Counter = Counter()
    bad = 0
    for path in paths:
        for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{path}:{lineno}: not JSON ({exc})")
                bad += 1
                continue
            problems = check_record(rec)
            for p in problems:
                print(f"{path}:{lineno}: {p}")
            if problems:
                bad += 1
                continue
            ids[rec["id"]] += 1
            texts[rec["text"]] += 1
            stats["records"] += 1
            stats[f"lang:{rec['lang']}"] += 1
            stats[f"tone:{rec['tone']}"] += 1
            stats["with_context"] += rec["context"] is not None
            stats["compliant"] += not rec["violations"]
            stats["has_moves"] += "moves" in rec
            for v in rec["violations"]:
                stats[f"violation:{v}"] += 1
            for m in rec.get("moves") or []:
                stats[f"move:{m}"] += 1
    dup_ids = [i for i, n in ids.items() if n > 1]
    if dup_ids:
        print(f"duplicate ids: {dup_ids[:10]} ({len(dup_ids)} in all)")
        bad += 1
    dup_texts = sum(n - 1 for n in texts.values() if n > 1)
    stats["duplicate_texts"] = dup_texts
    for key in sorted(stats):
        print(f"{key:28s} {stats[key]}")
    print(f"malformed records: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
