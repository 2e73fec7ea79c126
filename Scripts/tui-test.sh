#!/usr/bin/env bash
# Drives the real `recall` binary in a real terminal (tmux, private socket, fixed size):
# home screen → study → answer cards of every type → undo → resize to 30x8 and back → quit,
# then checks with `recall log --json` that every answer was saved. Two more runs leave by
# Ctrl-C and by SIGTERM and check that the answers were saved and the terminal restored.
# It polls the screen (capture-pane) until the expected text appears; it never sleeps blindly.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${RECALL_BIN:-.build/debug/recall}
[ -x "$BIN" ] || swift build
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v tmux >/dev/null || { echo "tui-test: tmux is missing (apt-get install -y tmux)"; exit 1; }

WORK=$(mktemp -d)
RUN=0
SOCKET="recall-tui-$$-$RUN"
DATA="$WORK/data"
t() { tmux -u -L "$SOCKET" "$@"; }
cleanup() {
    for ((i = 0; i <= RUN; i++)); do tmux -L "recall-tui-$$-$i" kill-server 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "tui-test: FAIL: $*"
    echo "--- screen:"
    t capture-pane -p -t recall 2>/dev/null || true
    exit 1
}

screen() { t capture-pane -p -t recall; }

# Waits until the screen shows $1 (a fixed string), polling every 0.1 s for at most $2 s.
wait_for() {
    local deadline=$((SECONDS + ${2:-15}))
    until screen | grep -qF -- "$1"; do
        ((SECONDS < deadline)) || fail "waited for '$1'"
        sleep 0.1
    done
}

# Waits for a file to exist (the exit status the pane writes after recall ends).
wait_for_file() {
    local deadline=$((SECONDS + ${2:-15}))
    until [ -s "$1" ]; do
        ((SECONDS < deadline)) || fail "recall did not exit (no $1)"
        sleep 0.1
    done
}

# Starts recall with arguments "$@" in a fresh 80x24 terminal. When it exits, the pane writes
# its exit status and the terminal settings (`stty -a`), to check that the terminal came back.
start() {
    rm -f "$WORK/status" "$WORK/stty"
    t kill-server 2>/dev/null || true
    RUN=$((RUN + 1))
    SOCKET="recall-tui-$$-$RUN"  # a fresh server for each run
    t new-session -d -s recall -x 80 -y 24 \
        "cd '$PWD' && env LANG=C.UTF-8 RECALL_HOME='$DATA' EDITOR='$WORK/editor' ${EXTRA_ENV:-} '$BIN' $*; echo \$? > '$WORK/status.tmp'; stty -a > '$WORK/stty'; mv '$WORK/status.tmp' '$WORK/status'; sleep 600"
}

# Answers the card on the screen, whatever its type, and waits until the done count is $1.
answer_card() {
    local done_after=$1 rating=${2:-3} now
    now=$(screen)
    KINDS="$KINDS $(grep -oE "\| (basic|reversible|reversed|cloze|choice|type the answer)" <<<"$now" | head -1 | cut -c3- | tr ' ' _)"
    if grep -qF "Space show answer" <<<"$now"; then
        t send-keys -t recall Space
        wait_for "Again"
        t send-keys -t recall "$rating"
    elif grep -qE "pick an option|toggle options" <<<"$now"; then
        t send-keys -t recall 1
        wait_for "[x]"
        t send-keys -t recall Enter
        wait_for "Again"
        t send-keys -t recall "$rating"
    elif grep -qF "Enter check" <<<"$now"; then
        t send-keys -t recall -l "한국어 답"
        wait_for "한국어 답"
        t send-keys -t recall Enter
        wait_for "Again"
        t send-keys -t recall "$rating"
    else
        fail "no card to answer"
    fi
    wait_for "$done_after done"
}

KINDS=""
log_lines() { "$BIN" log --json --data-dir "$DATA" | grep -vc '"undone":true' || true; }

# 1. Home screen on the bundled decks, then a session of AWS with every kind of key.
start --decks Decks
wait_for "All decks"
wait_for "VPC"
screen | grep -qE "All decks +[0-9]+ +[0-9]+ +[0-9]+" || fail "no counts on the home screen"
t send-keys -t recall j
t send-keys -t recall Enter
wait_for "recall › AWS"
wait_for "0 done"
for n in 1 2 3; do answer_card "$n"; done
t send-keys -t recall u
wait_for "Undone"
wait_for "2 done"
answer_card 3 1        # again, as Again this time
for n in 4 5 6; do answer_card "$n"; done
t send-keys -t recall '?'
wait_for "Review keys"
t send-keys -t recall x
wait_for "6 done"

t resize-window -t recall -x 30 -y 8
wait_for "Terminal too small"
screen | grep -qF "6 done" && fail "the small screen still shows the session"
t resize-window -t recall -x 80 -y 24
wait_for "6 done"
screen | grep -qF "too small" && fail "the notice stayed after the terminal grew"
answer_card 7

t send-keys -t recall q
wait_for "Session finished"
wait_for "Cards studied  7"
t send-keys -t recall Enter
wait_for "today 7 answered"
t send-keys -t recall q
wait_for_file "$WORK/status"
[ "$(cat "$WORK/status")" = 0 ] || fail "recall exited with $(cat "$WORK/status")"
grep -q " icanon" "$WORK/stty" && grep -q " echo" "$WORK/stty" || fail "terminal not restored: $(cat "$WORK/stty")"
[ "$(log_lines)" = 7 ] || fail "expected 7 answers in the log, found $(log_lines)"
"$BIN" log --json --data-dir "$DATA" | grep -q '"undone":true' || fail "the undone answer is not marked in the log"
echo "tui-test: home, 7 answers with an undo, help, resize to 30x8 and back, quit: ok"

