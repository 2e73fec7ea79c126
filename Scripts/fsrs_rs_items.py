"""The training items fsrs-rs (and Anki's Optimize) makes from a review log in py-fsrs's csv
layout (card_id,review_rating,review_time,review_duration), computed independently of recall,
for the optimizer's fixtures and checks.

Anki's rule (rslib/src/scheduler/fsrs/params.rs, reviews_for_fsrs; see
../shared/reference/fsrs-rs-anki-notes.md 1.1): each card's reviews in time order; a review's
delta_t is the difference of calendar-day numbers, days rolling over at a local hour (the first
review has delta_t 0); one item per review k >= 1 with delta_t > 0, holding the reviews 0..k;
items sorted by the time of their last review. The csv has no review kind, so each card's first
row is its (only) learning entry and nothing before it is dropped.

    python fsrs_rs_items.py LOG.csv [--rollover 4] [--utc-offset-hours 0]

prints one JSON object: {"items": [[[rating, delta_t], ...], ...], "cards": [card_id, ...]}.
"""
import csv
import datetime
import json
import sys


def day_number(time, rollover_hours, offset_hours):
    local = time + datetime.timedelta(hours=offset_hours) - datetime.timedelta(hours=rollover_hours)
    return (local.date() - datetime.date(1970, 1, 1)).days


def items_of(path, rollover=4, offset=0):
    by_card = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            time = datetime.datetime.fromisoformat(row["review_time"])
            by_card.setdefault(row["card_id"], []).append((time, int(row["review_rating"])))
    made = []
    for card, rows in by_card.items():
        rows.sort(key=lambda r: r[0])
        reviews = []
        previous = None
        for time, rating in rows:
            day = day_number(time, rollover, offset)
            reviews.append([rating, 0 if previous is None else day - previous])
            previous = day
            if len(reviews) > 1 and reviews[-1][1] > 0:
                made.append((time, card, [list(r) for r in reviews]))
    made.sort(key=lambda m: m[0])
    return [m[2] for m in made], [m[1] for m in made]


if __name__ == "__main__":
    args = sys.argv[1:]
    rollover = int(args[args.index("--rollover") + 1]) if "--rollover" in args else 4
    offset = float(args[args.index("--utc-offset-hours") + 1]) if "--utc-offset-hours" in args else 0
    items, cards = items_of(args[0], rollover, offset)
    json.dump({"items": items, "cards": cards}, sys.stdout)
