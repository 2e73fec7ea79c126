"""Anki packages at scale (issue 21, Performance): recall's `export --format apkg` and
`import FILE.apkg --with-progress` beside Anki's own package export and import, on the
100,000-card / 1,000,000-review collection of Scripts/gen-collection. Run by Scripts/bench-apkg
with the anki venv's Python (anki==26.9.3).

    bench_apkg.py run --work DIR (--recall BIN | --anki-only) [--cards N] [--reviews M] [--repeat N]
    bench_apkg.py step NAME ARGS...   # one timed step, run by `run` as a child process

`run` times every step as its own process: wall seconds (the median of --repeat runs, the steps
alternating) and peak RSS (the child's own `ru_maxrss`, from `os.wait4`, so no step's peak hides
another's). An Anki step's figure is the whole process, as recall's is (Python's start-up and
`import anki` included); the time of the library call alone is given beside it.

With --recall BIN (the full benchmark):
  a. Scripts/gen-collection makes the collection (decks and log);
  b. recall export: `recall export --format apkg -o big.apkg` of it, with progress;
  c. Anki imports big.apkg into a fresh collection with its own importer, with scheduling;
  d. Anki exports that collection as a package, with scheduling: current format and legacy;
  e. recall import of each of Anki's packages into a fresh data folder, with progress;
  and Anki imports its own packages too, so both importers are timed on the same files.
With --anki-only (before the recall commands exist): the Anki collection is built from the
generated decks and log directly by the anki library (`step build`: the same notes, decks and
reviews, a stand-in card state per card), checked by Anki's own database check, then d, and
Anki's import of both of its packages. The recall rows say "to be measured".

Every package's notes, cards, revlog rows and suspended cards are counted (a package by the
collection Anki imports it into, recall's import by `recall check` and its log) and must agree
with the generated collection's. Prints Markdown tables for docs/performance.md.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in Scripts/ from importing anki_bench
sys.path.insert(0, SCRIPTS)
DAY = 86400
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


# The steps, each run in a child process; each prints one JSON object on its last stdout line.

def step_build(gen_out, path):
    """An Anki collection with the generated collection's notes, decks and reviews, made by the anki library."""
    from anki.collection import Collection
    from anki_bench import add_basic_notes, read_cards

    cards = read_cards(os.path.join(gen_out, "decks"))
    reviews, suspended = read_log(os.path.join(gen_out, "data", "log", "gencollection.jsonl"))
    started = time.perf_counter()
    col = Collection(path)
    col.set_config("fsrs", True)
    _, cid_of = add_basic_notes(col, cards)
    # The collection begins where the history does, at the day's rollover (4:00 local = UTC here),
    # so every due day is a day number after it, as in a collection used for that year.
    first = reviews[0][0] // 1_000_000
    crt = first - first % DAY + 4 * 3600 - (DAY if first % DAY < 4 * 3600 else 0)
    col.crt = crt
    sm2 = {deck for deck, _, _, _ in cards if deck.endswith(("09", "19"))}  # gen-collection's SM-2 decks
    deck_of = {card_id: deck for deck, card_id, _, _ in cards}
    updates, revlog = card_states(reviews, suspended, cid_of, lambda card: deck_of[card] in sm2, crt)
    col.close()
    # The states and the revlog straight into the SQLite file, in one transaction: Anki's
    # `db.executemany` costs about 0.2 ms a row through its backend; sqlite3 writes 1,000,000
    # rows in seconds. Anki's database check below says the result is a valid collection.
    db = sqlite3.connect(path)
    with db:
        db.executemany("update cards set type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=?, data=?, "
                       "mod=?, usn=-1 where id=?", updates)
        db.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                       "values (?, ?, -1, ?, ?, ?, ?, ?, ?)", revlog)
    db.close()
    built = time.perf_counter() - started
    col = Collection(path)
    problems, ok = col.fix_integrity()
    counts = count(col)
    col.close()
    return {"seconds": built, "counts": counts, "integrity_ok": ok, "integrity": problems}


