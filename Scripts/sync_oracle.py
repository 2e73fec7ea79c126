"""Interleaved reviews on two machines against py-fsrs 6.3.2's `reschedule_card` (issue 20 point 4).

Usage: sync_oracle.py RECALL_BINARY [--seed N] [--cards N] [--rounds N]

Two data folders are two machines, a laptop (its clock in +09:00) and a desktop (+00:00), with
one deck of shared cards. Over several weeks, in rounds, each machine studies offline through
the real binary (`recall answer CARD RATING --at TIME --data-dir ...`): random cards, random
ratings, random times, some answers on one card on both machines seconds apart, the two
machines' times interleaved. After each round the machines exchange their device files
(`log/*.jsonl` copied both ways), as a sync tool would. In one round the laptop takes an answer
back: there is no command for an undo (the review screen's `u`), so the check appends the undo
line the review screen writes (`"undoes":"<device>:<seq>"`, with its guard) to the laptop's own
file while no recall runs.

Then, after the last exchange: `recall log --json`, `recall due --json` and every card's
progress in `recall export --format json` are identical on both machines, and every card's
progress equals what py-fsrs's `Scheduler.reschedule_card(card, review_logs)` gives for the
merged history (this check's own record of what it answered, the undone answer left out) with
recall's settings (Scripts/py_fsrs_defaults.py; fuzz off in both folders' config.json): state,
step, due and last review identical, stability and difficulty within 1e-9 relative (as
Scripts/fsrs-parity), reps the number of answers and lapses the Again answers given in the
review state. A fresh seed each run, printed; `--seed N` replays one. Exits 1 on a mismatch.
"""

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import zlib

import fsrs

import py_fsrs_defaults

import check_support
from check_support import check

START = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.timezone.utc)
ZONES = {"laptop": dt.timezone(dt.timedelta(hours=9)), "desktop": dt.timezone.utc}
STATES = {fsrs.State.Learning: "learning", fsrs.State.Review: "review", fsrs.State.Relearning: "relearning"}


def guarded(fields):
    """A log line with its guard: CRC-32 of every byte before `,"crc":"`."""
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))[:-1]
    return body + ',"crc":"%08x"}' % zlib.crc32(body.encode())


def plan(rng, cards, rounds):
    """The answers of every round: (machine, card, rating, time) in each machine's time order.
    A round is a week; each machine answers 8-16 times in it, and 1-3 answers are mirrored on
    the other machine on the same card 1-90 seconds before or after."""
    schedule = []
    for r in range(rounds):
        week = START + dt.timedelta(days=7 * r)
        answers = []
        for machine in ZONES:
            for _ in range(rng.randint(8, 16)):
                time = week + dt.timedelta(seconds=rng.randint(0, 6 * 86400))
                answers.append([machine, rng.choice(cards), rng.randint(1, 4), time])
        for base in rng.sample(answers, rng.randint(1, 3)):
            other = "desktop" if base[0] == "laptop" else "laptop"
            offset = dt.timedelta(seconds=rng.randint(1, 90)) * rng.choice((-1, 1))
            answers.append([other, base[1], rng.randint(1, 4), base[3] + offset])
        # Distinct times, so that py-fsrs's sort by time and recall's merge need no tie rule.
        seen = set()
        for answer in answers:
            while answer[3] in seen:
                answer[3] += dt.timedelta(microseconds=1)
            seen.add(answer[3])
        schedule.append(sorted(answers, key=lambda a: a[3]))
    return schedule


UNDO_AFTER = dt.timedelta(seconds=3)


def undo_target(rng, answers):
    """The index of a laptop answer to take back: one whose undo, 3 seconds later, comes before
    the laptop's next answer (the review screen undoes the last answer)."""
    laptop = [n for n, a in enumerate(answers) if a[0] == "laptop"]
    fits = [n for n, m in zip(laptop, laptop[1:] + [None]) if m is None or answers[m][3] > answers[n][3] + UNDO_AFTER]
    return rng.choice(fits)


def device_file(data):
    """This folder's own device file: log/<device.json's device>.jsonl."""
    with open(os.path.join(data, "device.json")) as f:
        return os.path.join(data, "log", json.load(f)["device"] + ".jsonl")


def append_undo(data, time):
    """Appends to the folder's own file the undo of its last event (which is a review), as the
    review screen writes it; returns the undone review's (card, time) as the log has them."""
    path = device_file(data)
    with open(path, encoding="utf-8") as f:
        header, *lines = [json.loads(line) for line in f]
    last = lines[-1]
    assert last["type"] == "review", last
    undo = {"seq": last["seq"] + 1, "type": "undo", "time": time.isoformat(timespec="microseconds"),
            "undoes": f"{header['device']}:{last['seq']}"}
    with open(path, "a", encoding="utf-8") as f:
        f.write(guarded(undo) + "\n")
    return last["card"], dt.datetime.fromisoformat(last["time"])


def exchange(folders):
    """Copies every device file of each folder into the other (a sync tool's delivery)."""
    a, b = folders.values()
    for source, target in ((a, b), (b, a)):
        own = device_file(target)
        for name in sorted(os.listdir(os.path.join(source, "log"))):
            path = os.path.join(source, "log", name)
            if name.endswith(".jsonl") and os.path.join(target, "log", name) != own:
                shutil.copyfile(path, os.path.join(target, "log", name) + ".part")
                os.replace(os.path.join(target, "log", name) + ".part", os.path.join(target, "log", name))


