"""The statistics of the reference log computed without recall, compared with `recall stats --json`.

Usage: stats_reference.py RECALL_BINARY CSV

From the py-fsrs csv log (card_id,review_rating,review_time,review_duration), with days in UTC
and a 4 h rollover, at AT (the day after the last review) and over all time: the calendar, the
reviews per day split by kind, days studied, the busiest day, the hours, the answer buttons and
true retention. Each review's kind and the card's interval before it come from replaying the
card with py-fsrs 6.3.2 itself (no fuzz, recall's default settings), never from recall. Then the
same figures are read from `recall stats --log CSV --json --range all --at AT` and compared
exactly; every mismatch is printed and the exit status is 1.
"""

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

import fsrs

import py_fsrs_defaults

AT = "2024-10-07T12:00:00+00:00"
ROLLOVER = dt.timedelta(hours=4)
MATURE = 21
# Section 2.1 of the reference notes, computed independently once more.
EXPECTED_SUMMARY = {"reviews": 12580, "cards": 1205, "first to last": 192, "studied": 57,
                    "busiest": ("2024-08-15", 672), "peak hour": 17}


def study_day(time):
    return (time - ROLLOVER).date()


def replay(rows):
    """Each review with its kind ('learn', 'review', 'relearn') and the interval before it, in file order."""
    scheduler = py_fsrs_defaults.scheduler()
    cards = {}
    reviews = []
    for card_id, rating, time in rows:
        card = cards.get(card_id) or fsrs.Card(card_id=card_id)
        if card.state == fsrs.State.Review:
            kind, interval = "review", (card.due - card.last_review).days
        else:
            kind, interval = ("learn" if card.state == fsrs.State.Learning else "relearn"), 0
        cards[card_id], _ = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=time)
        reviews.append({"time": time, "day": study_day(time), "rating": rating, "kind": kind, "interval": interval})
    return reviews, len(cards)


def split(review):
    """The reviews chart's split: learn, relearn, young or mature."""
    if review["kind"] != "review":
        return review["kind"]
    return "mature" if review["interval"] >= MATURE else "young"


def expected(reviews, today):
    days = Counter(r["day"] for r in reviews)
    first = min(days)
    calendar_from = today - dt.timedelta(days=364)
    busiest_day = min(days, key=lambda d: (-days[d], d))
    range_days = [first + dt.timedelta(days=k) for k in range((today - first).days + 1)]
    by_day = defaultdict(Counter)
    for r in reviews:
        by_day[r["day"]][split(r)] += 1
    hours = [{"hour": h, "reviews": 0, "correct": 0} for h in range(24)]
    for r in reviews:
        hours[r["time"].hour]["reviews"] += 1
        hours[r["time"].hour]["correct"] += r["rating"] > 1
    buttons = {"learning": [0] * 4, "young": [0] * 4, "mature": [0] * 4}
    for r in reviews:
        group = {"learn": "learning", "relearn": "learning"}.get(split(r), split(r))
        buttons[group][r["rating"] - 1] += 1
    periods = []
    for name, span in [("today", (0, 0)), ("yesterday", (1, 1)), ("week", (6, 0)), ("month", (29, 0)),
                       ("year", (364, 0)), ("all", None)]:
        cells = {"young": [0, 0], "mature": [0, 0], "all": [0, 0]}
        for r in reviews:
            if r["kind"] != "review" and r["interval"] < 1:
                continue
            if span and not (today - dt.timedelta(days=span[0]) <= r["day"] <= today - dt.timedelta(days=span[1])):
                continue
            for cell in ("mature" if r["interval"] >= MATURE else "young", "all"):
                cells[cell][0 if r["rating"] > 1 else 1] += 1
        periods.append({"period": name, **{k: {"passed": v[0], "failed": v[1]} for k, v in cells.items()}})
    return {
        "calendar.from": calendar_from.isoformat(),
        "calendar.to": today.isoformat(),
        "calendar.days": [{"date": d.isoformat(), "reviews": days[d]} for d in sorted(days) if calendar_from <= d <= today],
        "calendar.daysStudied": len(days),
        "calendar.daysInRange": len(range_days),
        "calendar.busiestDay": {"date": busiest_day.isoformat(), "reviews": days[busiest_day]},
        # The reference log has no cram answers (`"cram":true`, recall review --cram): 0 every day.
        "reviews.days": [{"date": d.isoformat(), "counts": {**{k: by_day[d][k] for k in ("learn", "relearn", "young", "mature")}, "cram": 0}}
                         for d in range_days],
        "reviews.daysStudied": len(days),
        "reviews.daysInRange": len(range_days),
        "hours": hours,
        "buttons": buttons,
        "trueRetention.periods": periods,
        "scope.reviews": len(reviews),
    }


