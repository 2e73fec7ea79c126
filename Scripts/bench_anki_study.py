"""The study-screen steps of Scripts/bench-tui, done by the real Anki library (anki on PyPI), for
the side-by-side figures in docs/performance.md. Run by Scripts/bench-anki-study.

    python bench_anki_study.py build EXPORT.txt COLLECTION.anki2 --reviews N
    python bench_anki_study.py measure COLLECTION.anki2

`build` imports recall's Anki export of the generated decks with Anki's own importer, then gives
80% of the cards a review state (due dates spread over the 300 days around today, so some are
due) and N rows of review history, with plain SQL, as a stand-in for the same history.
`measure` times, inside one Python process (its start-up is not counted): opening the
collection and computing the deck tree (the home screen), selecting the first deck and getting
its first card with the question rendered (Enter to the first card), and answering Good then
getting and rendering the next card, ten times (answer to next card).
"""
import random
import statistics
import sys
import time

from anki.collection import Collection, ImportCsvRequest
from anki.scheduler.v3 import CardAnswer


def build(export_path, path, reviews):
    col = Collection(path)
    metadata = col.get_csv_metadata(path=export_path, delimiter=None)
    col.import_csv(ImportCsvRequest(path=export_path, metadata=metadata))
    rng = random.Random(4)
    today = col.sched.today
    cids = list(col.db.list("select id from cards order by id"))
    rows = []
    for cid in cids:
        if rng.random() < 0.8:
            ivl = rng.randint(1, 200)
            rows.append((ivl, today + rng.randint(-20, 280), rng.randint(1300, 3000), rng.randint(1, 20), cid))
    col.db.executemany("update cards set type=2, queue=2, ivl=?, due=?, factor=?, reps=? where id=?", rows)
    base = int(time.time() * 1000) - 365 * 86400 * 1000
    revlog = []
    for n in range(reviews):
        cid = cids[rng.randrange(len(cids))]
        revlog.append((base + n * 31, cid, -1, rng.randint(1, 4), rng.randint(1, 100), 0, 2500, rng.randint(1000, 20000), 1))
    col.db.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)", revlog)
    col.close()


def ms(start):
    return (time.perf_counter() - start) * 1000


def measure(path):
    start = time.perf_counter()
    col = Collection(path)
    tree = col.sched.deck_due_tree()
    launch = ms(start)
    deck = next(child for child in tree.children if child.review_count + child.new_count > 0)
    start = time.perf_counter()
    col.decks.select(deck.deck_id)
    queued = col.sched.get_queued_cards(fetch_limit=1)
    card = col.get_card(queued.cards[0].card.id)
    card.question()
    first = ms(start)
    answers = []
    for _ in range(10):
        card.start_timer()
        states = col._backend.get_scheduling_states(card.id)
        start = time.perf_counter()
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))
        queued = col.sched.get_queued_cards(fetch_limit=1)
        card = col.get_card(queued.cards[0].card.id)
        card.question()
        answers.append(ms(start))
    col.close()
    print(f"Anki: open and deck tree (home screen) {launch:.1f} ms; select deck and first card {first:.1f} ms; "
          f"answer to next card median {statistics.median(answers):.2f} ms, max {max(answers):.2f} ms (10 answers)")


if __name__ == "__main__":
    if sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3], int(sys.argv[5]) if len(sys.argv) > 5 else 1000000)
    else:
        measure(sys.argv[2])