def expected(history):
    """Each card's progress by py-fsrs alone: reschedule_card over its answers, reps and lapses
    counted over the same replay (py-fsrs's Card has neither)."""
    scheduler = py_fsrs_defaults.scheduler()
    want = {}
    for card_id, answers in history.items():
        logs = [fsrs.ReviewLog(card_id=hash(card_id), rating=fsrs.Rating(rating), review_datetime=time, review_duration=None)
                for rating, time in answers]
        card = scheduler.reschedule_card(fsrs.Card(card_id=hash(card_id)), logs)
        replayed, lapses = fsrs.Card(card_id=hash(card_id)), 0
        for rating, time in sorted(answers, key=lambda a: a[1]):
            lapses += replayed.state == fsrs.State.Review and rating == 1
            replayed, _ = scheduler.review_card(replayed, fsrs.Rating(rating), review_datetime=time)
        check(replayed == card, f"{card_id}: reschedule_card and review_card one by one disagree")
        want[card_id] = {"state": STATES[card.state], "step": card.step, "stability": card.stability,
                         "difficulty": card.difficulty, "due": card.due, "lastReview": card.last_review,
                         "reps": len(answers), "lapses": lapses}
    return want


def close(a, b):
    return a == b or (a is not None and b is not None and abs(a - b) <= 1e-9 * max(abs(a), abs(b)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--cards", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"sync-oracle: seed {seed} (replay with --seed {seed})")
    rng = random.Random(seed)
    cards = [f"sync-{n:02d}" for n in range(args.cards)]

    with tempfile.TemporaryDirectory() as root:
        decks = os.path.join(root, "Decks")
        os.makedirs(decks)
        with open(os.path.join(decks, "sync.md"), "w") as out:
            out.write("---\ndeck: AWS::Sync\n---\n")
            for card in cards:
                out.write(f"\n## Question {card}\n<!-- id: {card} -->\nAnswer {card}\n")
        folders = {machine: os.path.join(root, machine) for machine in ZONES}
        for data in folders.values():
            os.makedirs(data)
            with open(os.path.join(data, "config.json"), "w") as out:
                json.dump({"schema": 1, "fuzz": False}, out)

        def recall(machine, *rest):
            return check_support.recall(args.binary, root, *rest, "--decks", decks, "--data-dir", folders[machine])

        history = {}  # card -> [(rating, time)]: what was answered, the undone answer left out
        schedule = plan(rng, cards, args.rounds)
        undo_round = rng.randrange(args.rounds)
        takeback = undo_target(rng, schedule[undo_round])
        answered = 0
        for r, answers in enumerate(schedule):
            for n, (machine, card, rating, time) in enumerate(answers):
                recall(machine, "answer", card, str(rating), "--at", time.astimezone(ZONES[machine]).isoformat())
                history.setdefault(card, []).append((rating, time))
                answered += 1
                if r == undo_round and n == takeback:
                    undone = append_undo(folders["laptop"], time + UNDO_AFTER)
                    check(undone == (card, time), f"the laptop's last answer is {undone}, not {(card, time)}")
                    history[card].remove((rating, time))
            exchange(folders)

        outputs = {}
        at = (START + dt.timedelta(days=7 * args.rounds + 1)).isoformat()
        for machine in folders:
            exported = json.loads(recall(machine, "export", "--format", "json").stdout)
            outputs[machine] = (recall(machine, "log", "--json").stdout, recall(machine, "due", "--json", "--at", at).stdout,
                                {c["id"]: c["progress"] for d in exported["decks"] for n in d["notes"] for c in n["cards"]})
        laptop, desktop = outputs["laptop"], outputs["desktop"]
        check(laptop[0] == desktop[0], "recall log --json differs between the machines")
        check(laptop[1] == desktop[1], "recall due --json differs between the machines")
        check(laptop[2] == desktop[2], "the cards' progress differs between the machines")
        check(laptop[0].count("\n") == answered, f"recall log --json has {laptop[0].count(chr(10))} answers, {answered} were made")
        check(laptop[0].count('"undone":true') == 1, "recall log --json does not mark one answer undone")

    want = expected(history)
    got = laptop[2]
    worst = 0.0
    for card in cards:
        progress, reference = got.get(card), want.get(card)
        if reference is None:
            check(progress is None or progress["state"] == "new", f"{card}: never answered, recall says {progress}")
            continue
        for key in ("state", "step", "reps", "lapses"):
            check(progress.get(key) == reference[key], f"{card} {key}: py-fsrs {reference[key]!r}, recall {progress.get(key)!r}")
        for key in ("due", "lastReview"):
            mine = progress.get(key) and dt.datetime.fromisoformat(progress[key])
            check(mine == reference[key], f"{card} {key}: py-fsrs {reference[key]}, recall {progress.get(key)}")
        for key in ("stability", "difficulty"):
            a, b = reference[key], progress.get(key)
            check(close(a, b), f"{card} {key}: py-fsrs {a!r}, recall {b!r}")
            if a and b:
                worst = max(worst, abs(a - b) / max(abs(a), abs(b)))
    reviews = sum(w["reps"] for w in want.values())
    check_support.finish("sync-oracle", f"seed {seed}: {len(want)} cards, {reviews} reviews over two machines and "
                         f"{args.rounds} exchanges, one undone: equal to py-fsrs (largest relative difference {worst:.1e})")


if __name__ == "__main__":
    main()
