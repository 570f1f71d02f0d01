"""Command line: list scenarios, or play a scripted call.

    python -m simulator list
    python -m simulator play --scenario ID --lang zh|en --script FILE|- [--seed N]

`play` prints each borrower line as the call goes and ends with one JSON line:
{"scenario", "lang", "outcome", "success", "turns", "score", "violations"}.
"""

from __future__ import annotations

import argparse
import json
import sys

from scenarios.loader import LIBRARY_DIR, load_library


def _library(directory: str):
    library = load_library(directory)
    for err in library.errors:
        print(f"warning: {err}", file=sys.stderr)
    return library


def cmd_list(args) -> int:
    for sc in _library(args.library).listing():
        print(json.dumps({"id": sc.id, "lang": sc.lang, "title": sc.title, "difficulty": sc.difficulty}, ensure_ascii=False))
    return 0


def cmd_play(args) -> int:
    from simulator.play import play_script

    library = _library(args.library)
    try:
        scenario = library.get(args.scenario, args.lang)
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return 2
    try:
        source = sys.stdin if args.script == "-" else open(args.script, encoding="utf-8")
    except OSError as exc:
        print(f"error: cannot read script {args.script}: {exc.strerror}", file=sys.stderr)
        return 2
    with source:
        replies = [line.rstrip("\r\n") for line in source]

    def show(turn, line):
        if turn is not None:
            print(f"[{turn.turn}] trainee: {turn.reply}")
            if turn.violations:
                print(f"[{turn.turn}] flagged: {', '.join(turn.violations)}")
        print(f"[{turn.turn if turn else 0}] borrower: {line}", flush=True)

    result = play_script(scenario, replies, seed=args.seed, on_turn=show)
    for lineno, why in result.skipped:
        print(f"warning: script line {lineno} skipped: {why}", file=sys.stderr)
    print(json.dumps(result.summary(), ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulator", description=__doc__.split("\n")[0])
    parser.add_argument("--library", default=str(LIBRARY_DIR), help="folder of scenario files")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="one JSON line per scenario").set_defaults(func=cmd_list)
    play = sub.add_parser("play", help="play a scripted call")
    play.add_argument("--scenario", required=True)
    play.add_argument("--lang", required=True, choices=["zh", "en"])
    play.add_argument("--script", required=True, help="file with one trainee reply per line, or - for stdin")
    play.add_argument("--seed", type=int, default=0)
    play.set_defaults(func=cmd_play)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
