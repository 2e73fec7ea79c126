"""Every card's retrievability in `recall exam --json` against py-fsrs 6.3.2 itself (issue 18 point 2).

Usage: exam_retrievability.py RECALL_BINARY CSV

From the py-fsrs csv log (card_id,review_rating,review_time,review_duration): a deck folder with
one card per card_id (ids `c<card_id>`, split over two sub-decks of AWS::SAA with a domain tag
each, so the exam is inherited from the parent) and a data folder whose log (schema 2, written
here line by line with its guards) holds every review, config.json with fuzz off and an exam on
AWS::SAA. Then `recall exam --deck AWS::SAA --json --at AT`; and for every card, py-fsrs replays
its reviews with recall's settings (`Scheduler(enable_fuzzing=False)`) and gives
`get_card_retrievability` at AT and at the exam instant. Both must agree to 1e-9 (recall prints
the shortest round-trip double, so they agree to the last bit in practice). Exits 1 on a mismatch.
"""

import csv
import datetime as dt
import json
import os
import sys
import tempfile
import zlib

import fsrs

import py_fsrs_defaults

import check_support
from check_support import check

AT = "2024-10-07T12:00:00+00:00"
EXAM = "2024-11-20T09:00:00+00:00"
DEVICE = "examcheck01"


def guarded(line):
    """A log line with its guard: CRC-32 of every byte before `,"crc":"`."""
    body = json.dumps(line, ensure_ascii=False, separators=(",", ":"))[:-1]
    return body + ',"crc":"%08x"}' % zlib.crc32(body.encode())


def write_folders(root, rows):
    decks = os.path.join(root, "Decks")
    data = os.path.join(root, "data")
    os.makedirs(decks)
    os.makedirs(os.path.join(data, "log"))
    ids = sorted({row[0] for row in rows})
    halves = {"A": ("security", ids[0::2]), "B": ("networking", ids[1::2])}
    for name, (tag, members) in halves.items():
        with open(os.path.join(decks, f"{name}.md"), "w") as out:
            out.write(f"---\ndeck: AWS::SAA::{name}\ntags: [{tag}]\n---\n")
            for card in members:
                out.write(f"\n## Question {card}\n<!-- id: c{card} -->\nAnswer {card}\n")
    deck_of = {card: f"AWS::SAA::{name}" for name, (_, members) in halves.items() for card in members}
    with open(os.path.join(data, "log", f"{DEVICE}.jsonl"), "w") as out:
        out.write(guarded({"recall": "review-log", "schema": 2, "device": DEVICE,
                           "created": "2024-01-01T00:00:00+00:00"}) + "\n")
        for seq, (card, rating, time, duration) in enumerate(rows, 1):
            out.write(guarded({"seq": seq, "type": "review", "time": time.isoformat(timespec="microseconds"),
                               "card": f"c{card}", "rating": rating, "duration": duration, "scheduler": "fsrs",
                               "deck": deck_of[card], "file": "Decks/x.md"}) + "\n")
    config = {"schema": 1, "fuzz": False, "exams": [{"deck": "AWS::SAA", "at": EXAM, "target": 0.9}]}
    with open(os.path.join(data, "config.json"), "w") as out:
        json.dump(config, out)
    return decks, data


def expected(rows):
    """Each card's retrievability at AT and at the exam instant, by py-fsrs alone."""
    scheduler = py_fsrs_defaults.scheduler()
    cards = {}
    for card_id, rating, time, _ in rows:
        card = cards.get(card_id) or fsrs.Card(card_id=card_id)
        cards[card_id], _ = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=time)
    now, exam = dt.datetime.fromisoformat(AT), dt.datetime.fromisoformat(EXAM)
    return {f"c{card_id}": (scheduler.get_card_retrievability(card, current_datetime=now),
                            scheduler.get_card_retrievability(card, current_datetime=exam))
            for card_id, card in cards.items()}


def main():
    binary, csv_path = sys.argv[1], sys.argv[2]
    with open(csv_path, newline="") as f:
        rows = [(int(r["card_id"]), int(r["review_rating"]), dt.datetime.fromisoformat(r["review_time"]),
                 int(r["review_duration"])) for r in csv.DictReader(f)]
    want = expected(rows)
    with tempfile.TemporaryDirectory() as root:
        decks, data = write_folders(root, rows)
        result = check_support.recall(binary, root, "exam", "--deck", "AWS::SAA", "--json", "--at", AT,
                                      "--decks", decks, "--data-dir", data)
    readiness = json.loads(result.stdout)["readiness"][0]
    check(readiness.get("exam", {}).get("deck") == "AWS::SAA", f"the exam is not AWS::SAA's: {readiness.get('exam')}")
    got = {card["id"]: (card["retrievabilityNow"], card.get("retrievabilityAtExam")) for card in readiness["cards"]}
    check(set(got) == set(want), f"{len(set(want) ^ set(got))} cards differ between recall and py-fsrs")
    compared = 0
    for card, (now, exam) in sorted(want.items()):
        if card not in got:
            continue
        for label, a, b in (("now", now, got[card][0]), ("exam", exam, got[card][1])):
            compared += 1
            check(b is not None and abs(a - b) <= 1e-9, f"{card} at {label}: py-fsrs {a!r}, recall {b!r}")
    figures = [want[c] for c in want]
    mean_now = sum(f[0] for f in figures) / len(figures)
    check(abs(readiness["readinessNow"] - mean_now) <= 1e-9, f"readiness now {readiness['readinessNow']} != {mean_now}")
    check_support.finish("exam-retrievability",
                         f"{len(want):,} cards x 2 instants: all equal ({compared:,} figures within 1e-9)")


if __name__ == "__main__":
    main()
