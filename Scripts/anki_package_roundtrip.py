"""Anki → recall → Anki with the real Anki library (issue 21): nothing lost or doubled.

Run by Scripts/checks.d/anki-package (inside .venv-anki, with `anki==26.9.3`) with the arguments
RECALL_BINARY REPO.

A collection made in Anki (Scripts/anki_sample_collection.py: every note type recall maps, one it
does not, Korean text, answers over five simulated days, a suspended card) is exported by Anki in
the current format and imported by `recall import --with-progress`; recall exports it back with
`recall export --format apkg`, and that package is imported by Anki's own importer:

- into the collection it came from: no note, card or revlog row is added (every note is matched
  by its guid, every revlog row by its id), so nothing is doubled;
- into a fresh collection: every note recall could take (all but the three-template one) arrives
  with its guid, every one of their cards, and every revlog row of those cards with the same id,
  rating and time taken; the suspended card is suspended; so nothing is lost.
"""

import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from anki_sample_collection import build, export
from check_support import check, finish
from check_support import recall as run_recall

RECALL, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def recall(cwd, *args, expect=0):
    return run_recall(RECALL, cwd, *args, expect=expect)


def rows(path):
    col = Collection(path)
    notes = {guid: (note_id, mid) for note_id, guid, mid in col.db.all("select id, guid, mid from notes")}
    cards = [tuple(row) for row in col.db.all("select n.guid, c.ord, c.queue from cards c join notes n on c.nid = n.id")]
    revlog = [tuple(row) for row in col.db.all("select r.id, n.guid, c.ord, r.ease, r.time from revlog r "
                        "join cards c on r.cid = c.id join notes n on c.nid = n.id")]
    col.close()
    return notes, sorted(cards), sorted(revlog)


def import_into(path, package):
    col = Collection(path)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True)))
    col.close()


def main():
    root = tempfile.mkdtemp(prefix="recall-apkg-roundtrip-")
    original, roles = build(root)
    package = os.path.join(root, "from-anki.apkg")
    export(original, package, legacy=False)
    work = os.path.join(root, "recall")
    os.mkdir(work)
    recall(work, "import", package, "-o", "Decks/", "--with-progress", "--data-dir", "data", expect=65)
    back = os.path.join(root, "from-recall.apkg")
    recall(work, "export", "--decks", "Decks", "--data-dir", "data", "--format", "apkg", "-o", back)

    notes, cards, revlog = rows(original)
    skipped = [guid for guid, (note_id, _) in notes.items() if note_id == roles["three_cards"]]
    kept = set(notes) - set(skipped)

    import_into(original, back)
    notes_after, cards_after, revlog_after = rows(original)
    check(set(notes_after) == set(notes), f"the first collection: notes {len(notes)} → {len(notes_after)}")
    check(len(cards_after) == len(cards), f"the first collection: cards {len(cards)} → {len(cards_after)}")
    check(len(revlog_after) == len(revlog), f"the first collection: revlog rows {len(revlog)} → {len(revlog_after)}")

    fresh = os.path.join(root, "fresh.anki2")
    Collection(fresh).close()
    import_into(fresh, back)
    notes_fresh, cards_fresh, revlog_fresh = rows(fresh)
    check(set(notes_fresh) == kept, f"a fresh collection: {len(notes_fresh)} notes, expected {len(kept)}: "
          f"missing {kept - set(notes_fresh)}, extra {set(notes_fresh) - kept}")
    expected_cards = [(guid, ord) for guid, ord, _ in cards if guid in kept]
    check(sorted((guid, ord) for guid, ord, _ in cards_fresh) == sorted(expected_cards),
          f"a fresh collection: cards {len(cards_fresh)}, expected {len(expected_cards)}")
    suspended = {(guid, ord) for guid, ord, queue in cards if queue == -1 and guid in kept}
    check({(guid, ord) for guid, ord, queue in cards_fresh if queue == -1} == suspended,
          f"a fresh collection: the suspended cards are {suspended}")
    # Manual rows (ease 0: a reset, a set due date) are not answers, and recall leaves them out.
    expected_revlog = sorted(row for row in revlog if row[1] in kept and row[3] > 0)
    check(revlog_fresh == expected_revlog,
          f"a fresh collection: {len(revlog_fresh)} revlog rows, expected {len(expected_revlog)} (id, note, card, rating, time): "
          f"missing {sorted(set(expected_revlog) - set(revlog_fresh))[:3]}, extra {sorted(set(revlog_fresh) - set(expected_revlog))[:3]}")
    shutil.rmtree(root, ignore_errors=True)
    finish("anki-package-roundtrip", f"Anki → recall → Anki: {len(kept)} notes, {len(expected_cards)} cards, "
           f"{len(expected_revlog)} revlog rows, none lost; imported again into the first collection, none doubled")


if __name__ == "__main__":
    main()
