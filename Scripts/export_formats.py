"""Checks recall's exports of the bundled decks with readers that are not recall's (issue 8).

- csv: Python's csv module reads every row (RFC 4180 quoting, CRLF), with the 16 columns and
  one row per card, and the text equals what `recall export --format json` says.
- txt: no line is wider than 80 columns, counting East Asian Wide and Fullwidth characters as
  two by Python's own Unicode tables (unicodedata.east_asian_width), not recall's; in English
  and in Korean (`--lang ko`, whose labels are wider).
- md: `recall check` reads the exported decks with the same card ids as the bundled decks.

Usage: python3 Scripts/export_formats.py RECALL_BINARY REPO
"""

import csv
import io
import json
import sys
import tempfile
import unicodedata

from check_support import check, finish
from check_support import recall as run_recall

RECALL, REPO = sys.argv[1], sys.argv[2]


def recall(*args):
    return run_recall(RECALL, REPO, *args).stdout


def columns(line):
    width = 0
    for char in line:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def main():
    document = json.loads(recall("export", "--decks", "Decks", "--format", "json"))
    cards = {card["id"]: (note, card) for deck in document["decks"] for note in deck["notes"] for card in note["cards"]}

    text = recall("export", "--decks", "Decks", "--format", "csv")
    check(text.endswith("\r\n"), "csv rows end with CRLF")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    check(len(rows) == len(cards), f"{len(rows)} csv rows for {len(cards)} cards")
    check(list(rows[0].keys()) == ["id", "deck", "type", "question", "answer", "options", "tags", "source", "state",
                                   "due", "stability", "difficulty", "reps", "lapses", "explanation", "accept"],
          f"csv columns: {list(rows[0].keys())}")
    for row in rows:
        note, card = cards.get(row["id"], (None, None))
        if note is None:
            check(False, f"csv row for an unknown card {row['id']}")
            continue
        check(row["type"] == note["kind"] and row["tags"] == " ".join(note["tags"]), f"{row['id']}: type or tags")
        check(row["explanation"] == (note.get("explanation") or ""), f"{row['id']}: explanation")
        if note["kind"] in ("basic", "typein") or card["variant"] == "forward" and note["kind"] == "reversible":
            check(row["question"] == note["prompt"], f"{row['id']}: question")
        if note["kind"] in ("basic", "reversible") and card["variant"] == "forward":
            check(row["answer"] == note["body"], f"{row['id']}: answer")
        check(row["state"] == "new" and row["due"] == "", f"{row['id']}: no data folder, so a new card")

    for language, label in (("en", "   Answer: "), ("ko", "   정답: ")):
        sheet = recall("export", "--decks", "Decks", "--format", "txt", "--lang", language)
        lines = sheet.split("\n")
        wide = [line for line in lines if columns(line) > 80]
        check(not wide, f"{len(wide)} {language} txt lines wider than 80 columns, e.g. {wide[:2]}")
        check(len(lines) > 4000 and all("\t" not in line for line in lines), f"{language} txt has every note and no tabs")
        check(label in sheet, f"the {language} txt labels its answers '{label.strip()}'")
        for card_id in ("vpc-scope-region-subnet-az/c1", "start-ec2-eip-quota"):
            note = cards[card_id][0]
            check(note["prompt"] in sheet, f"{language} txt has the question of {note['id']}")

    folder = tempfile.mkdtemp(prefix="recall-md-") + "/"
    recall("export", "--decks", "Decks", "--format", "md", "-o", folder)
    summary = recall("check", folder)
    check(summary.startswith(f"17 decks, {len(cards)} cards from "), f"md check: {summary.strip()}")
    again = json.loads(recall("export", "--decks", folder, "--format", "json"))
    ids = [card["id"] for deck in again["decks"] for note in deck["notes"] for card in note["cards"]]
    check(sorted(ids) == sorted(cards), "md export keeps every card id")

    finish("export-formats", f"csv ({len(rows)} rows), txt in English and Korean (none over 80 columns), md ({len(ids)} ids): ok")


main()
