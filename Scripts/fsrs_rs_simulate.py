"""A simulated learner's review log in py-fsrs's csv layout, for the optimizer's checks and
benchmark: parameters drawn near fsrs-rs's defaults are the learner's true memory; cards are
introduced over the first half of the span, reviewed at the intervals FSRS gives for
retention 0.9, and recalled with the probability the true parameters give (a lapse or a first
Again or Hard is followed by a step ten minutes later, the same day).

    python fsrs_rs_simulate.py OUT.csv [--seed N] [--cards N] [--days N]

prints the seed, the true parameters and the number of reviews (JSON) on standard output.
"""
import datetime
import json
import math
import random
import sys

import fsrs_rs_python as fsrs

# fsrs-rs's clipper bounds (src/parameter_clipper.rs, short-term on, one relearning step).
BOUNDS = [(0.001, 100)] * 4 + [(1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75), (0, 4.5), (0, 0.8),
                               (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1),
                               (1, 6), (0, 2), (0, 2), (0.01, 0.8), (0.1, 0.8)]
START = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}


def true_parameters(rng):
    drawn = [w * math.exp(rng.gauss(0, 0.2)) for w in fsrs.DEFAULT_PARAMETERS]
    return [min(max(w, low), high) for w, (low, high) in zip(drawn, BOUNDS)]


def retrievability(w, stability, days):
    factor = 0.9 ** (-1 / w[20]) - 1
    return (1 + factor * days / stability) ** -w[20]


def simulate(rng, w, cards, days):
    """[(card_id, rating, time)] sorted by time."""
    model = fsrs.FSRS(w)
    rows = []
    for index in range(cards):
        card = 1_700_000_000_000 + index
        day = rng.randrange(max(days // 2, 1))
        memory, last_day = None, day
        while day < days:
            # Between 06:00 and 23:00 UTC, so the 04:00 rollover never splits a date.
            time = START + datetime.timedelta(days=day, seconds=rng.randrange(6 * 3600, 23 * 3600),
                                              microseconds=rng.randrange(1_000_000))
            if memory is None:
                rating = rng.choices([1, 2, 3, 4], [0.24, 0.094, 0.495, 0.171])[0]
            elif rng.random() < retrievability(w, memory.stability, day - last_day):
                rating = rng.choices([2, 3, 4], [0.15, 0.7, 0.15])[0]
            else:
                rating = 1
            first = memory is None
            state = getattr(model.next_states(memory, 0.9, day - last_day), NAMES[rating])
            rows.append((card, rating, time))
            memory, last_day = state.memory, day
            if rating == 1 or (first and rating == 2):
                step = getattr(model.next_states(memory, 0.9, 0), "good")
                rows.append((card, 3, time + datetime.timedelta(minutes=10)))
                memory, state = step.memory, step
            day += max(1, round(state.interval))
    rows.sort(key=lambda row: row[2])
    return rows


def write(path, rows, rng):
    with open(path, "w") as f:
        f.write("card_id,review_rating,review_time,review_duration\n")
        for card, rating, time in rows:
            f.write(f"{card},{rating},{time.isoformat(timespec='microseconds')},{rng.randrange(2000, 20000)}\n")


def make(path, seed, cards, days):
    rng = random.Random(seed)
    w = true_parameters(rng)
    rows = simulate(rng, w, cards, days)
    write(path, rows, rng)
    return {"seed": seed, "parameters": [round(x, 4) for x in w], "reviews": len(rows)}


if __name__ == "__main__":
    args = sys.argv[1:]
    option = lambda name, default: int(args[args.index(name) + 1]) if name in args else default
    seed = option("--seed", random.SystemRandom().randrange(1 << 32))
    print(json.dumps(make(args[0], seed, option("--cards", 300), option("--days", 365))))
