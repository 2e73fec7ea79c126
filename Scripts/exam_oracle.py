#!/usr/bin/env python3
"""py-fsrs 6.3.2 as the oracle for the exam rule (issue 18 point 3, docs/exam.md).

    exam_oracle.py RECALL

Answers one card Easy twice with `RECALL answer` (Asia/Seoul), sets an exam for its deck in
config.json (12-20 09:00, target 0.95), finds with py-fsrs (its `get_card_retrievability`, no
fuzz: stability does not depend on it) the last study day whose start (04:00) still has
retrievability >= the target, and checks that `RECALL due` counts the card as due from exactly
that 04:00, not a minute before, and not at all once the exam's instant has passed.
Prints `exam-oracle: N passed, M failed`; exits 1 on any failure.
"""
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

KST = timezone(timedelta(hours=9))
TARGET = 0.95
EXAM = datetime(2026, 12, 20, 9, 0, tzinfo=KST)
ANSWERS = [datetime(2026, 11, 1, 10, 0, tzinfo=KST), datetime(2026, 11, 9, 10, 0, tzinfo=KST)]


def main() -> int:
    recall = sys.argv[1]
    scheduler = Scheduler(enable_fuzzing=False)
    card = Card()
    for time in ANSWERS:
        card, _ = scheduler.review_card(card, Rating.Easy, review_datetime=time.astimezone(timezone.utc))
    day = datetime(2026, 11, 10, 4, 0, tzinfo=KST)
    last = None
    while day < EXAM:
        if scheduler.get_card_retrievability(card, current_datetime=day.astimezone(timezone.utc)) >= TARGET:
            last = day
        day += timedelta(days=1)
    assert last is not None

    env = dict(os.environ, TZ="Asia/Seoul")
    with tempfile.TemporaryDirectory() as folder:
        decks = os.path.join(folder, "Decks")
        data = os.path.join(folder, "data")
        os.makedirs(decks)
        with open(os.path.join(decks, "saa.md"), "w") as f:
            f.write("---\ndeck: AWS::SAA\n---\n## What is S3?\n<!-- id: s3 -->\nObject storage\n")

        def run(*args):
            return subprocess.run([recall, *args, "--decks", decks, "--data-dir", data], env=env,
                                  capture_output=True, text=True, check=True).stdout

        for time in ANSWERS:
            run("answer", "s3", "easy", "--at", time.isoformat())
        with open(os.path.join(data, "config.json"), "w") as f:
            json.dump({"exams": [{"deck": "AWS::SAA", "at": EXAM.isoformat(), "target": TARGET}]}, f)

        def due(at):
            return json.loads(run("due", "--json", "--at", at.isoformat()))["total"]["review"]

        cases = [(last - timedelta(days=1), 0), (last - timedelta(minutes=1), 0), (last, 1),
                 (last + timedelta(hours=8), 1), (EXAM - timedelta(minutes=1), 1), (EXAM, 0)]
        passed = failed = 0
        for at, expected in cases:
            got = due(at)
            if got == expected:
                passed += 1
            else:
                failed += 1
                print(f"exam-oracle: at {at.isoformat()} recall due counts {got} review(s), py-fsrs says {expected} "
                      f"(last day at the target: {last.date()})")
    print(f"exam-oracle: {passed} passed, {failed} failed (last day at {TARGET}: {last.date()})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
