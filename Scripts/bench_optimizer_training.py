"""The fsrs-rs side of Scripts/bench-optimizer-training: writes an item set (the reference log's,
or simulated learners' with N reviews in all) for recall's side, and times fsrs-rs's training
alone (`benchmark`: every item, the default TrainingConfig) on it.

The file is text, so that reading it costs recall's side little memory: the first line is
fsrs-rs's pretrained initial vector (comma-separated), then one item a line, each review
`rating:delta_t`, separated by spaces.

    python bench_optimizer_training.py OUT.txt [--reviews N] [--runs R]
"""
import json
import os
import resource
import sys
import time

import fsrs_rs_python as fsrs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsrs_rs_items  # noqa: E402
import optimizer_fixtures_training as fixtures  # noqa: E402

args = sys.argv[1:]
out = args[0]
reviews = int(args[args.index("--reviews") + 1]) if "--reviews" in args else 0
runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
stats = {}
if reviews:
    # cards of about 15 reviews over 3 years (the log's reviews, same-day ones included)
    raw = fixtures.simulate(99, reviews // 15, 1100, fsrs.DEFAULT_PARAMETERS, stats)
else:
    raw, _ = fsrs_rs_items.items_of(os.path.join(fixtures.REPO, "Tests", "Fixtures", "py-fsrs-review-log.csv"))
items = fixtures.to_items(raw)
model = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS)
initial = model.benchmark(items, training_config=fsrs.TrainingConfig(num_epochs=0))
times = []
for _ in range(runs):
    start = time.perf_counter()
    fitted = model.benchmark(items)
    times.append(time.perf_counter() - start)
with open(out, "w") as f:
    f.write(",".join(repr(float(x)) for x in initial) + "\n")
    for item in raw:
        f.write(" ".join(f"{r}:{d}" for r, d in item) + "\n")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"items": len(raw), "reviews": stats.get("reviews"),
                  "seconds": min(times), "peakMiB": round(rss, 1),
                  "logLoss": round(fsrs.FSRS(fitted).evaluate(items).log_loss, 4)}))
