"""Fixtures for recall's FSRS training and evaluation (FSRSTraining), from fsrs-rs itself through
fsrs-rs-python 0.9.3 (fsrs crate 6.6.1). Run by Scripts/gen-optimizer-training-fixtures, which
makes the venv; writes Tests/RecallCoreTests/Fixtures/optimizer/training-*.json.

Each fixture holds, for one item set:
- "items": every training item ([[rating, delta_t], ...]), chronological;
- "train": fsrs-rs's training alone, through `benchmark` (no outlier filter, every item in the
  train set, no final smoothing): "initial" (num_epochs=0: the pretrained S0 + the defaults
  w4..w20), then 1 and 200 epochs with one batch holding every item (batch_size 1<<20, which
  makes fsrs-rs independent of its seed). FSRSTraining.train must give these from "initial";
- "computeParameters": the whole pipeline: "trainSet" (the indices of the items left by the
  outlier filter), "initial" (num_epochs=0), 1 and 200 epochs in one batch, and the default
  TrainingConfig ("defaultSettings");
- "evaluate": FSRS(p).evaluate(items) for the defaults, the 200-epoch and the default fit;
- "timeSeriesSplits": evaluate_with_time_series_splits with 5 epochs in one batch (exact), and
  "timeSeriesSplitsDefault" with the default TrainingConfig (batches of 512 in fsrs-rs's order).

The reference log's items come from Scripts/fsrs_rs_items.py (UTC, rollover 4); the synthetic
sets are simulated learners with known parameters, drawn with a fixed seed.
"""
import json
import math
import os
import random
import sys

import fsrs_rs_python as fsrs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsrs_rs_items  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Tests", "RecallCoreTests", "Fixtures", "optimizer")


def to_items(raw):
    return [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in item]) for item in raw]


def key(item):
    # FSRSReview exposes no fields to Python, only its repr.
    return tuple(repr(r) for r in item.reviews)


def rounded(values):
    return [round(float(v), 6) for v in values]


def evaluation(params, items):
    e = fsrs.FSRS(params).evaluate(items)
    return {"logLoss": round(e.log_loss, 6), "rmseBins": round(e.rmse_bins, 6)}


def fixture(raw):
    items = to_items(raw)
    single = [i for i in items if i.long_term_review_cnt() == 1]
    _, train = fsrs.filter_outlier(single, items)
    # filter_outlier keeps the order; map its items back to indices, in order.
    train_keys = [key(i) for i in train]
    indices, cursor = [], 0
    for index, item in enumerate(items):
        if cursor < len(train_keys) and key(item) == train_keys[cursor]:
            indices.append(index)
            cursor += 1
    assert cursor == len(train_keys), "train set is not a subsequence of the items"
    model = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS)
    one_batch = 1 << 20

    def fit(epochs, batch=one_batch):
        return model.compute_parameters(items, training_config=fsrs.TrainingConfig(num_epochs=epochs, batch_size=batch))

    def bench(epochs):
        return model.benchmark(items, training_config=fsrs.TrainingConfig(num_epochs=epochs, batch_size=one_batch))

    epochs200 = fit(200)
    default_fit = model.compute_parameters(items)
    splits = fsrs.evaluate_with_time_series_splits(items, training_config=fsrs.TrainingConfig(batch_size=one_batch))
    splits_default = fsrs.evaluate_with_time_series_splits(items)
    return {
        "items": raw,
        "train": {"initial": rounded(bench(0)), "epochs1": rounded(bench(1)), "epochs200": rounded(bench(200))},
        "computeParameters": {
            "trainSet": indices,
            "initial": rounded(fit(0)),
            "epochs1": rounded(fit(1)),
            "epochs200": rounded(epochs200),
            "defaultSettings": rounded(default_fit),
        },
        "evaluate": {
            "defaults": evaluation(fsrs.DEFAULT_PARAMETERS, items),
            "epochs200": evaluation(epochs200, items),
            "defaultSettings": evaluation(default_fit, items),
        },
        "timeSeriesSplits": {"logLoss": round(splits.log_loss, 6), "rmseBins": round(splits.rmse_bins, 6)},
        "timeSeriesSplitsDefault": {"logLoss": round(splits_default.log_loss, 6),
                                    "rmseBins": round(splits_default.rmse_bins, 6)},
    }


def simulate(seed, cards, days, w, stats=None):
    """A learner with parameters `w`, simulated day by day; the items fsrs-rs would make from it.

    Each card starts on a random day with a first rating; Again (and sometimes Hard) is followed
    by a same-day review; later reviews come at the interval for 90% (with noise) and are passed
    with the model's retrievability."""
    rng = random.Random(seed)
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    made = []
    for card in range(cards):
        day = rng.randrange(days // 2)
        first = rng.choices([1, 2, 3, 4], weights=[0.3, 0.1, 0.5, 0.1])[0]
        s = w[first - 1]
        d = min(max(w[4] - math.exp(w[5] * (first - 1)) + 1, 1), 10)
        reviews = [[first, 0]]
        if first <= 2:
            rating = rng.choice([3, 3, 2])
            s *= max(math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19], 1)
            reviews.append([rating, 0])
        last = day
        while True:
            interval = max(1, round(s / factor * (0.9 ** (1 / decay) - 1) * rng.uniform(0.5, 1.6)))
            day = last + interval
            if day >= days:
                break
            t = day - last
            r = (1 + factor * t / s) ** decay
            rating = 1 if rng.random() > r else rng.choices([2, 3, 4], weights=[0.1, 0.8, 0.1])[0]
            if rating == 1:
                s = min(w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14]), s)
            else:
                bonus = w[15] if rating == 2 else w[16] if rating == 4 else 1
                s = s * (1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - r) * w[10]) - 1) * bonus)
            d = d - w[6] * (rating - 3) * (10 - d) / 9
            d = min(max(w[7] * (w[4] - math.exp(3 * w[5]) + 1 - d) + d, 1), 10)
            s = min(max(s, 0.001), 36500)
            reviews.append([rating, t])
            made.append((day, rng.random(), [list(x) for x in reviews]))
            if rating == 1 and rng.random() < 0.7:
                s *= math.exp(w[17] * (rng.choice([3, 2]) - 3 + w[18])) * s ** -w[19]
                reviews.append([3, 0])
            last = day
        if stats is not None:
            stats["reviews"] = stats.get("reviews", 0) + len(reviews)
    made.sort(key=lambda m: (m[0], m[1]))
    return [m[2] for m in made]


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"training-{name}.json")
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(data['items'])} items, train set {len(data['computeParameters']['trainSet'])}")


if __name__ == "__main__":
    log = os.path.join(REPO, "Tests", "Fixtures", "py-fsrs-review-log.csv")
    raw, _ = fsrs_rs_items.items_of(log, rollover=4, offset=0)
    write("reference-log", fixture(raw))
    learner = [0.4, 0.9, 3.1, 12.0, 5.8, 0.95, 2.6, 0.02, 1.6, 0.2, 0.9, 1.7, 0.08, 0.35, 1.4,
               0.5, 2.2, 0.4, 0.15, 0.1, 0.25]
    write("synthetic-a", fixture(simulate(17, 700, 300, learner)))
    write("synthetic-b", fixture(simulate(4242, 260, 200, fsrs.DEFAULT_PARAMETERS)))
