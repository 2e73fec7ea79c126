"""Interoperability check between recall and the real Anki library (issue 8).

Run by Scripts/checks.d/anki-interop inside .venv-anki, which has the pinned `anki` from PyPI.

1. `recall export --format anki` of every bundled deck is imported into a fresh collection with
   Anki's own `get_csv_metadata` + `import_csv`, exactly as Anki's File > Import does. Then: note
   and card counts, each note's notetype, guid, deck of every card, tags and fields (equal to the
   rows recall wrote), deck names, and a few notes checked by hand (Korean text, a cloze with a
   hint, multiple choice, type-in, a reversible note).
2. Anki's own "Notes in Plain Text" export of that collection (with guid, notetype, deck and tags
   columns, HTML) goes through `recall import`; `recall check` must pass, and every note must come
   back as it was in the decks: same ids, kinds, text, options, answers, explanations, tags,
   sources.
3. The same export without HTML and without its extra columns (what older Ankis wrote) goes
   through `recall import` too: every note is imported, and the cloze notes stay cloze notes.
"""

import csv
import json
import os
import re
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest

from check_support import check, finish
from check_support import recall as run_recall

RECALL, REPO = sys.argv[1], sys.argv[2]


def recall(*args):
    return run_recall(RECALL, REPO, *args)


def notes_of(export_json):
    """recall's notes by id from `recall export --format json`, without file places."""
    notes = {}
    for deck in export_json["decks"]:
        for note in deck["notes"]:
            # Anki keeps a note's tags sorted; their order means nothing.
            note = dict(note, deck=deck["name"], tags=sorted(note["tags"]))
            for key in ("line", "explicitID"):
                note.pop(key)
            for card in note["cards"]:
                card.pop("progress")
            notes[note["id"]] = note
    return notes


