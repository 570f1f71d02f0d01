"""A server process playing one practice call, to be killed: `python tests/fault_player.py URL
SESSION_ID REPLY...` answers the session with each reply through PracticeService (the fake scorer,
slowed down so that a kill lands in the middle of a turn), printing `saved N` after turn N is
committed, then waits to be killed."""

import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from fakes import fake_score  # noqa: E402

from scenarios import load_library  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.practice import PracticeService  # noqa: E402


def slow_score(*args, **kwargs):
    time.sleep(0.3)  # scoring takes a while: the kill usually lands here, between read and write
    return fake_score(*args, **kwargs)


def main() -> None:
    url, session_id, replies = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    scenario = load_library().get("cashflow-instalment", "zh")
    service = PracticeService(Database(url), scorer=slow_score)
    for reply in replies:
        result = service.reply(session_id, scenario, reply)
        print(f"saved {result.turn}", flush=True)
    print("done", flush=True)
    time.sleep(600)


if __name__ == "__main__":
    main()