def read_log(path):
    """the generated collection's reviews as (time µs, card, rating, duration ms), undone ones left out, and the
    suspended cards."""
    reviews = {}  # seq -> review
    suspended = set()
    with open(path, encoding="utf-8") as f:
        next(f)  # the header
        for line in f:
            entry = json.loads(line)
            kind = entry["type"]
            if kind == "review":
                reviews[entry["seq"]] = (micros(entry["time"]), entry["card"], entry["rating"], entry["duration"])
            elif kind == "undo":
                reviews.pop(int(entry["undoes"].rsplit(":", 1)[1]), None)
            elif kind == "suspend":
                suspended.add(entry["card"])
    return sorted(reviews.values()), suspended


def micros(iso):
    """An ISO time with its offset -> µs since the epoch, exactly."""
    return (datetime.datetime.fromisoformat(iso) - EPOCH) // datetime.timedelta(microseconds=1)


def card_states(reviews, suspended, cid_of, is_sm2, crt):
    """A stand-in Anki state for every reviewed card and its revlog rows: rows by time (unique
    ms ids), the first a learning row, one after an Again a relearning row; ivl the days to the
    card's next answer. Cards whose last answer was Again are relearning, the others in review
    with a memory state grown by their reps (FSRS decks) or an ease (SM-2 decks)."""
    by_card = {}
    last_id = 0
    for us, card, rating, duration in reviews:  # by time: each id the answer's ms, made unique
        last_id = max(us // 1000, last_id + 1)
        by_card.setdefault(card, []).append((last_id, rating, duration))
    revlog = []
    now = int(time.time())
    updates = []
    for card, answers in by_card.items():
        cid = cid_of[card]
        previous_ivl = 0
        lapses = 0
        for n, (rid, rating, duration) in enumerate(answers):
            following = answers[n + 1][0] if n + 1 < len(answers) else rid + DAY * 1000
            ivl = max(1, (following - rid) // (DAY * 1000))
            kind = 0 if n == 0 else (2 if answers[n - 1][1] == 1 else 1)
            if rating == 1 and n > 0:
                lapses += 1
            revlog.append((rid, cid, rating, ivl, previous_ivl, 2500, min(duration, 60000), kind))
            previous_ivl = ivl
        reps = len(answers)
        last = answers[-1][0] // 1000  # Anki's last review time: the last revlog id's second
        stability = min(36500.0, 2.5 * 1.6 ** min(reps, 20) / (1 + lapses))
        difficulty = min(10.0, 4.0 + 0.7 * lapses)
        ivl = max(1, min(365, round(stability)))
        if answers[-1][1] == 1:
            kind, queue, due = 3, 1, last + 600
        else:
            kind, queue, due = 2, 2, (last - crt) // DAY + ivl
        if card in suspended:
            queue = -1
        if is_sm2(card):
            data, factor = {"lrt": last}, 2500 - 200 * min(lapses, 6)
        else:
            data, factor = {"s": round(stability, 4), "d": round(difficulty, 3), "dr": 0.9, "decay": 0.154, "lrt": last}, 2500
        updates.append((kind, queue, due, ivl, factor, reps, lapses, json.dumps(data, separators=(",", ":")), now, cid))
    revlog.sort()
    return updates, revlog


def count(col):
    """What must survive each way: notes, cards, revlog rows, decks, and the cards' states."""
    scalar = col.db.scalar
    return {"notes": scalar("select count() from notes"), "cards": scalar("select count() from cards"),
            "revlog": scalar("select count() from revlog"),
            "decks": scalar("select count() from decks where name like 'Bench%'"),
            "review": scalar("select count() from cards where type = 2"),
            "suspended": scalar("select count() from cards where queue = -1"),
            "memory": scalar("select count() from cards where data like '%\"s\":%'")}


def step_export(path, package, legacy):
    from anki.collection import Collection, ExportAnkiPackageOptions
    col = Collection(path)
    started = time.perf_counter()
    col.export_anki_package(out_path=package, limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
    seconds = time.perf_counter() - started
    col.close()
    return {"seconds": seconds}


def step_import(package, path):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    col = Collection(path)
    started = time.perf_counter()
    col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True)))
    seconds = time.perf_counter() - started
    counts = count(col)
    col.close()
    return {"seconds": seconds, "counts": counts}


