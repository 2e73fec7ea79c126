"""`recall import FILE.apkg --with-progress` against the real Anki library (issue 21).

Run by Scripts/checks.d/anki-package (inside .venv-anki, with `anki==26.9.3`) with the arguments
RECALL_BINARY REPO.

1. A collection made in Anki (Scripts/anki_sample_collection.py: every stock note type recall
   maps, a custom note type of three templates, Korean text, nested decks, tags, answers through
   Anki's scheduler over five simulated days, a suspended card) is exported by Anki's own
   exporter in the current format and the legacy one.
2. Each package goes through `recall import -o Decks/ --with-progress` into a fresh folder: the
   three-template note is reported by its id (exit 65); every other note comes back with its
   text, kind, deck and tags; every Anki card is a recall card; every revlog row of those cards is
   one review line (time, rating, duration, card, revlog id); the suspended card is suspended.
   A second import of the same package adds no line.
3. Bad packages (not a zip, a zip without a collection, a truncated database, an unknown package
   version, a zip bomb) are refused with exit 65 and a message naming the file, and nothing is
   written: no deck file, no data folder.
"""

import glob
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from anki.collection import Collection

from anki_sample_collection import build, export
from check_support import check, finish
from check_support import recall as run_recall

RECALL, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def recall(cwd, *args, expect=0):
    return run_recall(RECALL, cwd, *args, expect=expect)


