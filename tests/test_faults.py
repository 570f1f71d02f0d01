"""Faults: a server process killed (SIGKILL) in the middle of a call leaves every committed turn
intact and the call resumable by another process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fakes import fake_score
from test_engine import GOOD

from storage.practice import PracticeService

PLAYER = Path(__file__).resolve().parent / "fault_player.py"


def _kill_after(process: subprocess.Popen, saved_turns: int, extra_delay_s: float) -> list[str]:
    lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline().strip()
        if not line:
            if process.poll() is not None:
                raise AssertionError(f"the player exited early: {lines}")
            continue
        lines.append(line)
        if line == f"saved {saved_turns}":
            time.sleep(extra_delay_s)
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            return lines
    raise AssertionError(f"the player never saved turn {saved_turns}: {lines}")


@pytest.mark.parametrize("delay_s", [0.0, 0.15, 0.32], ids=["while-scoring", "mid-turn", "after-a-commit"])
def test_a_killed_server_keeps_every_committed_turn_and_the_call_resumes(db, cashflow_zh, delay_s):
    service = PracticeService(db, scorer=fake_score)
    sid = service.start(cashflow_zh, user_id=1, seed=3).id
    player = subprocess.Popen([sys.executable, str(PLAYER), db.url, str(sid), *GOOD[:3]],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = _kill_after(player, 1, delay_s)
    finally:
        if player.poll() is None:
            player.kill()
        player.stdout.close()
        player.stderr.close()
    assert player.returncode == -signal.SIGKILL

    row = service.get(sid)
    reported = {int(line.split()[1]) for line in lines if line.startswith("saved")}
    # Every turn the dead process reported committed is there; at most the one it was writing when
    # killed is there too (committed, not yet reported); nothing is half written.
    assert reported == {1} and row.turn_count in (1, 2)
    assert [t.index for t in row.turns] == list(range(1, row.turn_count + 1))
    assert [t.reply for t in row.turns] == GOOD[:row.turn_count]
    assert row.sim_state["session"]["turn"] == row.turn_count
    assert all(t.borrower_line and t.state for t in row.turns) and row.outcome is None

    survivor = PracticeService(db, scorer=fake_score)  # another server process takes the call over
    for reply in GOOD[row.turn_count:]:
        survivor.reply(sid, cashflow_zh, reply)
    row = service.get(sid)
    assert row.outcome == "agreement" and row.score is not None
    assert [t.reply for t in row.turns] == GOOD
