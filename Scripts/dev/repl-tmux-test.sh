#!/usr/bin/env bash
# A real-terminal test of `jx repl` in tmux: Chinese typing, cursor motion and backspace
# over wide characters, Ctrl-C keeping the session, Tab completing a Chinese indicator
# name, the continuation prompt, what moved after a change, :undo, history, Ctrl-D.
# Exits non-zero on the first failure; skips (exit 0) when tmux is not installed.
# Installs nothing. Usage: Scripts/dev/repl-tmux-test.sh [path/to/jx]
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "repl-tmux-test: SKIP (tmux is not installed: apt-get install tmux)"
  exit 0
fi
JX="${1:-${JX:-.build/debug/jx}}"
if [ ! -x "$JX" ]; then
  echo "repl-tmux-test: FAIL: $JX is not built (swift build first)" >&2
  exit 1
fi
JX="$(cd "$(dirname "$JX")" && pwd)/$(basename "$JX")"
SEED="$PWD/Scripts/examples/qiemo-2021.jx"

TMP="$(mktemp -d)"
SOCKET="jx-repl-test-$$"
T="repl"
cleanup() {
  tmux -L "$SOCKET" kill-server >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT

tm() { tmux -L "$SOCKET" "$@"; }
screen() { tm capture-pane -p -J -t "$T" -S -2000; }
fail() {
  echo "repl-tmux-test: FAIL: $*" >&2
  echo "---- screen ----" >&2
  screen | sed '/^[[:space:]]*$/d' >&2 || true
  exit 1
}
# Waits until the screen contains TEXT at least N times (default 1).
wait_for() {
  local text="$1" n="${2:-1}" i
  for i in $(seq 1 100); do
    if [ "$(screen | grep -F -c -- "$text" || true)" -ge "$n" ]; then return 0; fi
    sleep 0.1
  done
  fail "waited for \"$text\" (x$n)"
}
count() { screen | grep -F -c -- "$1" || true; }
type_text() { tm send-keys -t "$T" -l "$1"; }
key() { tm send-keys -t "$T" "$1"; }
last_line() { screen | sed 's/[[:space:]]*$//' | sed '/^$/d' | tail -n 1; }
# Waits until the line being edited (the last line on the screen) ends with TEXT.
wait_line() {
  local text="$1" why="$2" i
  for i in $(seq 1 100); do
    case "$(last_line)" in *"$text") return 0;; esac
    sleep 0.1
  done
  fail "$why: $(last_line)"
}

# The exit status is written down by the script that runs the REPL: tmux 3.3 sometimes
# marks the pane dead without ever reaping the process, and then has no status to show.
cat > "$TMP/run.sh" <<EOF
#!/bin/sh
trap ':' INT   # Ctrl-C is for the REPL (a caught signal is reset for the program it starts)
'$JX' repl '$SEED'
echo \$? > '$TMP/status'
EOF
tm -f /dev/null new-session -d -s "$T" -x 150 -y 50 \
  "env HOME='$TMP' LANG=C.UTF-8 LC_ALL= TERM=xterm-256color sh '$TMP/run.sh'"
tm set-option -t "$T" remain-on-exit on >/dev/null
wait_for "jx> "
wait_for "已载入"

# 1. Chinese typed, two wide characters erased with Backspace.
type_text "新增建设用地报批.完成率测试"
wait_line "jx> 新增建设用地报批.完成率测试" "typing Chinese"
key BSpace; key BSpace
wait_line "jx> 新增建设用地报批.完成率" "backspace over wide characters"
key Enter
wait_for "6.67%"

# 2. Cursor motion over wide characters: type the end, go home, type the start.
type_text "用地报批.完成率"
wait_line "jx> 用地报批.完成率" "typing"
key C-a
type_text "新增建设"
wait_line "jx> 新增建设用地报批.完成率" "typing at the start of the line"
key Enter
wait_for "6.67%" 2

# 3. Ctrl-C drops the line and keeps the session.
type_text "indicator 半途而废"
wait_line "jx> indicator 半途而废" "typing"
key C-c
wait_line "jx>" "Ctrl-C did not give a fresh prompt"
type_text "新增建设用地报批.完成率"
key Enter
wait_for "6.67%" 3
[ "$(tm display-message -p -t "$T" '#{pane_dead}')" = "0" ] || fail "Ctrl-C ended the session"

# 4. Tab completes a Chinese indicator name, then a member name after the dot.
type_text "新增建设"
wait_line "jx> 新增建设" "typing before Tab"
key Tab
wait_line "jx> 新增建设用地报批" "Tab did not complete the indicator"
type_text ".完成"
wait_line "jx> 新增建设用地报批.完成" "typing before Tab"
key Tab
wait_line "jx> 新增建设用地报批.完成率" "Tab did not complete the member"
key Enter
wait_for "6.67%" 4

# 5. A change shows what moved; :undo moves it back.
type_text "indicator 新增建设用地报批 target 450亩 actual 300亩"
key Enter
wait_for "完成率 6.67% → 66.67%"
wait_for "灯 红灯 → 蓝灯"
type_text ":undo"
key Enter
wait_for "完成率 66.67% → 6.67%"

# 6. An open brace asks for more with the continuation prompt.
type_text "indicator 测试 {"
key Enter
wait_for "..> "
type_text "target 10次"; key Enter
type_text "actual 5次"; key Enter
type_text "}"; key Enter
wait_for "新增：完成率 50.00%"

# 7. Goal seek.
type_text "solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%"
key Enter
wait_for "新增建设用地报批.actual = 450亩"

# 8. History is kept in ~/.jx_history; Ctrl-D on an empty line ends with status 0.
key C-d
for i in $(seq 1 50); do
  [ -s "$TMP/status" ] && break
  sleep 0.1
done
[ -s "$TMP/status" ] || fail "Ctrl-D did not end the session"
[ "$(cat "$TMP/status")" = "0" ] || fail "exit status $(cat "$TMP/status")"
[ -f "$TMP/.jx_history" ] || fail "no history file in \$HOME"
grep -q "solve" "$TMP/.jx_history" || fail "the history does not hold the lines typed"
if screen | grep -q $'\x1b'; then fail "escape codes left on the screen"; fi

echo "repl-tmux-test: ok (CJK editing, Ctrl-C, Tab completion, continuation, what moved, undo, solve, history, Ctrl-D)"
