"""A small Anki collection made with the real Anki library, for `recall import FILE.apkg`:
notes of every stock note type recall maps (Basic, Basic (and reversed card), Basic (optional
reversed card) with and without its reverse, Basic (type in the answer), Cloze, one Basic with an
image in the media) and one custom note type of three templates that recall must report, Korean text, nested decks, tags; the cards
answered through Anki's own scheduler over several simulated days (the collection's creation
moved back a day between the days, with the revlog and the learning cards' times, so that every
time stays consistent), one card suspended.

Used by Scripts/make-anki-fixtures (the fixture packages of Tests/RecallAnkiTests) and by the
check Scripts/anki_package_import.py.
"""

import os

from anki.collection import Collection, ExportAnkiPackageOptions

DAY = 86400


def add(col, notetype, deck, fields, tags):
    model = col.models.by_name(notetype)
    note = col.new_note(model)
    for index, value in enumerate(fields):
        note.fields[index] = value
    note.tags = tags
    col.add_note(note, col.decks.id(deck))
    return note


def three_card_notetype(col):
    models = col.models
    model = models.new("세 장 카드")
    for name in ("용어", "정의", "예"):
        models.add_field(model, models.new_field(name))
    for index, (front, back) in enumerate([("{{용어}}", "{{정의}}"), ("{{정의}}", "{{용어}}"), ("{{예}}", "{{용어}}")]):
        template = models.new_template(f"카드 {index + 1}")
        template["qfmt"] = front
        template["afmt"] = "{{FrontSide}}<hr id=answer>" + back
        models.add_template(model, template)
    models.add(model)
    return model


def advance_day(path):
    """Moves the collection one day into the past: the next open is a day later for Anki."""
    col = Collection(path)
    col.db.execute("update col set crt = crt - ?", DAY)
    col.db.execute("update revlog set id = id - ?", DAY * 1000)
    col.db.execute("update cards set due = due - ? where queue = 1", DAY)
    col.db.execute(
        "update cards set data = json_set(data, '$.lrt', json_extract(data, '$.lrt') - ?) "
        "where data like '%lrt%'", DAY)
    col.close()


def answer_due(path, ratings):
    """Answers every card due today (learning cards whatever their time), cycling the ratings."""
    col = Collection(path)
    col.decks.select(col.decks.id("AWS"))
    answered = 0
    col.db.execute("update cards set due = 0 where queue = 1")  # learning steps due now
    while True:
        queued = col.sched.get_queued_cards(fetch_limit=1)
        if not queued.cards:
            break
        card = col.get_card(queued.cards[0].card.id)
        card.start_timer()
        card.timer_started -= 3 + answered % 5  # a few seconds to answer
        states = queued.cards[0].states
        rating = ratings[answered % len(ratings)] - 1  # CardAnswer: 0 again … 3 easy
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))
        answered += 1
        if answered > 200:
            break
    col.close()
    return answered


def build(folder):
    """Makes the collection in `folder`; returns its path and the notes' ids by role."""
    path = os.path.join(folder, "sample.anki2")
    col = Collection(path)
    col.set_config("fsrs", True)
    roles = {}
    roles["basic"] = add(col, "Basic", "AWS::VPC", ["VPC란?", "가상 사설 <b>네트워크</b>"], ["aws", "vpc"]).id
    roles["reversed"] = add(col, "Basic (and reversed card)", "AWS::VPC", ["서브넷", "VPC 안의 IP 주소 범위"], ["aws"]).id
    roles["optional_filled"] = add(col, "Basic (optional reversed card)", "AWS::S3",
                                   ["S3", "객체 스토리지", "y"], ["aws", "s3"]).id
    roles["optional_empty"] = add(col, "Basic (optional reversed card)", "AWS::S3",
                                  ["S3 Glacier", "보관용 스토리지", ""], ["s3"]).id
    roles["typein"] = add(col, "Basic (type in the answer)", "AWS", ["IAM의 약자는?", "Identity and Access Management"], []).id
    roles["cloze"] = add(col, "Cloze", "AWS::VPC",
                         ["{{c1::NAT 게이트웨이}}는 {{c2::프라이빗 서브넷}}의 인터넷 접근을 돕는다", "참고: 퍼블릭 서브넷에 둔다"],
                         ["vpc"]).id
    image = os.path.join(folder, "vpc-구성도.png")
    with open(image, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + "서브넷 구성도".encode("utf-8"))
    name = col.media.add_file(image)
    roles["media"] = add(col, "Basic", "AWS::VPC", ["VPC 구성도는?", f'<img src="{name}">'], ["vpc"]).id
    model = three_card_notetype(col)
    note = col.new_note(model)
    note.fields[0], note.fields[1], note.fields[2] = "보안 그룹", "상태 저장 방화벽", "sg-123"
    col.add_note(note, col.decks.id("AWS"))
    roles["three_cards"] = note.id
    col.close()
    ratings = [[3, 1, 4], [3, 3, 2], [3, 4], [1, 3], [3]]
    for day, pattern in enumerate(ratings):
        if day:
            advance_day(path)
        answer_due(path, pattern)
    col = Collection(path)
    suspended = col.find_cards(f"nid:{roles['basic']}")
    col.sched.suspend_cards(suspended)
    col.close()
    return path, roles


def export(path, out, legacy):
    col = Collection(path)
    col.export_anki_package(out_path=out, limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
    col.close()