def recall_id(guid):
    """DeckImport's id for an Anki guid: the guid when it is a valid recall id (letters, digits,
    `.`, `_`, `-`, not first), else `anki-` and its FNV-1a 64 hash, 10 hex digits."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", guid):
        return guid
    value = 0xCBF29CE484222325
    for byte in guid.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "anki-" + format(value, "016x")[:10]


def log_lines(data):
    lines = []
    for path in sorted(glob.glob(os.path.join(data, "log", "*.jsonl"))):
        with open(path, encoding="utf-8") as file:
            for line in file.read().splitlines()[1:]:
                lines.append(json.loads(line))
    return lines


EXPECTED_KINDS = {"basic": "basic", "reversed": "reversible", "optional_filled": "reversible",
                  "optional_empty": "basic", "typein": "typein", "cloze": "cloze", "media": "basic"}


def check_import(work, package, facts):
    name = os.path.basename(package)
    result = recall(work, "import", package, "-o", "Decks/", "--with-progress", "--data-dir", "data", expect=65)
    roles, notes, cards, revlog = facts["roles"], facts["notes"], facts["cards"], facts["revlog"]
    check(str(roles["three_cards"]) in result.stderr, f"{name}: the three-template note {roles['three_cards']} is reported: {result.stderr}")
    recall(work, "check", "Decks")
    exported = json.loads(recall(work, "export", "--decks", "Decks", "--format", "json").stdout)
    by_id = {note["id"]: dict(note, deck=deck["name"]) for deck in exported["decks"] for note in deck["notes"]}
    check(len(by_id) == len(notes) - 1, f"{name}: {len(by_id)} notes imported of {len(notes) - 1}")
    decks = {deck_id: deck_name for deck_id, deck_name in facts["deck_ids"].items()}
    card_ids = {}
    for role, kind in EXPECTED_KINDS.items():
        anki = notes[roles[role]]
        note = by_id.get(recall_id(anki["guid"]))
        if not check(note is not None, f"{name}: note {role} imported") and note is None:
            continue
        check(note["kind"] == kind, f"{name}: {role} is {note['kind']}, expected {kind}")
        front = anki["fields"][0].replace("<b>", "").replace("</b>", "")
        if kind == "cloze":
            check(note["prompt"] == front, f"{name}: cloze text {note['prompt']!r} = {front!r}")
        else:
            check(note["prompt"] == front, f"{name}: {role} question {note['prompt']!r} = {front!r}")
        check(sorted(note["tags"]) == sorted(anki["tags"]), f"{name}: {role} tags {note['tags']} = {anki['tags']}")
        home = decks[str(min(cards_of(cards, anki["id"]), key=lambda c: c["ord"])["did"])]
        check(note["deck"] == home, f"{name}: {role} deck {note['deck']} = {home}")
        recall_cards = {card["id"] for card in note["cards"]}
        for card in cards_of(cards, anki["id"]):
            suffix = "" if card["ord"] == 0 and kind != "cloze" else "/reverse" if kind != "cloze" else f"/c{card['ord'] + 1}"
            expected = note["id"] + suffix
            check(expected in recall_cards, f"{name}: Anki card {card['id']} is recall card {expected}: {recall_cards}")
            card_ids[card["id"]] = expected
        back = anki["fields"][1].replace("<b>", "**").replace("</b>", "**")
        back = re.sub(r'<img src="([^"]+)">', r"![](\1)", back)
        if kind == "typein":
            check(note.get("answer") == back, f"{name}: type-in answer {note.get('answer')!r} = {back!r}")
        elif kind == "cloze":
            check(note.get("explanation") == back, f"{name}: cloze extra {note.get('explanation')!r} = {back!r}")
        else:
            check(note["body"] == back, f"{name}: {role} answer {note['body']!r} = {back!r}")
    lines = log_lines(os.path.join(work, "data"))
    reviews = [line for line in lines if line["type"] == "review"]
    expected_rows = [row for row in revlog if row["cid"] in card_ids]
    check(len(reviews) == len(expected_rows), f"{name}: {len(reviews)} review lines for {len(expected_rows)} revlog rows")
    by_revlog = {line.get("anki"): line for line in reviews}
    for row in expected_rows:
        line = by_revlog.get(row["id"])
        if line is None:
            check(False, f"{name}: revlog row {row['id']} imported")
            continue
        check(line["card"] == card_ids[row["cid"]], f"{name}: row {row['id']} card {line['card']}")
        check(line["rating"] == row["ease"], f"{name}: row {row['id']} rating {line['rating']} = {row['ease']}")
        check(line.get("duration") == row["time"], f"{name}: row {row['id']} duration {line.get('duration')} = {row['time']}")
        millis = iso_millis(line["time"])
        check(millis == row["id"], f"{name}: row {row['id']} time {line['time']} ({millis})")
    suspended = {card_ids[card["id"]] for card in cards if card["queue"] == -1 and card["id"] in card_ids}
    suspensions = {line["card"] for line in lines if line["type"] == "suspend"}
    check(suspended and suspensions == suspended, f"{name}: suspended {suspensions} = {suspended}")
    before = len(lines)
    again = recall(work, "import", package, "-o", "Decks/", "--force", "--with-progress", "--data-dir", "data", expect=65)
    check(len(log_lines(os.path.join(work, "data"))) == before, f"{name}: a second import adds nothing: {again.stderr}")
    return len(reviews)


def iso_millis(text):
    from datetime import datetime
    return round(datetime.fromisoformat(text).timestamp() * 1000)


def cards_of(cards, note_id):
    return [card for card in cards if card["nid"] == note_id]


def facts_of(path):
    col = Collection(path)
    notes = {}
    for note_id, guid, tags, fields in col.db.all("select id, guid, tags, flds from notes"):
        notes[note_id] = {"id": note_id, "guid": guid, "tags": tags.split(), "fields": fields.split("\x1f")}
    cards = [dict(zip(["id", "nid", "did", "ord", "queue"], row)) for row in col.db.all("select id, nid, did, ord, queue from cards")]
    revlog = [dict(zip(["id", "cid", "ease", "time", "type"], row)) for row in col.db.all("select id, cid, ease, time, type from revlog")]
    deck_ids = {str(deck.id): deck.name for deck in col.decks.all_names_and_ids()}
    col.close()
    return {"notes": notes, "cards": cards, "revlog": revlog, "deck_ids": deck_ids}


def refused(root, name, make):
    work = tempfile.mkdtemp(dir=root)
    package = os.path.join(work, name)
    make(package)
    result = recall(work, "import", package, "-o", "Decks/", "--with-progress", "--data-dir", "data", expect=65)
    check(package in result.stderr, f"{name}: the message names the file: {result.stderr}")
    left = sorted(os.listdir(work))
    check(left == [name], f"{name}: nothing written: {left}")


def main():
    root = tempfile.mkdtemp(prefix="recall-apkg-import-")
    path, roles = build(root)
    facts = facts_of(path)
    facts["roles"] = roles
    packages = {"current": os.path.join(root, "sample.apkg"), "legacy": os.path.join(root, "sample-legacy.apkg")}
    export(path, packages["current"], legacy=False)
    export(path, packages["legacy"], legacy=True)
    counts = {}
    for kind, package in packages.items():
        work = tempfile.mkdtemp(dir=root)
        counts[kind] = check_import(work, package, facts)

    def not_a_zip(package):
        with open(package, "w", encoding="utf-8") as file:
            file.write("앞면\t뒷면\n")

    def no_collection(package):
        with zipfile.ZipFile(package, "w") as archive:
            archive.writestr("media", "{}")

    def truncated(package):
        with zipfile.ZipFile(packages["legacy"]) as source:
            data = source.read("collection.anki21")
        with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("collection.anki21", data[: len(data) // 2])
            archive.writestr("media", "{}")

    def unknown_version(package):
        with zipfile.ZipFile(packages["current"]) as source, zipfile.ZipFile(package, "w") as archive:
            for item in source.namelist():
                archive.writestr(item, b"\x08\x07" if item == "meta" else source.read(item))

    def bomb(package):
        # 1.1 GiB of zeros, past the 1 GiB limit of an entry, deflated to about a megabyte.
        chunk = bytes(1 << 24)
        with zipfile.ZipFile(package, "w") as archive:
            info = zipfile.ZipInfo("collection.anki21")
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as entry:
                for _ in range(70):
                    entry.write(chunk)

    for name, make in [("not-a-zip.apkg", not_a_zip), ("no-collection.apkg", no_collection),
                       ("truncated.apkg", truncated), ("version-7.apkg", unknown_version), ("bomb.apkg", bomb)]:
        refused(root, name, make)
    shutil.rmtree(root, ignore_errors=True)
    finish("anki-package-import", f"{len(facts['notes'])} notes, the current package ({counts['current']} reviews) "
           f"and the legacy one ({counts['legacy']} reviews) imported with their history, 5 bad packages refused")


if __name__ == "__main__":
    main()
