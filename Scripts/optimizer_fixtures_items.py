"""Writes the fixtures of the optimizer's items, outlier filter, pretrain and guards
(Tests/RecallCoreTests/Fixtures/optimizer/items-*.json) from fsrs-rs 6.6.1 itself, through
PyPI's fsrs-rs-python 0.9.3. Run it as Scripts/gen-optimizer-fixtures-items does.

- items-reference.json: the reference log's items at UTC with a 4 h rollover (computed apart
  from recall by Scripts/fsrs_rs_items.py), what fsrs-rs's `filter_outlier` keeps of them (the
  pretrain's items, sorted, and the indices of the items kept for training), the pairs it
  removed, and `compute_parameters` with one batch after no epoch (the pretrained w0..w3) and
  after one.
- items-simulated.json: simulated learners' logs (Scripts/fsrs_rs_simulate.py, fixed seeds) as
  items, each with what `compute_parameters` gives after no epoch of one batch (the pretrain,
  the guards and the final smoothing) and which way it went.
- items-guards.json: small item sets drawn with a fixed seed, each with what
  `compute_parameters` returns for it (or the error it raises): the guards for little data
  and smooth_and_fill's cases.
"""
import json
import os
import random
import re
import sys

import fsrs_rs_python as fsrs

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fsrs_rs_items import items_of  # noqa: E402
from fsrs_rs_simulate import make  # noqa: E402
from fsrs_rs_check import expected_outcome  # noqa: E402

REPO = os.path.dirname(HERE)
OUT = os.path.join(REPO, "Tests", "RecallCoreTests", "Fixtures", "optimizer")
REVIEW = re.compile(r"rating: (\d+), delta_t: (\d+)")


def to_fsrs(item):
    return fsrs.FSRSItem([fsrs.FSRSReview(rating, delta_t) for rating, delta_t in item])


def from_fsrs(item):
    # fsrs-rs-python exposes an item's reviews only through their repr.
    return [[int(r), int(d)] for r, d in REVIEW.findall(repr(item))]


def long_term_count(item):
    return sum(1 for _, delta_t in item if delta_t > 0)


def one_batch(epochs):
    return fsrs.TrainingConfig(num_epochs=epochs, batch_size=1 << 20)


def compute(items, config=None):
    try:
        return fsrs.FSRS(fsrs.DEFAULT_PARAMETERS).compute_parameters(
            [to_fsrs(i) for i in items], training_config=config), None
    except ValueError as error:
        return None, str(error)


def filtered(items):
    """fsrs-rs's outlier filter: the pretrain's items and the train set."""
    singles = [to_fsrs(i) for i in items if long_term_count(i) == 1]
    init, train = fsrs.filter_outlier(singles, [to_fsrs(i) for i in items])
    return [from_fsrs(i) for i in init], [from_fsrs(i) for i in train]


def train_indices(items, train):
    """Where each kept item is in `items` (the filter keeps their order)."""
    indices, next_kept = [], 0
    for index, item in enumerate(items):
        if next_kept < len(train) and item == train[next_kept]:
            indices.append(index)
            next_kept += 1
    assert next_kept == len(train)
    return indices


def reference():
    log = os.path.join(REPO, "Tests", "Fixtures", "py-fsrs-review-log.csv")
    items, _ = items_of(log, 4, 0)
    init, train = filtered(items)
    pairs = lambda some: {(i[0][0], next(d for _, d in i if d > 0)) for i in some if long_term_count(i) == 1}
    removed = {}
    for rating, delta_t in sorted(pairs(items) - pairs(init)):
        removed.setdefault(str(rating), []).append(delta_t)
    return {"items": items, "initialization": sorted(init), "trainSet": train_indices(items, train),
            "removed": removed, "pretrained": compute(items, one_batch(0))[0],
            "oneEpoch": compute(items, one_batch(1))[0]}


def single(rng, first, delta_t, pass_rate):
    return [[first, 0], [3 if rng.random() < pass_rate else 1, delta_t]]


def longer(rng, first, delta_t):
    return [[first, 0], [3, delta_t], [rng.choice([1, 3, 3, 4]), delta_t * 2 + rng.randint(1, 3)]]


def guards():
    rng = random.Random(17)
    cases = []

    def case(name, outcome, items):
        rng.shuffle(items)
        parameters, error = compute(items)
        _, train = filtered(items)
        cases.append({"name": name, "outcome": outcome, "items": items, "trainSet": len(train),
                      "parameters": parameters, "error": error})

    case("no items", "defaults (fewer than 8 items)", [])
    case("7 items", "defaults (fewer than 8 items)", [longer(rng, 3, 1) for _ in range(7)])
    case("8 items, none to pretrain on", "defaults (no first reviews to fit the initial stabilities on)",
         [longer(rng, 3, 2) for _ in range(8)])
    case("63 items", "initial stabilities only (fewer than 64 items)",
         [single(rng, 3, 1, 0.8) for _ in range(30)] + [longer(rng, 3, 1) for _ in range(33)])
    case("first long-term reviews only",
         "initial stabilities only (every item is a card's first long-term review)",
         [single(rng, 3, 1, 0.9) for _ in range(50)] + [single(rng, 3, 2, 0.8) for _ in range(40)]
         + [single(rng, 3, 3, 0.7) for _ in range(10)])
    case("one rating", "initial stabilities only (fewer than 64 items)",
         [single(rng, 3, 1, 0.85) for _ in range(30)] + [single(rng, 3, 2, 0.8) for _ in range(10)]
         + [longer(rng, 3, 1) for _ in range(20)])
    case("ratings 1 and 3", "initial stabilities only (fewer than 64 items)",
         [single(rng, 1, 1, 0.5) for _ in range(30)] + [single(rng, 3, 2, 0.85) for _ in range(30)])
    case("a pair out of order", "initial stabilities only (fewer than 64 items)",
         [single(rng, 1, 3, 0.95) for _ in range(35)] + [single(rng, 3, 1, 0.3) for _ in range(25)])
    return {"cases": cases}


def simulated():
    cases = []
    for seed, cards, days in [(1, 60, 12), (2, 80, 10), (3, 150, 6), (4, 300, 100), (5, 200, 365), (6, 50, 200)]:
        log = os.path.join(OUT, "simulated.csv.tmp")
        make(log, seed, cards, days)
        items, _ = items_of(log, 4, 0)
        os.remove(log)
        cases.append({"seed": seed, "cards": cards, "days": days, "items": items,
                      "outcome": expected_outcome([to_fsrs(i) for i in items]),
                      "parameters": compute(items, one_batch(0))[0]})
    return {"cases": cases}


def write(name, value):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(value, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("items-reference.json", reference())
    write("items-guards.json", guards())
    write("items-simulated.json", simulated())
