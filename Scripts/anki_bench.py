"""Anki's side of `recall due` at scale (issue 13): the same collection in Anki, and the time
Anki's own backend takes to open it and compute its deck tree.

    anki_bench.py build OUT  COLLECTION.anki2   # OUT from Scripts/gen-collection, after one `recall due`
    anki_bench.py due COLLECTION.anki2 [--runs N] [--micros]

`build` adds every card of OUT/decks as a Basic note in its deck (through Anki's own
`add_notes`), gives each card the state recall's snapshot holds for it (new, learning, review,
relearning; due, interval, reps, lapses, FSRS memory state, suspended), and writes every review
of OUT/data/log/<device>.jsonl into the revlog. `due` times, inside one Python process (so Python's
start-up and `import anki` are not counted), `Collection(path)` and `sched.deck_due_tree()`,
then `close()`, and prints the median in ms (with --micros: only the median, in microseconds). Used by Scripts/bench-due.
"""
import glob
import json
import os
import statistics
import sys
import time

from anki.collection import AddNoteRequest, Collection

DAY = 86400


def read_cards(deck_folder):
    """(deck name, recall id, question, answer) of every card, in file order."""
    cards = []
    for path in sorted(glob.glob(os.path.join(deck_folder, "*.md"))):
        deck = None
        question = card_id = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("deck: ") and deck is None:
                deck = line[len("deck: "):]
            elif line.startswith("## "):
                question = line[3:]
            elif line.startswith("<!-- id: "):
                card_id = line[len("<!-- id: "):-len(" -->")]
            elif card_id and line:
                cards.append((deck, card_id, question, line))
                card_id = None
    return cards


def read_snapshot(path):
    """recall id -> snapshot row (see Sources/RecallCore/Progress/Snapshot.swift)."""
    rows = {}
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith('"'):
                section = line.split('"')[1]
                continue
            if section == "cards" and line.startswith("["):
                row = json.loads(line.rstrip().rstrip(","))
                rows[row[0]] = row
    return rows


def add_basic_notes(col, cards):
    """Every card of read_cards as a Basic note in its deck, its recall id as the guid, through
    Anki's own `add_notes`: (deck name -> deck id, recall id -> card id)."""
    basic = col.models.by_name("Basic")
    deck_ids = {}
    requests = []
    for deck, card_id, question, answer in cards:
        if deck not in deck_ids:
            deck_ids[deck] = col.decks.id(deck)
        note = col.new_note(basic)
        note["Front"] = question
        note["Back"] = answer
        note.guid = card_id
        requests.append(AddNoteRequest(note=note, deck_id=deck_ids[deck]))
    col.add_notes(requests)
    return deck_ids, dict(col.db.execute("select n.guid, c.id from cards c join notes n on c.nid = n.id"))


def build(out, target):
    cards = read_cards(os.path.join(out, "decks"))
    snapshot = read_snapshot(os.path.join(out, "data", "snapshot.json"))
    if os.path.exists(target):
        os.remove(target)
    col = Collection(target)
    deck_ids, cid_of = add_basic_notes(col, cards)

    crt = col.crt
    now = int(time.time())
    updates = []
    for _, card_id, _, _ in cards:
        row = snapshot.get(card_id)
        if row is None or row[1] == 0:
            continue
        state, stability, difficulty, due_us, ease, interval, reps, lapses, suspended = (
            row[1], row[3], row[4], row[5], row[7], row[8], row[9], row[10], row[15])
        due_s = due_us // 1_000_000
        if state == 2:  # review: due is a day number counted from the collection's creation
            kind, queue, due = 2, 2, (due_s - crt) // DAY
        else:  # learning or relearning: due is a time, today's learning queue
            kind, queue, due = (1 if state == 1 else 3), 1, due_s
        if suspended:
            queue = -1
        ivl = interval if interval is not None else max(1, round(stability or 1))
        factor = int(round((ease or 2.5) * 1000))
        data = json.dumps({"s": stability, "d": difficulty}) if stability is not None else ""
        updates.append((kind, queue, due, ivl, factor, reps, lapses, data, now, cid_of[card_id]))
    col.db.executemany("update cards set type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=?, data=?, mod=? "
                       "where id=?", updates)

    revlog = []
    last_id = 0
    kinds = {}
    log_folder = os.path.join(out, "data", "log")
    log_file = os.path.join(log_folder, sorted(n for n in os.listdir(log_folder) if n.endswith(".jsonl"))[0])
    with open(log_file, encoding="utf-8") as f:
        next(f)  # the header
        for line in f:
            entry = json.loads(line)
            if entry.get("type") != "review" or entry["card"] not in cid_of:
                continue
            t = entry["time"]
            seconds = time.mktime(time.strptime(t[:19], "%Y-%m-%dT%H:%M:%S")) - time.timezone
            rid = max(int(seconds * 1000) + int(t[20:23] or 0), last_id + 1)
            last_id = rid
            cid = cid_of[entry["card"]]
            kind = kinds.get(cid, 0)
            kinds[cid] = 1
            revlog.append((rid, cid, -1, entry["rating"], 0, 0, 2500, min(entry.get("duration") or 0, 60000), kind))
    col.db.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                       "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", revlog)
    col.close()
    print(f"wrote {len(cards)} cards in {len(deck_ids)} decks, {len(updates)} with progress, "
          f"{len(revlog)} reviews to {target}", file=sys.stderr)


def due(path, runs, micros=False):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        col = Collection(path)
        tree = col.sched.deck_due_tree()
        elapsed = time.perf_counter() - start
        col.close()
        times.append(elapsed * 1000)
    counts = (tree.new_count, tree.learn_count, tree.review_count)
    if micros:
        print(round(statistics.median(times) * 1000))
        return
    print(f"anki open + deck_due_tree: {statistics.median(times):.0f} ms median of {runs} "
          f"(min {min(times):.0f}, max {max(times):.0f}); totals new {counts[0]}, learn {counts[1]}, review {counts[2]}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "due":
        runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 15
        due(sys.argv[2], runs, micros="--micros" in sys.argv)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
