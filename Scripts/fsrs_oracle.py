#!/usr/bin/env python3
"""py-fsrs 6.3.2 as the oracle for recall's FSRS scheduler.

Subcommands:
  fixtures OUT_DIR [--seed N]      write Tests fixtures (fsrs-<group>.json) from random histories
  parity RECALL [--seed N] [--histories N]
                                   draw fresh histories, replay them through py-fsrs and through
                                   `RECALL replay`, compare, print `fsrs-parity: N passed, M failed`
  bench-input OUT [--reviews N] [--cards N]
                                   write a deterministic JSONL review log for benchmarks
  bench FILE                       replay FILE through py-fsrs the way `recall replay` does

Run through Scripts/gen-fsrs-fixtures, Scripts/fsrs-parity or Scripts/bench-replay, which
create the virtual environment with fsrs==6.3.2 from PyPI.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

import fsrs
from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

FSRS_VERSION = "6.3.2"
RELATIVE_TOLERANCE = 1e-9


# ---------------------------------------------------------------- settings


def steps_option(seconds: list[int]) -> str:
    """The --learning-steps text for a list of seconds: 1m,10m."""
    parts = []
    for s in seconds:
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
            if s % size == 0:
                parts.append(f"{s // size}{unit}")
                break
    return ",".join(parts)


def perturbed_parameters(rng: random.Random) -> list[float]:
    """Defaults scaled by 0.5–1.5, kept inside py-fsrs's bounds, rounded to 4 decimals."""
    weights = []
    for w, low, high in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        value = round(w * rng.uniform(0.5, 1.5), 4)
        weights.append(float(min(max(value, low), high)))
    return weights


def random_parameters(rng: random.Random) -> list[float]:
    """Anywhere inside py-fsrs's bounds."""
    return [float(round(rng.uniform(low, high), 4)) for low, high in zip(LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS)]


def setting_groups(rng: random.Random) -> list[dict]:
    """Named settings, each one `recall replay` invocation. Together they cover default and
    custom steps, no steps, Hard on a single step, day-long steps, non-default retention,
    a capped maximum interval and custom parameters."""
    return [
        {"name": "default"},
        {"name": "custom-steps", "learning_steps": [30, 300, 3600], "relearning_steps": [300, 1800]},
        {"name": "no-steps", "learning_steps": [], "relearning_steps": []},
        {"name": "single-steps", "learning_steps": [600], "relearning_steps": [900]},
        {"name": "day-steps", "learning_steps": [3600, 86400], "relearning_steps": [86400]},
        {"name": "retention-0.8", "desired_retention": 0.8},
        {"name": "retention-0.95-max-30d", "desired_retention": 0.95, "maximum_interval": 30},
        {"name": "custom-parameters", "parameters": perturbed_parameters(rng), "desired_retention": 0.85,
         "maximum_interval": 365, "learning_steps": [120], "relearning_steps": []},
        {"name": "random-parameters", "parameters": random_parameters(rng), "learning_steps": [60, 600, 86400]},
    ]


def make_scheduler(group: dict) -> Scheduler:
    return Scheduler(
        parameters=group.get("parameters", DEFAULT_PARAMETERS),
        desired_retention=group.get("desired_retention", 0.9),
        learning_steps=[timedelta(seconds=s) for s in group.get("learning_steps", [60, 600])],
        relearning_steps=[timedelta(seconds=s) for s in group.get("relearning_steps", [600])],
        maximum_interval=group.get("maximum_interval", 36500),
        enable_fuzzing=False,
    )


def replay_options(group: dict) -> list[str]:
    """The `recall replay` options for a settings group."""
    options = []
    if "parameters" in group:
        options += ["--parameters", ",".join(repr(w) for w in group["parameters"])]
    if "desired_retention" in group:
        options += ["--desired-retention", repr(group["desired_retention"])]
    if "maximum_interval" in group:
        options += ["--maximum-interval", str(group["maximum_interval"])]
    # Separate arguments: ArgumentParser reads `--learning-steps=` as a missing value.
    if "learning_steps" in group:
        options += ["--learning-steps", steps_option(group["learning_steps"])]
    if "relearning_steps" in group:
        options += ["--relearning-steps", steps_option(group["relearning_steps"])]
    return options


# ---------------------------------------------------------------- histories


def iso(dt: datetime, rng: random.Random | None = None) -> str:
    text = dt.isoformat()
    if rng is not None and rng.random() < 0.1:
        text = text.replace("+00:00", "Z")  # both spellings of UTC are accepted
    return text


