"""`recall optimize` against fsrs-rs 6.6.1 (PyPI's fsrs-rs-python 0.9.3) run fresh on the same
items: the stage Scripts/checks.d/fsrs-rs-optimizer.

Usage: fsrs_rs_check.py RECALL_BINARY REFERENCE_CSV [--seed N]

A release binary: 200 epochs on the reference log take minutes in a debug build.

On the reference log, on three simulated learners' logs drawn fresh (Scripts/fsrs_rs_simulate.py;
the seed is printed, pass it back with --seed to replay a failure) and on tiny logs, with the
calendar day rule at UTC and a 4 h rollover:
- the items `recall optimize --print-items` prints equal Scripts/fsrs_rs_items.py's;
- with one batch holding every item (where fsrs-rs does not depend on its seed), the parameters
  after 0 epochs (the pretrained S0, and the guards' results) to 1e-4, after 1 and 200 to 1e-3;
- with the default settings (batches of 512, shuffled as fsrs-rs shuffles them), the parameters
  equal fsrs-rs's to 1e-3 and the in-sample log loss is at most fsrs-rs's + 0.002, and the figures recall prints for it are fsrs-rs's `evaluate` of the same parameters;
- `--evaluate` of the fitted parameters (written as the scratch data folder's config.json): in-sample to 1e-4 (4 decimals), and the
  time-series splits (folds trained with one batch) to 1e-3, as the trained parameters are.
Prints one line per comparison and exits 1 on any mismatch.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import fsrs_rs_python as fsrs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fsrs_rs_items import items_of  # noqa: E402
from fsrs_rs_simulate import make  # noqa: E402

ONE_BATCH = 1 << 20
DAY_RULE = ["--day-rule", "calendar", "--timezone", "UTC", "--rollover", "4"]
failures = 0


def report(ok, what):
    global failures
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    failures += 0 if ok else 1


def recall(binary, log, data_dir, *options):
    command = [binary, "optimize", "--log", log, *DAY_RULE, *options, "--data-dir", data_dir]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def to_fsrs(items):
    return [fsrs.FSRSItem([fsrs.FSRSReview(r, d) for r, d in item]) for item in items]


def fsrs_rs_fit(items, epochs=None, seed=None):
    """fsrs-rs's parameters; its defaults where it raises NotEnoughData (as recall falls back).
    With `seed`, the default settings but that seed for the batch order."""
    config = None
    if epochs is not None:
        config = fsrs.TrainingConfig(num_epochs=epochs, batch_size=ONE_BATCH)
    elif seed is not None:
        config = fsrs.TrainingConfig(seed=seed)
    try:
        return list(fsrs.FSRS(fsrs.DEFAULT_PARAMETERS).compute_parameters(items, training_config=config))
    except ValueError as error:
        if str(error) != "NotEnoughData":
            raise
        return list(fsrs.DEFAULT_PARAMETERS)


def evaluation(items, parameters):
    result = fsrs.FSRS(parameters).evaluate(items)
    return result.log_loss, result.rmse_bins


OUTCOMES = {"defaults8": "defaults (fewer than 8 items)",
            "nothing": "defaults (no first reviews to fit the initial stabilities on)",
            "s0": "initial stabilities only (fewer than 64 items)",
            "singles": "initial stabilities only (every item is a card's first long-term review)",
            "trained": "trained"}


def expected_outcome(items):
    """What fsrs-rs's compute_parameters does with the items (training.rs 311-334)."""
    singles = [item for item in items if item.long_term_review_cnt() == 1]
    init, train = fsrs.filter_outlier(singles, items)
    if len(train) < 8:
        return OUTCOMES["defaults8"]
    if not init:
        return OUTCOMES["nothing"]
    if len(train) < 64:
        return OUTCOMES["s0"]
    return OUTCOMES["singles"] if len(train) == len(init) else OUTCOMES["trained"]


def largest_gap(ours, theirs):
    return max(abs(a - b) for a, b in zip(ours, theirs)) if len(ours) == len(theirs) == 21 else float("inf")


