"""Speed and memory of the shipped scorer: what `python -m scoring bench` prints.

Start-up is measured in parts: importing torch (paid once per process, by any model), loading
the scorer (the scoring package, the model's weights and tokenizer, and the sentence encoder's
weights; the shipped model does not import transformers, see scoring.network), and both together
from a cold process. Latency is for one reply end to end (rules, tokenizer, sentence encoder,
model), over a mix of corpus replies of typical length.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import time

SAMPLE = [
    ("您好，我是安信消费金融的客服小王，请问是陈磊先生本人吗？", None, "zh"),
    ("你这个老赖，再不还钱我们就去你单位找你领导。", None, "zh"),
    ("我理解您的难处，我们可以申请分期，每月还一千元可以吗？", "我这个月真的没钱。", "zh"),
    ("唔還錢？我哋知道你住邊，小心啲。", None, "zh"),
    ("I understand this month has been hard. Could we set up a plan of $150 a month?", None, "en"),
    ("Is this his mother? He owes us $2,300 and won't pay.", "Hello? This is his mom, he's at work.", "en"),
    ("Pay today or a warrant goes out for your arrest.", None, "en"),
    ("Thanks for confirming. Your balance is $1,240, 32 days past due.", None, "en"),
]


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def run_bench(threads: int = 1, repeats: int = 300) -> dict:
    os.environ["COLLECTOR_TORCH_THREADS"] = str(threads)
    t0 = time.perf_counter()
    import torch  # noqa: F401

    t1 = time.perf_counter()
    from scoring.scorer import Scorer

    scorer = Scorer.load()
    t2 = time.perf_counter()
    scorer.score(*SAMPLE[0][:2], lang=SAMPLE[0][2])  # first call builds the rule patterns
    t3 = time.perf_counter()

    latencies = []
    for i in range(repeats):
        text, ctx, lang = SAMPLE[i % len(SAMPLE)]
        s = time.perf_counter()
        scorer.score(text, context=ctx, lang=lang)
        latencies.append((time.perf_counter() - s) * 1000)

    throughput = {}
    for size in (1, 16, 64):
        batch = [{"text": t, "context": c, "lang": l} for t, c, l in (SAMPLE * (size // len(SAMPLE) + 1))[:size]]
        rounds = max(3, 256 // size)
        s = time.perf_counter()
        for _ in range(rounds):
            scorer.score_batch(batch)
        throughput[size] = size * rounds / (time.perf_counter() - s)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "threads": threads,
        "import_torch_s": round(t1 - t0, 2),
        "model_load_s": round(t2 - t1, 2),
        "cold_start_s": round(t2 - t0, 2),
        "first_call_s": round(t3 - t2, 3),
        "latency_ms_p50": round(statistics.median(latencies), 2),
        "latency_ms_p95": round(_percentile(latencies, 0.95), 2),
        "throughput_replies_per_s": {str(k): round(v, 1) for k, v in throughput.items()},
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(f"threads                      {threads}")
    print(f"import torch                 {figures['import_torch_s']:.2f} s")
    print(f"model load                   {figures['model_load_s']:.2f} s")
    print(f"cold start (both)            {figures['cold_start_s']:.2f} s")
    print(f"first call                   {figures['first_call_s'] * 1000:.0f} ms")
    print(f"one reply p50 / p95          {figures['latency_ms_p50']:.2f} / {figures['latency_ms_p95']:.2f} ms  ({repeats} calls)")
    for k, v in figures["throughput_replies_per_s"].items():
        print(f"throughput, batch {k:>3s}       {v:.0f} replies/s")
    print(f"peak memory (RSS)            {figures['peak_rss_mb']:.0f} MB")
    print(json.dumps(figures))
    return figures
