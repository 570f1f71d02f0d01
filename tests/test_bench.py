"""The practice benchmark runs end to end with the real scorer and prints its figures (the figures
themselves are not checked: they depend on the machine)."""

import re

from storage.bench import main


def test_bench_prints_turns_per_second_and_scorer_time(tmp_path, capsys):
    assert main(["--trainees", "2", "--turns", "3", "--database-url", f"sqlite:///{tmp_path / 'bench.db'}"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"turns\s+6 in", out)
    assert re.search(r"turns per second\s+\d", out) and re.search(r"scorer per turn\s+\d+ ms mean", out)
