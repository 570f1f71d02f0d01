"""Command line for the reply scorer.

    python -m scoring train [--base DIR] [--output DIR] [--epochs N] [--seed N] [--sentence-hidden N]
    python -m scoring score INPUT.jsonl [--output OUT.jsonl] [--pack cn|us]
    python -m scoring evaluate FILE.jsonl [--pack cn|us] [--json OUT.json] [--model DIR] [--no-baseline]
    python -m scoring bench [--threads N]

`score` exits 0 when every line was scored and 3 when malformed lines were skipped (each is
reported on standard error with its line number).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_SKIPPED = 3
BATCH = 64


def cmd_train(args) -> int:
    from scoring.train import TrainConfig, train

    cfg = TrainConfig(**{k: v for k, v in vars(args).items() if k in TrainConfig.__dataclass_fields__ and v is not None})
    train(cfg)
    return 0


def _parse_input_line(line: str) -> dict:
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    if "id" not in obj:
        raise ValueError("missing 'id'")
    if not isinstance(obj.get("text"), str):
        raise ValueError("'text' must be a string")
    if obj.get("context") is not None and not isinstance(obj["context"], str):
        raise ValueError("'context' must be a string or null")
    if obj.get("lang") not in (None, "zh", "en"):
        raise ValueError("'lang' must be 'zh' or 'en'")
    return obj


def cmd_score(args) -> int:
    from scoring.scorer import default_scorer

    try:
        raw = Path(args.input).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        print(f"error: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    items, skipped = [], 0
    for lineno, line in enumerate(raw, 1):
        if not line.strip():
            continue
        try:
            items.append(_parse_input_line(line))
        except (json.JSONDecodeError, ValueError) as exc:
            print(f"{args.input}:{lineno}: skipped: {exc}", file=sys.stderr)
            skipped += 1
    scorer = default_scorer()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for start in range(0, len(items), BATCH):
            chunk = items[start: start + BATCH]
            for item, result in zip(chunk, scorer.score_batch(chunk, pack=args.pack)):
                d = result.to_dict()
                record = {"id": item["id"], "violations": d["violations"], "tone": d["tone"], "moves": d["moves"],
                          "probabilities": d["probabilities"], "evidence": d["evidence"]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_SKIPPED if skipped else 0


def cmd_evaluate(args) -> int:
    from scoring.evaluate import evaluate_file

    report, table = evaluate_file(args.file, pack=args.pack, with_baseline=not args.no_baseline, model_dir=args.model)
    print(table)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def cmd_bench(args) -> int:
    from scoring.bench import run_bench

    run_bench(threads=args.threads, repeats=args.repeats)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scoring", description="Reply scorer")
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train the classifier from the corpus")
    tr.add_argument("--base", help="fine-tune this local Hugging Face checkpoint instead of training from scratch")
    tr.add_argument("--output", help="where to save the model (default: the shipped model folder)")
    tr.add_argument("--corpus", help="folder of labeled .jsonl files (default: data/corpus)")
    tr.add_argument("--epochs", type=int)
    tr.add_argument("--seed", type=int)
    tr.add_argument("--threads", type=int)
    tr.add_argument("--sentence-hidden", type=int,
                    help="width of the head over pretrained sentence embeddings (0: train without the sentence view)")
    tr.set_defaults(func=cmd_train)
    sc = sub.add_parser("score", help="score replies from a JSONL file")
    sc.add_argument("input")
    sc.add_argument("--output")
    sc.add_argument("--pack", choices=["cn", "us"], default="cn")
    sc.set_defaults(func=cmd_score)
    ev = sub.add_parser("evaluate", help="figures on a labeled JSONL file, beside a TF-IDF baseline")
    ev.add_argument("file")
    ev.add_argument("--pack", choices=["cn", "us"], default="cn")
    ev.add_argument("--json", help="also write the figures to this file")
    ev.add_argument("--no-baseline", action="store_true", help="skip training the baseline")
    ev.add_argument("--model", help="evaluate this trained model folder instead of the shipped one")
    ev.set_defaults(func=cmd_evaluate)
    be = sub.add_parser("bench", help="load time, latency, throughput, memory")
    be.add_argument("--threads", type=int, default=1, help="torch intra-op threads (the product uses 1)")
    be.add_argument("--repeats", type=int, default=300)
    be.set_defaults(func=cmd_bench)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