def step(args):
    name = args[0]
    if name == "build":
        result = step_build(args[1], args[2])
    elif name == "export":
        result = step_export(args[1], args[2], legacy=args[3] == "legacy")
    elif name == "import":
        result = step_import(args[1], args[2])
    else:
        raise SystemExit(f"unknown step {name}")
    print(json.dumps(result))


# The driver.

def timed(command):
    """Runs COMMAND to its end: (wall seconds, peak RSS in MiB, stdout). Exits on failure."""
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out_file, stderr=err_file)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage, not all children's
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if child.returncode != 0:
        sys.stderr.write(err.decode(errors="replace"))
        raise SystemExit(f"bench_apkg: {' '.join(command)} failed with exit status {child.returncode}")
    return wall, usage.ru_maxrss / 1024, out.decode()


def python_step(*args):
    wall, rss, out = timed([sys.executable, os.path.abspath(__file__), "step", *args])
    result = json.loads(out.strip().splitlines()[-1])
    result.update(wall=wall, rss=rss)
    return result


def fresh(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def require_commands(recall):
    """Fails clearly, before any timing, when BIN lacks the package export or import."""
    def knows(args, word):
        shown = subprocess.run([recall, *args], capture_output=True, text=True)
        return word in shown.stdout + shown.stderr
    missing = [c for c, ok in (("`recall export --format apkg`", knows(["export", "--help"], "apkg")),
                               ("`recall import --with-progress`", knows(["import", "--help"], "--with-progress"))) if not ok]
    if missing:
        raise SystemExit(f"bench_apkg: {recall} does not know {' or '.join(missing)} (issue 21); "
                         "build a release of the branch that has them, or run with --anki-only")


def source_counts(gen):
    """The generated collection's notes and cards (one Basic card each), the reviews its log
    keeps (undone ones left out) and its suspended cards: what every package must carry."""
    notes = sum(open(p, encoding="utf-8").read().count("<!-- id: ") for p in glob.glob(os.path.join(gen, "decks", "*.md")))
    reviews, suspended = read_log(os.path.join(gen, "data", "log", "gencollection.jsonl"))
    return {"notes": notes, "cards": notes, "revlog": len(reviews), "suspended": len(suspended)}


def recall_counts(recall, decks, data):
    """Cards and notes (by `recall check`) and reviews in recall's import; `marked`: the reviews
    that carry their Anki revlog id."""
    _, _, summary = timed([recall, "check", "--lang", "en", "--decks", decks])
    found = re.search(r"([\d,]+) cards from ([\d,]+) notes", summary)
    if not found:
        raise SystemExit(f"bench_apkg: cannot read `recall check`'s summary: {summary.strip()}")
    reviews = imported = 0
    for path in glob.glob(os.path.join(data, "log", "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if '"type":"review"' in line:
                    reviews += 1
                    imported += '"anki":' in line
    return {"notes": int(found[2].replace(",", "")), "cards": int(found[1].replace(",", "")), "revlog": reviews, "marked": imported}


def run(args):
    work = os.path.abspath(args.work)
    os.makedirs(work)  # new: Scripts/bench-apkg makes and removes the folder around it
    recall = None if args.anki_only else os.path.abspath(args.recall)
    if recall:
        require_commands(recall)
    facts = {}
    gen = os.path.join(work, "collection")
    wall, rss, _ = timed([os.path.join(SCRIPTS, "gen-collection"), "--cards", str(args.cards), "--reviews", str(args.reviews), "--out", gen])
    facts["generated"] = wall
    facts["source"] = source_counts(gen)
    decks, data = os.path.join(gen, "decks"), os.path.join(gen, "data")
    big = os.path.join(work, "big.apkg")                       # recall's package
    source = os.path.join(work, "source", "collection.anki2")  # Anki's collection of it
    packages = {"current": os.path.join(work, "anki.apkg"), "legacy": os.path.join(work, "anki-legacy.apkg")}  # Anki's
    times = {}

    def note(key, result):
        times.setdefault(key, []).append(result)
        return result

    def recall_export():
        wall, rss, _ = timed([recall, "export", "--decks", decks, "--data-dir", data, "--format", "apkg", "-o", fresh(big)])
        note("recall export", {"wall": wall, "rss": rss})

    def anki_import(key, package, folder):
        return note(key, python_step("import", package, fresh(os.path.join(work, folder, "collection.anki2"))))["counts"]

    if recall:
        recall_export()
        facts["big.apkg"] = anki_import("anki import recall", big, "source")
        facts["format"] = package_format(big)
    else:
        result = python_step("build", gen, fresh(source))
        if not result["integrity_ok"]:
            raise SystemExit(f"bench_apkg: Anki's database check changed the built collection: {result['integrity']}")
        facts["built"] = result["counts"]
        facts["build seconds"] = result["wall"]
    for n in range(args.repeat):  # the steps alternate
        if recall and n > 0:
            recall_export()
            anki_import("anki import recall", big, "target-recall")
        for kind, package in packages.items():
            note(f"anki export {kind}", python_step("export", source, fresh(package), kind))
            facts[os.path.basename(package)] = anki_import(f"anki import {kind}", package, f"target-{kind}")
            if recall:
                out, into = fresh(os.path.join(work, "imported", "decks")), fresh(os.path.join(work, "imported", "data"))
                wall, rss, _ = timed([recall, "import", package, "-o", out + "/", "--with-progress", "--data-dir", into])
                note(f"recall import {kind}", {"wall": wall, "rss": rss})
                facts[f"recall import {kind}"] = recall_counts(recall, out, into)
    facts["sizes"] = {name: os.path.getsize(os.path.join(work, name)) for name in ("big.apkg", "anki.apkg", "anki-legacy.apkg")
                      if os.path.exists(os.path.join(work, name))}
    report(args, times, facts, recall)


def package_format(path):
    """Which collection a package holds (meta.rs): anki21b is the current format (schema 18,
    zstd), anki21 legacy 2 and anki2 alone legacy 1 (schema 11)."""
    names = set(zipfile.ZipFile(path).namelist())
    for entry, kind in (("collection.anki21b", "current"), ("collection.anki21", "legacy")):
        if entry in names:
            return kind
    return "legacy"


def summary(results):
    """(median wall s, median in-call s or None, max peak MiB), or None when not measured."""
    if not results:
        return None
    calls = [r["seconds"] for r in results if "seconds" in r]
    return (statistics.median(r["wall"] for r in results), statistics.median(calls) if calls else None,
            max(r["rss"] for r in results))


def cell(results):
    s = summary(results)
    if s is None:
        return "to be measured"
    wall, call, rss = s
    inside = f" (call {call:.2f} s)" if call is not None else ""
    return f"{wall:.2f} s{inside}, {rss:.0f} MiB"


def ratio(recall_results, anki_results):
    r, a = summary(recall_results), summary(anki_results)
    return "to be measured" if r is None or a is None else f"{r[0] / a[0]:.2f}"


def report(args, times, facts, recall):
    counts = {k: v for k, v in facts.items() if isinstance(v, dict) and k != "sizes"}
    reference = counts["source"]
    disagree = [k for k, v in counts.items()
                if any(f in v and v[f] != reference[f] for f in ("notes", "cards", "revlog", "suspended"))]
    disagree += [f"{k} (reviews not marked as imported from Anki)" for k, v in counts.items()
                 if "marked" in v and v["marked"] != v["revlog"]]
    load = open("/proc/loadavg").read().split()[:3]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    import importlib.metadata
    mode = f"--recall {args.recall}" if recall else "--anki-only"
    print(f"### {time.strftime('%Y-%m-%d', time.gmtime())}: packages of {reference['cards']:,} cards "
          f"and {reference['revlog']:,} revlog rows, recall beside Anki\n")
    print(f"`Scripts/bench-apkg {mode} --cards {args.cards} --reviews {args.reviews} --repeat {args.repeat}`; "
          f"{os.cpu_count()} CPUs ({cpu}), load average {' '.join(load)}, {platform.system()} {platform.release()}, "
          f"anki {importlib.metadata.version('anki')}. Whole processes, median wall time of {args.repeat} "
          f"(the steps alternating) and the largest peak RSS; an Anki figure includes Python's start-up and "
          f"`import anki`, the library call alone in parentheses. "
          f"`Scripts/gen-collection --cards {args.cards} --reviews {args.reviews}` took {facts['generated']:.0f} s.\n")
    if "build seconds" in facts:
        print(f"The Anki collection was built by the anki library from the generated decks and log "
              f"({facts['build seconds']:.0f} s; Anki's database check found nothing to fix).\n")
    if recall:
        print(f"recall's `big.apkg` is in the {facts['format']} format.\n")
    print("| step | recall | Anki | ratio recall / Anki |")
    print("| --- | --- | --- | --- |")
    for label, ours, theirs in (
            ("export with progress, legacy format (schema 11)", "recall export", "anki export legacy"),
            ("export with progress, current format (schema 18, zstd)", "recall export", "anki export current"),
            ("import with progress of Anki's current package `anki.apkg`", "recall import current", "anki import current"),
            ("import with progress of Anki's legacy package `anki-legacy.apkg`", "recall import legacy", "anki import legacy"),
            ("Anki's import of recall's `big.apkg`", None, "anki import recall")):
        if ours == "recall export" and recall and not theirs.endswith(facts["format"]):
            ours = None  # recall wrote the other format
        print(f"| {label} | {cell(times.get(ours)) if ours else ''} | {cell(times.get(theirs))} | "
              f"{ratio(times.get(ours), times.get(theirs)) if ours else ''} |")
    print()
    print("| package or collection | size | notes | cards | revlog rows | decks | review cards | suspended | FSRS memory |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = {"source": "recall's collection (`Scripts/gen-collection`)", "built": "Anki's collection (built by the library)",
             "big.apkg": "recall's `big.apkg`, as Anki imports it",
             "anki.apkg": "Anki's `anki.apkg`, as Anki imports it", "anki-legacy.apkg": "Anki's `anki-legacy.apkg`, as Anki imports it",
             "recall import current": "recall's import of `anki.apkg`", "recall import legacy": "recall's import of `anki-legacy.apkg`"}
    for key, c in counts.items():
        size = facts["sizes"].get(key)
        size = f"{size / 2**20:.1f} MiB" if size else ""
        print(f"| {names[key]} | {size} | " + " | ".join(f"{c[f]:,}" if f in c else "" for f in
                                                    ("notes", "cards", "revlog", "decks", "review", "suspended", "memory")) + " |")
    if not recall:
        print("| recall's `big.apkg`, and recall's imports | | to be measured | | | | | | |")
    print()
    if disagree:
        print(f"**The counts disagree: {', '.join(disagree)}.**")
        raise SystemExit(1)
    print("Notes, cards, revlog rows and suspended cards agree on every side.")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "step":
        step(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["run"])
    parser.add_argument("--work", required=True, help="a folder that does not exist yet")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--recall", help="a release build of recall with the package commands")
    who.add_argument("--anki-only", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cards", type=int, default=100000)
    parser.add_argument("--reviews", type=int, default=1000000)
    run(parser.parse_args())


if __name__ == "__main__":
    main()
