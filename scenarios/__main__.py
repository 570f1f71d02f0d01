"""Command line for the scenario library in the database (the app's library; DATABASE_URL or
COLLECTOR_DB_PATH select it, as for the app; it is seeded from scenarios/library/ on first use).

    python -m scenarios lint ID --lang zh|en [--file PATH] [--seeds N] [--json]
    python -m scenarios export [--out DIR] [--id ID --lang zh|en] [--include-retired]
    python -m scenarios import FILE [FILE ...]

`lint` plays the scenario (latest version, or the file given with --file) with the shipped scorer
and exits 1 when a transcript misses its expected outcome or something can never happen.
`import` is all or nothing: one malformed file and nothing changes (exit 1, every problem listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _store():
    from storage.db import Database
    from storage.scenario_store import ScenarioStore

    db = Database()
    db.create_schema()
    store = ScenarioStore(db)
    for err in store.seed_from_files():
        print(f"warning: {err}", file=sys.stderr)
    return store


def cmd_lint(args) -> int:
    from scenarios.loader import ScenarioFileError, load_file
    from simulator.lint import lint_scenario

    try:
        if args.file:
            scenario = load_file(Path(args.file))
        else:
            from storage.scenario_store import ScenarioNotFound

            try:
                scenario = _store().get(args.id, args.lang)
            except ScenarioNotFound as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
    except ScenarioFileError as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        return 2
    if (scenario.id, scenario.lang) != (args.id, args.lang):
        print(f"error: {args.file} is {scenario.id} ({scenario.lang}), not {args.id} ({args.lang})", file=sys.stderr)
        return 2
    report = lint_scenario(scenario, seeds=tuple(range(args.seeds)))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{scenario.id} ({scenario.lang}): {len(report.runs)} runs")
        for outcome, scripts in report.reached.items():
            print(f"  reached {outcome}: {', '.join(scripts)}")
        for outcome in report.unreached_outcomes:
            print(f"  not reached: {outcome}")
        for run in report.transcript_mismatches:
            print(f"  MISMATCH {run.script} seed {run.seed}: ended {run.outcome}, expected {' / '.join(run.expected)}")
        for finding in report.impossible_reactions:
            print(f"  NEVER FIRES {finding.item}: {finding.why}")
        for finding in report.unfired_reactions:
            print(f"  unfired {finding.item}: {finding.why}")
        for finding in report.unused_lines:
            print(f"  unused line {finding.item}: {finding.why}")
        print("ok" if report.ok else "problems found")
    return 0 if report.ok else 1


def cmd_export(args) -> int:
    store = _store()
    keys = [(args.id, args.lang)] if args.id else None
    for path in store.export_to(args.out, keys=keys, include_retired=args.include_retired):
        print(path)
    return 0


def cmd_import(args) -> int:
    from scenarios.loader import ScenarioFileError

    try:
        results = _store().import_files(args.files)
    except ScenarioFileError as exc:
        print("error: nothing was imported:", file=sys.stderr)
        for err in exc.errors:
            print(f"  {err}", file=sys.stderr)
        return 1
    for r in results:
        print(f"{r.scenario_id} ({r.lang}): " + (f"version {r.version}" if r.created else f"unchanged (version {r.version})"))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scenarios", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    lint = sub.add_parser("lint", help="play a scenario and report what is reachable")
    lint.add_argument("id")
    lint.add_argument("--lang", required=True, choices=["zh", "en"])
    lint.add_argument("--file", help="lint this YAML file instead of the stored latest version")
    lint.add_argument("--seeds", type=int, default=3, help="seeds per script (default 3)")
    lint.add_argument("--json", action="store_true", help="print the full report as JSON")
    lint.set_defaults(func=cmd_lint)
    export = sub.add_parser("export", help="write <id>.<lang>.yaml files of the latest versions")
    export.add_argument("--out", default="scenarios-export")
    export.add_argument("--id")
    export.add_argument("--lang", choices=["zh", "en"])
    export.add_argument("--include-retired", action="store_true")
    export.set_defaults(func=cmd_export)
    imp = sub.add_parser("import", help="import YAML files as new versions (all or nothing)")
    imp.add_argument("files", nargs="+")
    imp.set_defaults(func=cmd_import)
    args = parser.parse_args(argv)
    if args.command == "export" and bool(args.id) != bool(args.lang):
        parser.error("--id and --lang go together")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
