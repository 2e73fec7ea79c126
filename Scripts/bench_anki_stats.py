"""Anki's own statistics on the collection of Scripts/bench-anki-study, for the side-by-side
figures of `recall stats` in docs/performance.md. Run by Scripts/bench-stats.

    python bench_anki_stats.py prepare COLLECTION.anki2
    python bench_anki_stats.py measure COLLECTION.anki2 DAYS

`prepare` turns FSRS on and gives every review card a memory state (stability, difficulty,
desired retention and decay in the card's data, as Anki stores them), so that Anki computes the
same FSRS graphs recall shows (stability, difficulty, retrievability, estimated knowledge).
`measure` prints, as one line of JSON, the milliseconds to open the collection and to build the
data of every graph of Anki's statistics page (the backend's `graphs` call that the page makes,
for the whole collection and DAYS days of review history, 0 meaning all), inside one Python
process whose start-up is not counted.
"""
import json
import random
import sys
import time

from anki.collection import Collection


def prepare(path):
    col = Collection(path)
    rng = random.Random(5)
    rows = [('{"s":%.2f,"d":%.2f,"dr":0.9,"decay":0.1542}' % (rng.uniform(0.5, 300), rng.uniform(1, 10)), cid)
            for cid in col.db.list("select id from cards where type = 2")]
    col.db.executemany("update cards set data = ? where id = ?", rows)
    col.set_config("fsrs", True)
    col.close()


def measure(path, days):
    start = time.perf_counter()
    col = Collection(path)
    opened = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    graphs = col._backend.graphs(search="", days=days)
    built = (time.perf_counter() - start) * 1000
    assert graphs.card_counts is not None
    col.close()
    print(json.dumps({"open_ms": round(opened, 1), "graphs_ms": round(built, 1), "days": days}))


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2])
    elif sys.argv[1] == "measure":
        measure(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit("usage: bench_anki_stats.py prepare|measure COLLECTION.anki2 [DAYS]")
