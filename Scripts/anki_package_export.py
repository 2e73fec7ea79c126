"""`recall export --format apkg` against the real Anki (issue 21). Run by Scripts/checks.d/anki-package
inside .venv-anki, which has the pinned `anki` from PyPI: `python anki_package_export.py RECALL REPO`.

1. A data folder is made by answering bundled cards through `recall answer` over several days
   before now, with every rating, lapses, cram answers and an undo; then a card is suspended and
   one buried (log lines written as recall writes them, with their CRC guard).
2. `recall export --format apkg` with progress, imported into a fresh collection with Anki's own
   importer (`import_anki_package`, with scheduling and deck options). Checked against recall's own
   state (`recall export --format json`): every note (guid, note type, fields), card, deck and tag;
   each card's queue, type, due day, interval, reps and lapses; its FSRS memory (within Anki's
   rounding); the revlog rows one for one. Importing the package again adds nothing.
3. One imported review card is answered through Anki's scheduler with FSRS on: Anki plans it from
   the imported memory, not from scratch.
4. `--no-progress`: every card new, no revlog.
"""

import csv
import datetime as dt
import io
import json
import os
import sys
import tempfile
import zlib

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from check_support import check, finish
from check_support import recall as run_recall

BINARY, REPO = sys.argv[1], sys.argv[2]
DECKS = os.path.join(REPO, "Decks")
NOTETYPES = {"basic": "Basic", "choice": "Basic", "typein": "Basic", "reversible": "Basic (and reversed card)",
             "cloze": "Cloze"}
ROLLOVER = 4


def recall(*args, expect=0):
    return run_recall(BINARY, REPO, *args, expect=expect)


def local(instant):
    return instant.astimezone()


def study_day(iso):
    """The local date of the study day an ISO time falls in (rollover 4 h)."""
    return (local(dt.datetime.fromisoformat(iso)) - dt.timedelta(hours=ROLLOVER)).date()


def append_events(data, events):
    """Appends suspend/bury lines to the device log as recall writes them: the next seq, a CRC guard."""
    folder = os.path.join(data, "log")
    name = [n for n in os.listdir(folder) if n.endswith(".jsonl")][0]
    path = os.path.join(folder, name)
    with open(path, "rb") as f:
        last = json.loads(f.read().rstrip(b"\n").split(b"\n")[-1])
    seq = last["seq"]
    with open(path, "ab") as f:
        for event in events:
            seq += 1
            body = json.dumps({"seq": seq, **event}, ensure_ascii=False, separators=(",", ":"))[:-1].encode()
            f.write(body + b',"crc":"%08x"}\n' % zlib.crc32(body))


def make_history(data, cards, now):
    """Answers the first 48 cards over five days, ending a day before now."""
    start = now - dt.timedelta(days=12)
    picked = cards[:48]
    answered = 0
    for day in range(5):
        for n, card in enumerate(picked):
            if day > 0 and n % 3 == 0:
                continue  # not every card every day
            time = start + dt.timedelta(days=day * 2, minutes=n)
            rating = (n + day) % 4 + 1
            recall("answer", card, str(rating), "--at", time.isoformat(), "--duration", str(1000 + 137 * n),
                   "--decks", DECKS, "--data-dir", data)
            answered += 1
            if rating == 1 and day < 4:  # a learning step, then Good
                recall("answer", card, "3", "--at", (time + dt.timedelta(minutes=10, seconds=30)).isoformat(),
                       "--decks", DECKS, "--data-dir", data)
                answered += 1
        # A cram answer of a studied card: Anki's filtered row, factor 0.
        recall("answer", picked[1], "3", "--cram", "--at", (start + dt.timedelta(days=day * 2, hours=5)).isoformat(),
               "--decks", DECKS, "--data-dir", data)
    # Today: one card answered an hour ago, its step still due today (intraday learning).
    recall("answer", cards[60], "1", "--at", (now - dt.timedelta(minutes=30)).isoformat(), "--decks", DECKS,
           "--data-dir", data)
    append_events(data, [
        {"type": "suspend", "time": (now - dt.timedelta(hours=2)).isoformat(), "card": picked[4]},
        {"type": "suspend", "time": (now - dt.timedelta(hours=2)).isoformat(), "card": cards[50]},
        {"type": "bury", "time": (now - dt.timedelta(hours=2)).isoformat(), "card": picked[7],
         "until": (now + dt.timedelta(days=1)).isoformat()},
    ])
    return answered


