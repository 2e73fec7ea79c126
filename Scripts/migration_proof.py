"""States before and after migrating a schema-1 data folder are identical (issue 20 point 3), on
the bundled decks and on a generated 100,000-card collection.

Usage: migration_proof.py RECALL_BINARY REPO [--cards N] [--reviews N]

For each collection: a schema-1 folder (`reviews.jsonl` as schema 1 wrote it, no guard, undos
naming a bare seq) is read as it is by `recall export --format json`, `recall log --json` and
`recall due --json --at`; then a writer migrates it (`recall unsuspend ID` with an id no card has: it opens the store, which migrates, records nothing and exits 1); then the same
commands again. Checked:
  - the schema-1 log is kept byte for byte as reviews.schema1.jsonl, reviews.jsonl is the stub;
  - the device file holds the same events: each line, without its guard and with `undoes` back
    to a bare seq, is the schema-1 line byte for byte, and every guard is right;
  - `log --json` and `due --json` print the same bytes; the json export too, except its
    `exported` time and the `"device"` a schema-2 log adds to every review.
The bundled decks' history: every card of Decks/ answered several times with every rating over
three months, some answers undone, some cards suspended (some of them unsuspended again) and
some buried. The generated collection: Scripts/gen-collection --schema 1 (its own undos and
suspensions). Exits 1 on a difference.
"""

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib

import check_support
from check_support import check

CREATED = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone.utc)
AT = "2026-09-15T09:00:00+09:00"


def bundled_history(binary, repo, data):
    """Writes data/reviews.jsonl (schema 1): the bundled decks' history."""
    exported = json.loads(check_support.recall(binary, repo, "export", "--format", "json", "--decks", "Decks",
                                               "--data-dir", data).stdout)
    rng = random.Random(20)
    lines, seq, time = [], 0, CREATED
    cards = [(card["id"], deck) for deck in exported["decks"] for note in deck["notes"] for card in note["cards"]]

    def add(fields):
        nonlocal seq, time
        seq += 1
        time += dt.timedelta(seconds=rng.randint(5, 4000))
        lines.append(json.dumps({"seq": seq, "type": fields.pop("type"), "time": time.isoformat(),
                                 **fields}, ensure_ascii=False, separators=(",", ":")))
        return seq

    for round_number in range(5):
        for n, (card, deck) in enumerate(cards):
            rating = (n + round_number) % 4 + 1  # every rating on every card over the rounds
            last = add({"type": "review", "card": card, "rating": rating, "duration": rng.randint(1000, 30000),
                        "scheduler": deck.get("scheduler") or "fsrs", "deck": deck["name"], "file": deck["file"]})
            if n % 37 == 5:
                add({"type": "undo", "undoes": last})
            if n % 101 == 7:
                add({"type": "suspend", "card": card})
                if round_number % 2:
                    add({"type": "unsuspend", "card": card})
            if n % 89 == 3:
                add({"type": "bury", "card": card, "until": (time + dt.timedelta(days=1)).isoformat()})
        time += dt.timedelta(days=rng.randint(5, 20))
    with open(os.path.join(data, "reviews.jsonl"), "w", encoding="utf-8") as out:
        out.write('{"recall":"review-log","schema":1,"created":"%s"}\n' % CREATED.isoformat())
        out.write("".join(line + "\n" for line in lines))


def outputs(binary, repo, decks, data):
    """What the three commands print, the export without its time and reviews' devices."""
    def run(*args):
        return check_support.recall(binary, repo, *args, "--decks", decks, "--data-dir", data).stdout
    export = run("export", "--format", "json")
    export = re.sub(r'\n *"exported" : "[^"]*",?', "", export)
    export = re.sub(r'\n *"device" : "[a-z0-9]+",', "", export)  # never a review's last key
    return {"log --json": run("log", "--json"), "due --json": run("due", "--json", "--at", AT),
            "export --format json": export}


