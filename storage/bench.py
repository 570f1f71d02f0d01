"""Benchmark practice calls with the real scorer: trainees replying at once through PracticeService.

    python -m storage.bench [--trainees 8] [--turns 12] [--database-url URL]

Reports turns per second (end to end: read the call, score, simulate, write), the scorer's time per
turn and the rest of the time per turn (database and simulator). Without --database-url it uses
DATABASE_URL, else a fresh SQLite file in a temporary folder. It prints figures; it checks nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from scenarios import load_library
from simulator import SessionEnded
from storage.db import Database, database_url
from storage.practice import ConcurrentReply, PracticeService

SCENARIO = ("cashflow-instalment", "zh")
# A plausible call that runs long: greetings, questions, a plan, some pressure, repeated.
REPLIES = [
    "您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？",
    "陈先生，您这笔3260元已经逾期18天了，最近遇到什么困难了吗？",
    "嗯，明白了。",
    "您今天必须把钱还上。",
    "我理解，工资延发确实难。我们可以申请分期，每月还1000元。",
    "那我们约定15号前先还第一期1000元，可以吗？",
]


def _timed(scorer, samples: list[float], lock: threading.Lock):
    def score(*args, **kwargs):
        start = time.perf_counter()
        try:
            return scorer(*args, **kwargs)
        finally:
            with lock:
                samples.append(time.perf_counter() - start)
    return score


def run(url: str, trainees: int, turns: int) -> dict:
    from scoring.scorer import default_scorer

    scenario = load_library().get(*SCENARIO)
    scorer = default_scorer()
    scorer.score("您好", lang="zh")  # load the model before the clock starts
    db = Database(url)
    db.create_schema()
    scorer_s: list[float] = []
    turn_s: list[float] = []
    lock = threading.Lock()
    service = PracticeService(db, scorer=_timed(scorer.score, scorer_s, lock))

    def trainee(n: int) -> None:
        sid, done = service.start(scenario, user_id=100_000 + n, seed=n).id, 0
        while done < turns:
            start = time.perf_counter()
            try:
                result = service.reply(sid, scenario, REPLIES[done % len(REPLIES)])
            except SessionEnded:
                sid = service.start(scenario, user_id=100_000 + n, seed=n + done).id
                continue
            except ConcurrentReply:
                continue
            with lock:
                turn_s.append(time.perf_counter() - start)
            done += 1
            if result.ended:
                sid = service.start(scenario, user_id=100_000 + n, seed=n + done).id

    threads = [threading.Thread(target=trainee, args=(n,)) for n in range(trainees)]
    wall = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall
    db.dispose()
    per_turn = statistics.mean(turn_s)
    return {"database": db.engine.url.render_as_string(hide_password=True), "trainees": trainees,
            "turns": len(turn_s), "seconds": wall, "turns_per_second": len(turn_s) / wall,
            "scorer_ms_mean": 1000 * statistics.mean(scorer_s),
            "scorer_ms_p95": 1000 * sorted(scorer_s)[int(0.95 * (len(scorer_s) - 1))],
            "turn_ms_mean": 1000 * per_turn, "other_ms_mean": 1000 * (per_turn - statistics.mean(scorer_s))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storage.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=8, help="trainees replying at once (threads)")
    parser.add_argument("--turns", type=int, default=12, help="replies per trainee")
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: DATABASE_URL, else a temporary SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        import os

        url = args.database_url or (database_url() if os.environ.get("DATABASE_URL") else f"sqlite:///{Path(tmp) / 'bench.db'}")
        r = run(url, args.trainees, args.turns)
    print(f"database           {r['database']}")
    print(f"trainees at once   {r['trainees']}")
    print(f"turns              {r['turns']} in {r['seconds']:.1f} s")
    print(f"turns per second   {r['turns_per_second']:.1f}")
    print(f"scorer per turn    {r['scorer_ms_mean']:.0f} ms mean, {r['scorer_ms_p95']:.0f} ms p95")
    print(f"turn, end to end   {r['turn_ms_mean']:.0f} ms mean (of which database and simulator {r['other_ms_mean']:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