# 2. `recall review` on the starter deck, which has every card type, left with Ctrl-C: the
#    answers are saved and the terminal comes back.
KINDS=""
start review --decks Decks --deck AWS::Starter --new-limit 8
wait_for "recall › AWS::Starter"
for n in 1 2 3 4 5 6 7 8; do answer_card "$n"; done
for kind in basic type_the_answer reversed choice; do
    grep -qw "$kind" <<<"$KINDS" || fail "no $kind card came up (saw:$KINDS)"
done
t send-keys -t recall C-c
wait_for_file "$WORK/status"
[ "$(cat "$WORK/status")" = 130 ] || fail "Ctrl-C: expected exit status 130, got $(cat "$WORK/status")"
grep -q " icanon" "$WORK/stty" || fail "Ctrl-C: terminal not restored"
[ "$(log_lines)" = 15 ] || fail "Ctrl-C: expected 15 answers in the log, found $(log_lines)"
echo "tui-test: basic, type-in, reversed and choice cards answered; Ctrl-C saves and restores the terminal: ok"

# 3. e opens the card in $EDITOR (a stand-in that records its arguments and edits the copy),
#    then the decks are read again; ! suspends; SIGTERM from outside, as a logout does.
cp -R Decks "$WORK/Decks"
cat > "$WORK/editor" <<SCRIPT
#!/bin/sh
echo "\$@" > "$WORK/editor-args"
SCRIPT
chmod +x "$WORK/editor"
start review --decks "$WORK/Decks" --deck AWS::S3
wait_for "recall › AWS::S3"
t send-keys -t recall e
wait_for "Reloaded the decks"
grep -qE "^\+[0-9]+ $WORK/Decks/AWS/s3.md$" "$WORK/editor-args" || fail "editor got: $(cat "$WORK/editor-args")"
answer_card 1
t send-keys -t recall '!'
wait_for "Suspended"
SUSPENDED=$(screen | grep -oE "recall unsuspend [^']+" | head -1 | cut -d' ' -f3)
[ -n "$SUSPENDED" ] || fail "the suspend message names no card"
pkill -TERM -f "$BIN review --decks $WORK/Decks --deck AWS::S3" || fail "no recall process to signal"
wait_for_file "$WORK/status"
[ "$(cat "$WORK/status")" = 143 ] || fail "SIGTERM: expected exit status 143, got $(cat "$WORK/status")"
grep -q " icanon" "$WORK/stty" || fail "SIGTERM: terminal not restored"
[ "$(log_lines)" = 16 ] || fail "SIGTERM: expected 16 answers in the log, found $(log_lines)"
[ -s "$DATA/snapshot.json" ] || fail "SIGTERM: no snapshot written on the way out"
"$BIN" unsuspend "$SUSPENDED" --data-dir "$DATA" | grep -qF "unsuspended $SUSPENDED" || fail "could not unsuspend $SUSPENDED"
echo "tui-test: e opens \$EDITOR at the card's line and reloads; suspend with !, then recall unsuspend; SIGTERM saves and restores the terminal: ok"
# 4. The issue's quiz: 5 questions in 6 seconds with seed 7. Answer one, flag one, then let
#    the clock run out: the quiz submits itself, the result shows the score, and the attempt is
#    in the history.
start quiz --decks Decks --count 5 --time 6s --seed 7
wait_for "Question 1 of 5"
t send-keys -t recall 1
wait_for "1 answered"
t send-keys -t recall n
wait_for "Question 2 of 5"
t send-keys -t recall f
wait_for "[flagged]"
wait_for "Score" 20
wait_for "(time ran out)"
wait_for "By domain, weakest first"
wait_for "Saved in"
t send-keys -t recall q
wait_for_file "$WORK/status"
[ "$(cat "$WORK/status")" = 0 ] || fail "quiz: exit status $(cat "$WORK/status")"
HISTORY=$("$BIN" quiz --history --json --data-dir "$DATA")
[ "$(wc -l <<<"$HISTORY")" = 1 ] || fail "quiz: expected one attempt in the history, got: $HISTORY"
grep -q '"count":5' <<<"$HISTORY" && grep -q '"seed":7' <<<"$HISTORY" && grep -q '"timedOut":true' <<<"$HISTORY" \
    || fail "quiz: the history line is not this attempt: $HISTORY"
echo "tui-test: quiz --count 5 --time 6s --seed 7 submits itself at time-out, shows the score, is in the history: ok"
# 5. NO_COLOR: no colour escapes at all, but reverse video still marks the bars and the
#    chosen row; with colour, the counts are coloured.
start --decks Decks
wait_for "All decks"
screen_escapes() { t capture-pane -e -p -t recall; }
screen_escapes | grep -qE $'\e\\[(3|4)[0-7]m|\e\\[[0-9;]*;(3|4)[0-7](;|m)' || fail "no colours without NO_COLOR"
t send-keys -t recall q
wait_for_file "$WORK/status"
EXTRA_ENV="NO_COLOR=1" start --decks Decks
wait_for "All decks"
screen_escapes | grep -qE $'\e\\[(3|4)[0-7]m|\e\\[[0-9;]*;(3|4)[0-7](;|m)' && fail "colours despite NO_COLOR"
screen_escapes | grep -qE $'\e\\[[0-9;]*7[;m]' || fail "no reverse video under NO_COLOR"
t send-keys -t recall q
wait_for_file "$WORK/status"
echo "tui-test: colours by default, none under NO_COLOR (reverse video instead): ok"
echo "tui-test: passed"