def random_gap(rng: random.Random, card: Card, now: datetime) -> timedelta:
    """The wait before the next review: same-day, around a day, near the due date, or long."""
    kind = rng.random()
    if kind < 0.2:
        gap = timedelta(seconds=rng.randint(0, 3600))
    elif kind < 0.35:
        gap = timedelta(seconds=rng.randint(3600, 40 * 3600))
    elif kind < 0.8:
        scheduled = max((card.due - now).total_seconds(), 60.0)
        gap = timedelta(seconds=scheduled * rng.uniform(0.6, 1.6))
    else:
        gap = timedelta(days=rng.randint(0, 500), seconds=rng.randint(0, 86399))
    if rng.random() < 0.3:
        gap += timedelta(microseconds=rng.randint(0, 999_999))
    if rng.random() < 0.05:
        gap = card.due - now  # exactly on time
    return max(gap, timedelta(0))


def random_rating(rng: random.Random, bias: list[float]) -> Rating:
    return Rating(rng.choices([1, 2, 3, 4], weights=bias)[0])


def random_history(rng: random.Random, scheduler: Scheduler, card_id: int) -> dict:
    """One card's reviews through py-fsrs: inputs and py-fsrs's card after each one."""
    length = min(1 + int(rng.expovariate(1 / 8)), 40)
    bias = rng.choice([[15, 15, 50, 20], [25, 25, 25, 25], [5, 10, 60, 25], [40, 20, 30, 10]])
    now = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(
        seconds=rng.randint(0, 30 * 365 * 86400), microseconds=rng.choice([0, rng.randint(0, 999_999)]))
    card = Card(card_id=card_id, due=now)
    reviews, expected = [], []
    for index in range(length):
        if index > 0:
            now = now + random_gap(rng, card, now)
        rating = random_rating(rng, bias)
        retrievability = scheduler.get_card_retrievability(card, now)
        card, _ = scheduler.review_card(card, rating, now)
        assert card.last_review == now
        reviews.append({"card_id": card_id, "rating": int(rating), "review_datetime": iso(now, rng)})
        expected.append(dict(card.to_dict(), retrievability=retrievability))
    return {"card_id": card_id, "reviews": reviews, "expected": expected}


def draw_histories(rng: random.Random, group: dict, count: int) -> list[dict]:
    scheduler = make_scheduler(group)
    histories, used = [], set()
    while len(histories) < count:
        card_id = rng.randint(1, 2**53)
        if card_id in used:
            continue
        used.add(card_id)
        try:
            histories.append(random_history(rng, scheduler, card_id))
        except (OverflowError, ValueError):
            continue  # e.g. a due date past year 9999: py-fsrs cannot represent it either
    return histories


# ---------------------------------------------------------------- comparison


def relative_difference(a, b) -> float:
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return relative_difference(a, b) <= RELATIVE_TOLERANCE


def differences(expected: dict, actual: dict) -> list[str]:
    problems = []
    for key in ("card_id", "state", "step", "due", "last_review"):
        if expected[key] != actual.get(key):
            problems.append(f"{key}: py-fsrs {expected[key]!r}, recall {actual.get(key)!r}")
    for key in ("stability", "difficulty", "retrievability"):
        if not close(expected[key], actual.get(key)):
            problems.append(f"{key}: py-fsrs {expected[key]!r}, recall {actual.get(key)!r}")
    return problems


# ---------------------------------------------------------------- subcommands


def command_fixtures(args) -> int:
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    groups = setting_groups(rng)
    per_group = math.ceil(args.histories / len(groups))
    for group in groups:
        histories = draw_histories(rng, group, per_group)
        compact = [{
            "card_id": h["card_id"],
            # [rating, review_datetime]
            "reviews": [[r["rating"], r["review_datetime"]] for r in h["reviews"]],
            # [state, step, stability, difficulty, due, retrievability]; last_review is the review's time
            "expected": [[e["state"], e["step"], e["stability"], e["difficulty"], e["due"], e["retrievability"]]
                         for e in h["expected"]],
        } for h in histories]
        fixture = {
            "generator": f"Scripts/gen-fsrs-fixtures (py-fsrs {fsrs_version()}, seed {args.seed})",
            "settings": {k: v for k, v in group.items() if k != "name"},
            "histories": compact,
        }
        path = os.path.join(args.out, f"fsrs-{group['name']}.json")
        with open(path, "w") as f:
            json.dump(fixture, f, separators=(",", ":"))
            f.write("\n")
        reviews = sum(len(h["reviews"]) for h in compact)
        print(f"{path}: {len(compact)} histories, {reviews} reviews")
    return 0