def actual(report):
    """The same figures from recall's report, in the same shapes."""
    return {
        "calendar.from": report["calendar"]["from"],
        "calendar.to": report["calendar"]["to"],
        "calendar.days": report["calendar"]["days"],
        "calendar.daysStudied": report["calendar"]["daysStudied"],
        "calendar.daysInRange": report["calendar"]["daysInRange"],
        "calendar.busiestDay": report["calendar"]["busiestDay"],
        "reviews.days": [{"date": d["date"], "counts": d["counts"]} for d in report["reviews"]["days"]],
        "reviews.daysStudied": report["reviews"]["daysStudied"],
        "reviews.daysInRange": report["reviews"]["daysInRange"],
        "hours": report["hours"],
        "buttons": report["buttons"],
        "trueRetention.periods": [{k: ({"passed": v["passed"], "failed": v["failed"]} if isinstance(v, dict) else v)
                                   for k, v in p.items()} for p in report["trueRetention"]["periods"]],
        "scope.reviews": report["scope"]["reviews"],
    }


def mismatches(key, want, got):
    """Each differing element of a list on its own line, so that one bad day is easy to find."""
    if isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        return [f"{key}[{k}]: expected {w}, recall {g}" for k, (w, g) in enumerate(zip(want, got)) if w != g]
    return [] if want == got else [f"{key}: expected {want}, recall {got}"]


def check_summary(reviews, cards):
    """Our own figures against the reference notes' summary: a wrong day rule here shows at once."""
    days = Counter(r["day"] for r in reviews)
    busiest = min(days, key=lambda d: (-days[d], d))
    hours = Counter(r["time"].hour for r in reviews)
    found = {"reviews": len(reviews), "cards": cards, "first to last": (max(days) - min(days)).days + 1,
             "studied": len(days), "busiest": (busiest.isoformat(), days[busiest]),
             "peak hour": max(hours, key=lambda h: (hours[h], -h))}
    return [f"summary {k}: the notes say {EXPECTED_SUMMARY[k]}, computed {v}"
            for k, v in found.items() if v != EXPECTED_SUMMARY[k]], found


def main():
    recall, path = sys.argv[1], sys.argv[2]
    with open(path, newline="") as f:
        rows = [(int(r["card_id"]), int(r["review_rating"]), dt.datetime.fromisoformat(r["review_time"]))
                for r in csv.DictReader(f)]
    reviews, cards = replay(rows)
    problems, summary = check_summary(reviews, cards)
    today = study_day(dt.datetime.fromisoformat(AT))
    want = expected(reviews, today)
    with tempfile.TemporaryDirectory() as data:
        with open(os.path.join(data, "config.json"), "w") as f:
            json.dump({"fuzz": False}, f)
        run = subprocess.run([recall, "stats", "--log", path, "--json", "--range", "all", "--at", AT, "--data-dir", data],
                             capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    if run.returncode != 0:
        print(f"stats-reference: recall stats exited {run.returncode}: {run.stderr.strip()}")
        return 1
    got = actual(json.loads(run.stdout))
    for key in want:
        problems += mismatches(key, want[key], got[key])
    for problem in problems:
        print("stats-reference: " + problem)
    if problems:
        print(f"stats-reference: {len(problems)} mismatches")
        return 1
    busiest = summary["busiest"]
    print(f"stats-reference: {summary['first to last']} days, {summary['studied']} studied, busiest {busiest[0]} "
          f"({busiest[1]}), {len(want['reviews.days'])} chart days, 24 hours, 12 buttons, "
          f"{len(want['trueRetention.periods']) * 3} retention cells: all equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