def main():
    work = tempfile.mkdtemp(prefix="recall-anki-")
    export_path = os.path.join(work, "recall-anki.txt")
    recall("export", "--decks", "Decks", "--format", "anki", "-o", export_path)
    recall("export", "--decks", "Decks", "--format", "json", "-o", os.path.join(work, "recall.json"))
    with open(os.path.join(work, "recall.json"), encoding="utf-8") as file:
        original = json.load(file)
    notes = notes_of(original)
    card_count = sum(len(note["cards"]) for note in notes.values())

    # The rows recall wrote, read with Python's csv module as a second reader of the format.
    with open(export_path, encoding="utf-8", newline="") as file:
        lines = file.read().split("\n")
    header = [line for line in lines if line.startswith("#")]
    check(header == ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
                     "#deck column:3", "#tags column:6"], f"header lines: {header}")
    rows = {row[0]: row for row in csv.reader(lines[len(header):], delimiter="\t") if row}
    check(set(rows) == set(notes), "the export has one row per note")

    # 1. Import into a fresh collection, as Anki's importer does.
    col = Collection(os.path.join(work, "collection.anki2"))
    metadata = col.get_csv_metadata(path=export_path, delimiter=None)
    check(metadata.is_html and metadata.guid_column == 1 and metadata.notetype_column == 2
          and metadata.deck_column == 3 and metadata.tags_column == 6, f"metadata: {metadata}")
    log = col.import_csv(ImportCsvRequest(path=export_path, metadata=metadata)).log
    check(len(log.new) == len(notes), f"Anki added {len(log.new)} notes of {len(notes)}")
    for kind in ("updated", "duplicate", "conflicting", "first_field_match", "missing_notetype",
                 "missing_deck", "empty_first_field"):
        check(len(getattr(log, kind)) == 0, f"Anki's import log has {len(getattr(log, kind))} {kind}")
    check(col.note_count() == len(notes), f"{col.note_count()} notes in Anki, {len(notes)} in recall")
    check(col.card_count() == card_count, f"{col.card_count()} cards in Anki, {card_count} in recall")

    notetypes = {"basic": "Basic", "choice": "Basic", "typein": "Basic", "cloze": "Cloze",
                 "reversible": "Basic (and reversed card)"}
    by_guid = {}
    for note_id in col.find_notes(""):
        anki_note = col.get_note(note_id)
        by_guid[anki_note.guid] = anki_note
    check(set(by_guid) == set(notes), "every recall note id is an Anki guid")
    for note_id, note in notes.items():
        anki_note = by_guid.get(note_id)
        if anki_note is None:
            continue
        row = rows[note_id]
        check(anki_note.note_type()["name"] == notetypes[note["kind"]], f"{note_id}: notetype")
        check(list(anki_note.fields) == row[3:5], f"{note_id}: fields differ from the exported row")
        cards = anki_note.cards()
        check(len(cards) == len(note["cards"]), f"{note_id}: {len(cards)} cards in Anki, {len(note['cards'])} in recall")
        check({col.decks.name(card.did) for card in cards} == {note["deck"]}, f"{note_id}: deck")
        check(sorted(anki_note.tags) == sorted(note["tags"]), f"{note_id}: tags {anki_note.tags} != {note['tags']}")
    anki_decks = {deck.name for deck in col.decks.all_names_and_ids()}
    recall_decks = {deck["name"] for deck in original["decks"]}
    check(recall_decks <= anki_decks, f"decks missing in Anki: {recall_decks - anki_decks}")
    recall_tags = {tag for note in notes.values() for tag in note["tags"]}
    check(set(col.tags.all()) == recall_tags, "Anki's tags are recall's tags")

    def fields(note_id):
        return list(by_guid[note_id].fields) if note_id in by_guid else ["", ""]

    # A few notes by hand: what a learner sees in Anki.
    front, back = fields("start-iam-sts-temp-credentials")
    check(front == "IAM 역할을 수임(assume)할 때 임시 자격 증명을 발급하는 AWS 서비스는?", f"type-in front: {front}")
    check(back.startswith('<div class="recall-answer">AWS STS</div><div class="recall-accept">Also accepted: STS | '),
          f"type-in back: {back[:120]}")
    text, extra = fields("vpc-scope-region-subnet-az")
    check(text == "VPC와 서브넷의 범위<br><br>VPC는 {{c1::리전}} 단위 리소스라 한 리전의 모든 가용 영역에 걸치고, "
          "서브넷은 {{c2::하나의 가용 영역(AZ)}} 안에만 만들어집니다.", f"cloze text: {text}")
    check(extra.startswith('<div class="recall-explanation">그래서 고가용성 설계는'), f"cloze extra: {extra[:80]}")
    text, _ = fields("vpc-cidr-size-range")
    check("{{c1::/16(주소 65,536개)::가장 큰 넷마스크}}" in text, f"cloze hint: {text}")
    front, back = fields("vpc-subnet-reserved-addresses")
    check('<ol class="recall-options" type="A"><li><code>10.0.0.4</code></li><li><code>10.0.0.3</code></li>' in front, f"options: {front}")
    check(back.startswith('<ol class="recall-correct" type="A"><li value="1"><code>10.0.0.4</code></li></ol>'),
          f"correct option: {back[:100]}")
    check(by_guid["start-org-scp"].note_type()["name"] == "Basic (and reversed card)", "reversible notetype")
    check("<b>최대 권한</b>" in fields("start-org-scp")[1], "bold in a reversible note's back")
    col.close()

    # 2. Anki's own export, with every column and HTML, back through recall import.
    anki_export = os.path.join(work, "anki-notes.txt")
    col = Collection(os.path.join(work, "collection.anki2"))
    exported = col.export_note_csv(out_path=anki_export, limit=None, with_html=True, with_tags=True,
                                   with_deck=True, with_notetype=True, with_guid=True)
    check(exported == len(notes), f"Anki exported {exported} notes")
    back_folder = os.path.join(work, "from-anki") + "/"
    imported = recall("import", anki_export, "-o", back_folder)
    check(f"imported {card_count} cards from {len(notes)} notes" in imported.stderr, imported.stderr.strip())
    checked = recall("check", back_folder)
    check(checked.stdout.startswith(f"{len(recall_decks)} decks, {card_count} cards from {len(notes)} notes"),
          checked.stdout.strip())
    recall("export", "--decks", back_folder, "--format", "json", "-o", os.path.join(work, "back.json"))
    with open(os.path.join(work, "back.json"), encoding="utf-8") as file:
        back_notes = notes_of(json.load(file))
    check(set(back_notes) == set(notes), "the same note ids after Anki")
    changed = [note_id for note_id in notes if back_notes.get(note_id) != notes[note_id]]
    check(not changed, f"{len(changed)} notes changed on the way through Anki, e.g. {changed[:3]}")

    # 3. The export older Ankis wrote: no header columns, no HTML.
    plain_export = os.path.join(work, "anki-plain.txt")
    col.export_note_csv(out_path=plain_export, limit=None, with_html=False, with_tags=True,
                        with_deck=False, with_notetype=False, with_guid=False)
    col.close()
    with open(plain_export, encoding="utf-8") as file:
        without_header = "".join(line for line in file if not line.startswith("#"))
    with open(plain_export, "w", encoding="utf-8") as file:
        file.write(without_header)
    plain_deck = os.path.join(work, "plain.md")
    imported = recall("import", plain_export, "--deck", "Plain", "-o", plain_deck)
    check(f"from {len(notes)} notes in 1 deck" in imported.stderr, imported.stderr.strip())
    checked = recall("check", plain_deck)
    cloze_cards = sum(len(note["cards"]) for note in notes.values() if note["kind"] == "cloze")
    match = re.search(r"(\d+) cloze", checked.stdout)
    check(match is not None and int(match.group(1)) == cloze_cards, f"cloze cards: {checked.stdout.strip()}")

    finish("anki-interop", f"{len(notes)} notes, {card_count} cards, {len(recall_decks)} decks, "
                           f"{len(recall_tags)} tags through Anki and back: ok")


main()