def check_log(binary, name, log, train=True):
    expected, _ = items_of(log, 4, 0)
    items = to_fsrs(expected)
    with tempfile.TemporaryDirectory() as scratch:
        try:
            got = recall(binary, log, scratch, "--print-items")["items"]
            report(got == expected, f"{name}: items, {len(got)} against fsrs-rs's {len(expected)}")
            for epochs, tolerance in ([(0, 1e-4), (1, 1e-3), (200, 1e-3)] if train else [(0, 1e-4)]):
                ours = recall(binary, log, scratch, "--epochs", str(epochs), "--batch-size", str(ONE_BATCH), "--json")
                gap = largest_gap(ours["parameters"], fsrs_rs_fit(items, epochs))
                report(gap <= tolerance, f"{name}: {epochs} epochs, one batch: parameters within {gap:.2e} "
                       f"(at most {tolerance:g}; outcome \"{ours['outcome']}\", {ours['trainSet']} of {ours['items']} trained)")
            outcome = expected_outcome(items)
            ours = recall(binary, log, scratch, "--json")
            report(ours["outcome"] == outcome and ours["items"] == len(expected),
                   f"{name}: outcome \"{ours['outcome']}\" for {ours['items']} items, fsrs-rs's \"{outcome}\"")
            if outcome != OUTCOMES["trained"]:
                gap = largest_gap(ours["parameters"], fsrs_rs_fit(items))
                report(gap <= 1e-4, f"{name}: default settings, not trained: parameters within {gap:.2e} (at most 1e-4)")
            if not train:
                return
            # recall shuffles the batches as fsrs-rs does (rand's StdRng, seed 2023), so with the
            # default settings the fit is fsrs-rs's: parameters to 1e-3 (the issue asks only that
            # its log loss be at most fsrs-rs's + 0.002; both are held here).
            theirs = fsrs_rs_fit(items)
            gap = largest_gap(ours["parameters"], theirs)
            our_loss, our_rmse = evaluation(items, ours["parameters"])
            their_loss, _ = evaluation(items, theirs)
            report(gap <= 1e-3 and our_loss <= their_loss + 0.002,
                   f"{name}: default settings: parameters within {gap:.2e} of fsrs-rs's (at most 1e-3), "
                   f"log loss {our_loss:.6f} against fsrs-rs's {their_loss:.6f} (at most +0.002)")
            printed = ours["fittedEvaluation"]
            report(abs(printed["logLoss"] - our_loss) <= 1e-4 and abs(printed["rmseBins"] - our_rmse) <= 1e-4,
                   f"{name}: the fit's printed figures {printed['logLoss']:.6f} / {printed['rmseBins']:.6f} "
                   f"are fsrs-rs's evaluate {our_loss:.6f} / {our_rmse:.6f}")
            # The fitted parameters as the data folder's current ones (--apply refuses --log).
            with open(os.path.join(scratch, "config.json"), "w") as config:
                json.dump({"fsrsParameters": ours["parameters"]}, config)
            evaluated = recall(binary, log, scratch, "--evaluate", "--batch-size", str(ONE_BATCH), "--json")
            loss, rmse = evaluation(items, evaluated["parameters"])
            inside = evaluated["inSample"]
            report(abs(inside["logLoss"] - loss) <= 1e-4 and abs(inside["rmseBins"] - rmse) <= 1e-4,
                   f"{name}: --evaluate in-sample {inside['logLoss']:.6f} / {inside['rmseBins']:.6f} "
                   f"against fsrs-rs's {loss:.6f} / {rmse:.6f}")
            splits = fsrs.evaluate_with_time_series_splits(
                items, training_config=fsrs.TrainingConfig(batch_size=ONE_BATCH))
            ours_splits = evaluated["timeSeriesSplits"]
            report(abs(ours_splits["logLoss"] - splits.log_loss) <= 1e-3
                   and abs(ours_splits["rmseBins"] - splits.rmse_bins) <= 1e-3,
                   f"{name}: --evaluate time-series splits {ours_splits['logLoss']:.6f} / {ours_splits['rmseBins']:.6f} "
                   f"against fsrs-rs's {splits.log_loss:.6f} / {splits.rmse_bins:.6f}")
        except (RuntimeError, KeyError, ValueError, TypeError) as error:
            report(False, f"{name}: {error}")


def main():
    args = sys.argv[1:]
    binary, reference = args[0], args[1]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else random.SystemRandom().randrange(1 << 32)
    print(f"fsrs-rs-optimizer: seed {seed} (replay with --seed {seed})")
    check_log(binary, "reference log", reference)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        for index in range(3):
            log = os.path.join(folder, f"learner-{index + 1}.csv")
            drawn = make(log, rng.randrange(1 << 32), rng.randrange(200, 600), 365)
            print(f"learner {index + 1}: seed {drawn['seed']}, {drawn['reviews']} reviews, true w {drawn['parameters']}")
            check_log(binary, f"learner {index + 1}", log)
        # Tiny logs: the guards for little data (defaults, the pretrain only; sizes where each
        # comes often) and no items at all.
        empty = os.path.join(folder, "empty.csv")
        with open(empty, "w") as f:
            f.write("card_id,review_rating,review_time,review_duration\n")
        check_log(binary, "no reviews", empty, train=False)
        for cards, days in [(1, 30), (3, 60), (12, 60), (40, 12), (60, 12), (80, 10)]:
            log = os.path.join(folder, f"tiny-{cards}.csv")
            drawn = make(log, rng.randrange(1 << 32), cards, days)
            check_log(binary, f"tiny log, {cards} cards ({drawn['reviews']} reviews, seed {drawn['seed']})", log, train=False)
    print(f"fsrs-rs-optimizer: {'all passed' if failures == 0 else f'{failures} failed'} (seed {seed})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