def main():
    work = tempfile.mkdtemp(prefix="anki-package-export-")
    data = os.path.join(work, "data")
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    fresh = json.loads(recall("export", "--format", "json", "--decks", DECKS, "--data-dir", data).stdout)
    card_ids = [c["id"] for d in fresh["decks"] for n in d["notes"] for c in n["cards"]]
    make_history(data, card_ids, now)
    state = json.loads(recall("export", "--format", "json", "--decks", DECKS, "--data-dir", data).stdout)
    # The fields as the text export makes them (one rule for a note's HTML): guid -> [front, back].
    text = recall("export", "--format", "anki", "--decks", DECKS, "--data-dir", data).stdout
    rows = [r for r in csv.reader(io.StringIO(text), delimiter="\t") if r and not r[0].startswith("#")]
    text_fields = {r[0]: r[3:5] for r in rows}
    package = os.path.join(work, "aws.apkg")
    recall("export", "--format", "apkg", "-o", package, "--decks", DECKS, "--data-dir", data)

    os.makedirs(os.path.join(work, "anki"))
    col = Collection(os.path.join(work, "anki", "collection.anki2"))
    request = ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True))
    log = col.import_anki_package(request).log
    notes = [(d, n) for d in state["decks"] for n in d["notes"]]
    check(len(log.new) == len(notes), f"Anki added {len(log.new)} notes, recall exported {len(notes)}")
    options = col.decks.config_dict_for_deck_id(col.decks.id_for_name(state["decks"][0]["name"]))
    check(options["name"] == "recall" and len(options["fsrsParams6"]) == 21 and abs(options["desiredRetention"] - 0.9) < 1e-6,
          f"the decks' options: {options['name']}, {len(options['fsrsParams6'])} weights, retention {options['desiredRetention']}")
    check(options["new"]["delays"] == [1, 10] and options["lapse"]["delays"] == [10], f"steps {options['new']['delays']}")
    today = col.sched.today
    today_local = (local(now) - dt.timedelta(hours=ROLLOVER)).date()
    deck_names = {name for d in state["decks"] for name in
                  ["::".join(d["name"].split("::")[:k]) for k in range(1, len(d["name"].split("::")) + 1)]}
    anki_decks = {d.name for d in col.decks.all_names_and_ids()} - {"Default"}
    check(anki_decks == deck_names, f"decks: Anki {sorted(anki_decks - deck_names)} / recall {sorted(deck_names - anki_decks)}")

    reviews = {}
    for review in state["reviews"]:
        if review.get("type") == "review" and not review.get("undone"):
            reviews.setdefault(review["card"], []).append(review)
    checked_cards, memories, rows, suspended, buried, intraday = 0, 0, 0, 0, 0, 0
    for deck, note in notes:
        ids = col.db.list("select id from notes where guid = ?", note.get("guid", note["id"]))
        check(len(ids) == 1, f"note {note['id']}: {len(ids)} notes in Anki with its guid")
        if len(ids) != 1:
            continue
        anki_note = col.get_note(ids[0])
        # A fresh collection has its own stock note types (other ids): Anki adds ours beside them as "Basic+".
        check(anki_note.note_type()["name"].rstrip("+") == NOTETYPES[note["kind"]],
              f"note {note['id']}: note type {anki_note.note_type()['name']}")
        check(sorted(anki_note.tags) == sorted(note.get("tags", [])), f"note {note['id']}: tags {anki_note.tags}")
        check(anki_note.fields == text_fields.get(anki_note.guid),
              f"note {note['id']}: fields {anki_note.fields} are not the text export's {text_fields.get(anki_note.guid)}")
        anki_cards = {c.ord: c for c in anki_note.cards()}
        check(len(anki_cards) == len(note["cards"]), f"note {note['id']}: {len(anki_cards)} cards in Anki")
        for card in note["cards"]:
            variant = card["variant"]
            ordinal = 0 if variant == "forward" else 1 if variant == "reverse" else int(variant.split(":")[-1]) - 1 \
                if ":" in str(variant) else None
            anki = anki_cards.get(ordinal) if ordinal is not None else None
            if anki is None:  # cloze variants: match by position
                anki = sorted(anki_note.cards(), key=lambda c: c.ord)[note["cards"].index(card)]
            checked_cards += 1
            check(col.decks.name(anki.did) == deck["name"], f"card {card['id']}: deck {col.decks.name(anki.did)}")
            progress = card["progress"]
            where = f"card {card['id']}"
            if progress.get("suspended"):
                suspended += 1
                check(anki.queue == -1, f"{where}: suspended, queue {anki.queue}")
            elif progress.get("buriedUntil") and dt.datetime.fromisoformat(progress["buriedUntil"]) > now:
                buried += 1
                check(anki.queue == -3, f"{where}: buried, queue {anki.queue}")
            state_name = progress["state"]
            if state_name == "new":
                check(anki.type == 0 and anki.reps == 0, f"{where}: new, type {anki.type} reps {anki.reps}")
                check(anki.queue in (0, -1, -3), f"{where}: new, queue {anki.queue}")
                continue
            check(anki.reps == progress["reps"] and anki.lapses == progress["lapses"],
                  f"{where}: reps/lapses {anki.reps}/{anki.lapses}, recall {progress['reps']}/{progress['lapses']}")
            due_day = today + (study_day(progress["due"]) - today_local).days
            if state_name == "review":
                check(anki.type == 2, f"{where}: review, type {anki.type}")
                check(anki.queue in (2, -1, -3), f"{where}: review, queue {anki.queue}")
                check(anki.due == due_day, f"{where}: due {anki.due}, recall's day {due_day}")
                last = dt.datetime.fromisoformat(progress["lastReview"])
                days = (dt.datetime.fromisoformat(progress["due"]) - last).days
                check(anki.ivl == max(1, days), f"{where}: interval {anki.ivl}, recall {days}")
            else:
                check(anki.type == (1 if state_name == "learning" else 3), f"{where}: {state_name}, type {anki.type}")
                due = dt.datetime.fromisoformat(progress["due"])
                if anki.queue == 1:
                    intraday += 1
                    check(anki.due == int(due.timestamp()), f"{where}: learning due {anki.due}, recall {due}")
                    check(study_day(progress["due"]) <= today_local, f"{where}: intraday but due on a later day")
                elif anki.queue == 3:
                    check(anki.due == due_day, f"{where}: day-learning due {anki.due}, recall's day {due_day}")
                else:
                    check(anki.queue in (-1, -3), f"{where}: {state_name}, queue {anki.queue}")
            memory = anki.memory_state
            if progress.get("scheduler") == "fsrs" and "stability" in progress:
                check(memory is not None, f"{where}: no FSRS memory in Anki")
                if memory is not None:
                    memories += 1
                    check(abs(memory.stability - progress["stability"]) <= 1e-4 + 1e-6 * progress["stability"],
                          f"{where}: stability {memory.stability}, recall {progress['stability']}")
                    check(abs(memory.difficulty - progress["difficulty"]) <= 1e-3 + 1e-6,
                          f"{where}: difficulty {memory.difficulty}, recall {progress['difficulty']}")
            # The revlog, one row for each answer, in order.
            answers = reviews.get(card["id"], [])
            revlog = col.db.all("select id, ease, type, time, ivl, lastIvl, factor from revlog where cid = ? order by id",
                                anki.id)
            check(len(revlog) == len(answers), f"{where}: {len(revlog)} revlog rows, recall {len(answers)} answers")
            for answer, row in zip(answers, revlog):
                rows += 1
                millis = int(dt.datetime.fromisoformat(answer["time"]).timestamp() * 1000)
                check(row[0] == millis, f"{where}: revlog id {row[0]}, answer at {millis}")
                check(row[1] == answer["rating"], f"{where}: ease {row[1]}, rating {answer['rating']}")
                check(row[3] == answer.get("duration", 0), f"{where}: time {row[3]}, duration {answer.get('duration')}")
                if answer.get("cram"):
                    check(row[2] == 3 and row[6] == 0, f"{where}: cram answer as type {row[2]} factor {row[6]}")
            graded = [r for r, a in zip(revlog, answers) if not a.get("cram")]
            if graded and state_name == "review":
                check(graded[-1][4] == anki.ivl, f"{where}: last revlog ivl {graded[-1][4]}, card ivl {anki.ivl}")
            for before, after in zip(graded, graded[1:]):
                check(after[5] == before[4], f"{where}: lastIvl {after[5]} is not the previous ivl {before[4]}")
    check(suspended == 2 and buried == 1 and intraday >= 1,
          f"{suspended} suspended, {buried} buried, {intraday} intraday learning cards: the history lacks a case")
    total_answers = sum(len(v) for v in reviews.values())
    check(col.db.scalar("select count() from revlog") == total_answers,
          f"revlog has {col.db.scalar('select count() from revlog')} rows, recall {total_answers} answers")

    # Again: nothing added.
    counts = (col.note_count(), col.card_count(), col.db.scalar("select count() from revlog"))
    again = col.import_anki_package(request).log
    check(len(again.new) == 0, f"the second import added {len(again.new)} notes")
    after = (col.note_count(), col.card_count(), col.db.scalar("select count() from revlog"))
    check(after == counts, f"the second import changed the counts {counts} to {after}")

    # FSRS continues from the imported memory.
    col.set_config("fsrs", True)
    review_ids = col.find_cards("prop:s>0 is:review -is:suspended -is:buried")
    check(review_ids, "no imported review card with a memory")
    if review_ids:
        card = col.get_card(review_ids[0])
        imported = card.memory_state
        states = col._backend.get_scheduling_states(card.id)
        current = states.current.normal.review.memory_state
        check(abs(current.stability - imported.stability) < 1e-3 and abs(current.difficulty - imported.difficulty) < 1e-3,
              f"Anki's current memory {current} is not the imported {imported}")
        planned = states.good.normal.review.memory_state
        card.start_timer()
        col.sched.answerCard(card, 3)
        card.load()
        check(abs(card.memory_state.stability - planned.stability) < 1e-3,
              f"answered Good: stability {card.memory_state.stability}, planned from the import {planned.stability}")
        check(card.memory_state.stability > imported.stability,
              f"answered Good: stability {card.memory_state.stability} not above the imported {imported.stability}")
    col.close()

    # --no-progress: new cards, no revlog.
    bare = os.path.join(work, "bare.apkg")
    recall("export", "--format", "apkg", "--no-progress", "-o", bare, "--decks", DECKS, "--data-dir", data)
    os.makedirs(os.path.join(work, "anki2"))
    col = Collection(os.path.join(work, "anki2", "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=bare, options=ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True)))
    check(col.db.scalar("select count() from cards where type != 0 or queue != 0") == 0, "--no-progress: a card not new")
    check(col.db.scalar("select count() from revlog") == 0, "--no-progress: revlog rows")
    check(col.card_count() == checked_cards, f"--no-progress: {col.card_count()} cards, expected {checked_cards}")
    col.close()
    finish("anki-package-export", f"{len(notes)} notes, {checked_cards} cards, {memories} FSRS memories, "
                                  f"{rows} revlog rows checked in Anki; imported twice, nothing doubled; FSRS went on from the memory")


if __name__ == "__main__":
    main()