def command_parity(args) -> int:
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"fsrs-parity: seed {seed} (rerun with --seed {seed}), py-fsrs {fsrs_version()}, {args.recall}")
    rng = random.Random(seed)
    groups = setting_groups(rng)
    per_group = math.ceil(args.histories / len(groups))
    passed = failed = 0
    worst = 0.0  # the largest relative difference seen in stability, difficulty or retrievability
    for group in groups:
        histories = draw_histories(rng, group, per_group)
        # Interleave the cards' reviews, keeping each card's own order.
        queues = [list(zip(h["reviews"], h["expected"])) for h in histories]
        lines, expected = [], []
        while queues:
            queue = rng.choice(queues)
            review, card = queue.pop(0)
            lines.append(json.dumps(review))
            expected.append(card)
            if not queue:
                queues.remove(queue)
        command = [args.recall, "replay", *replay_options(group)]
        result = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True)
        output = result.stdout.splitlines()
        bad_cards: dict[int, str] = {}
        if result.returncode != 0 or len(output) != len(lines):
            print(f"  {group['name']}: `{' '.join(command)}` exited {result.returncode} with "
                  f"{len(output)} of {len(lines)} lines: {result.stderr.strip()[:500]}")
        for index, want in enumerate(expected):
            card_id = want["card_id"]
            if index >= len(output):
                bad_cards.setdefault(card_id, f"line {index + 1}: no output")
                continue
            got = json.loads(output[index])
            problems = differences(want, got)
            for key in ("stability", "difficulty", "retrievability"):
                if isinstance(want[key], (int, float)) and isinstance(got.get(key), (int, float)):
                    worst = max(worst, relative_difference(want[key], got[key]))
            if problems:
                bad_cards.setdefault(card_id, f"line {index + 1}: " + "; ".join(problems))
        group_failed = len(bad_cards)
        passed += len(histories) - group_failed
        failed += group_failed
        print(f"  {group['name']}: {len(histories) - group_failed}/{len(histories)} histories agree "
              f"({len(lines)} reviews) {' '.join(repr(o) if o == '' else o for o in replay_options(group))[:120]}")
        for card_id, problem in list(bad_cards.items())[:5]:
            print(f"    card {card_id}: {problem}")
    print(f"fsrs-parity: largest relative difference in S, D, R: {worst:.3g} (tolerance {RELATIVE_TOLERANCE:g})")
    print(f"fsrs-parity: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def command_bench_input(args) -> int:
    """Reviews of `cards` cards over a year, in time order: each card is reviewed when due,
    give or take, with Again 10%, Hard 15%, Good 60%, Easy 15%. Deterministic (seed 1)."""
    rng = random.Random(1)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    per_card = args.reviews // args.cards
    with open(args.out, "w") as f:
        times = []
        for card_id in range(1, args.cards + 1):
            t = rng.randint(0, 365 * 86400)
            for _ in range(per_card):
                times.append((t, card_id))
                t += int(rng.expovariate(1 / (3 * 86400))) + 60
        times.sort()
        ratings = rng.choices([1, 2, 3, 4], weights=[10, 15, 60, 15], k=len(times))
        for (t, card_id), rating in zip(times, ratings):
            when = (start + timedelta(seconds=t)).isoformat()
            f.write(f'{{"card_id": {card_id}, "rating": {rating}, "review_datetime": "{when}", "review_duration": 4200}}\n')
    print(f"{args.out}: {len(times)} reviews of {args.cards} cards")
    return 0


def command_bench(args) -> int:
    """py-fsrs doing what `recall replay` does: parse, review, write the card and R as JSON."""
    scheduler = Scheduler(enable_fuzzing=False)
    cards: dict[int, Card] = {}
    started = time.perf_counter()
    count = 0
    with open(args.file) as f, open(os.devnull, "w") as out:
        for line in f:
            log = json.loads(line)
            when = datetime.fromisoformat(log["review_datetime"])
            card = cards.get(log["card_id"]) or Card(card_id=log["card_id"], due=when)
            retrievability = scheduler.get_card_retrievability(card, when)
            card, _ = scheduler.review_card(card, Rating(log["rating"]), when)
            cards[card.card_id] = card
            out.write(json.dumps(dict(card.to_dict(), retrievability=retrievability)) + "\n")
            count += 1
    elapsed = time.perf_counter() - started
    print(f"py-fsrs {fsrs_version()}: {count} reviews in {elapsed:.2f} s = {count / elapsed:,.0f} reviews/s")
    return 0


def fsrs_version() -> str:
    from importlib.metadata import version
    return version("fsrs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fixtures")
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=20240101)
    p.add_argument("--histories", type=int, default=1200)
    p.set_defaults(run=command_fixtures)
    p = sub.add_parser("parity")
    p.add_argument("recall")
    p.add_argument("--seed", type=int)
    p.add_argument("--histories", type=int, default=1200)
    p.set_defaults(run=command_parity)
    p = sub.add_parser("bench-input")
    p.add_argument("out")
    p.add_argument("--reviews", type=int, default=1_000_000)
    p.add_argument("--cards", type=int, default=100_000)
    p.set_defaults(run=command_bench_input)
    p = sub.add_parser("bench")
    p.add_argument("file")
    p.set_defaults(run=command_bench)
    args = parser.parse_args()
    if fsrs_version() != FSRS_VERSION:
        print(f"warning: py-fsrs {fsrs_version()} installed; the reference is {FSRS_VERSION}", file=sys.stderr)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