def check_events(data, old):
    """The device file's lines against the schema-1 log's, byte for byte, and every guard."""
    names = [n for n in os.listdir(os.path.join(data, "log")) if n.endswith(".jsonl")]
    check(len(names) == 1, f"{data}: log/ holds {names}")
    with open(os.path.join(data, "log", names[0]), "rb") as f:
        new = f.read().split(b"\n")
    old_lines = old.split(b"\n")
    check(len(new) == len(old_lines), f"{names[0]}: {len(new) - 1} lines, the schema-1 log {len(old_lines) - 1}")
    device = names[0][:-len(".jsonl")]
    for number, (a, b) in enumerate(zip(old_lines[1:], new[1:]), 2):
        if not b:
            check(not a, f"{names[0]}:{number}: missing")
            continue
        body, guard = b[:-18], b[-18:]
        check(guard == b',"crc":"%08x"}' % zlib.crc32(body), f"{names[0]}:{number}: its guard does not match")
        plain = re.sub(rb'"undoes":"' + device.encode() + rb':(\d+)"', rb'"undoes":\1', body) + b"}"
        if plain != a:
            check(False, f"{names[0]}:{number}: {plain!r} is not the schema-1 line {a!r}")
            break
    return len(old_lines) - 2


NO_CARD = "migration-proof-no-such-card"  # the migrating writer's argument: never suspended


def prove(name, binary, repo, decks, data):
    with open(os.path.join(data, "config.json"), "w") as out:  # as a writer made it: the export prints it
        out.write('{"schema":1}\n')
    with open(os.path.join(data, "reviews.jsonl"), "rb") as f:
        old = f.read()
    before = outputs(binary, repo, decks, data)
    check(not os.path.exists(os.path.join(data, "log")), f"{name}: a reader migrated the folder")
    result = check_support.recall(binary, repo, "unsuspend", NO_CARD, "--data-dir", data, expect=1)
    check(NO_CARD in result.stderr, f"{name}: unsuspend said {result.stderr!r}")
    with open(os.path.join(data, "reviews.schema1.jsonl"), "rb") as f:
        check(f.read() == old, f"{name}: reviews.schema1.jsonl is not the old log byte for byte")
    with open(os.path.join(data, "reviews.jsonl"), "rb") as f:
        stub = f.read()
    check(b'"schema":2' in stub and b'"moved":"log/"' in stub, f"{name}: reviews.jsonl is {stub[:120]!r}")
    events = check_events(data, old)
    after = outputs(binary, repo, decks, data)
    for command in before:
        check(before[command] == after[command], f"{name}: `recall {command}` prints other bytes after the migration")
    exported = json.loads(after["export --format json"])
    cards = [card for deck in exported["decks"] for note in deck["notes"] for card in note["cards"]]
    studied = sum(1 for c in cards if c["progress"]["state"] != "new")
    check(studied > 0, f"{name}: no card has progress")
    return f"{name}: {events:,} events, {studied:,} of {len(cards):,} cards studied"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("repo")
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=300_000)
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    summaries = []
    with tempfile.TemporaryDirectory() as root:
        data = os.path.join(root, "bundled")
        os.makedirs(data)
        bundled_history(args.binary, args.repo, data)
        summaries.append(prove("bundled decks", args.binary, args.repo, "Decks", data))

        generated = os.path.join(root, "generated")
        subprocess.run([sys.executable, os.path.join(args.repo, "Scripts", "gen-collection"), "--schema", "1",
                        "--cards", str(args.cards), "--reviews", str(args.reviews), "--out", generated],
                       check=True, stdout=subprocess.DEVNULL)
        summaries.append(prove(f"generated {args.cards:,} cards", args.binary, args.repo,
                               os.path.join(generated, "decks"), os.path.join(generated, "data")))
    check_support.finish("migration-proof", "; ".join(summaries) + ": identical before and after")


if __name__ == "__main__":
    main()
