#!/usr/bin/env bash
# The README's screenshot of the editor (Editors/screenshot.png): Neovim in tmux with
# `jx lsp` on the seed script, its inlay hints after every line, a warning, and the hover
# on 新增建设用地报批; the pane as the terminal shows it, drawn to a PNG by
# Scripts/dev/ansi-png.py (Pillow, the Noto CJK font).
#
#   Scripts/dev/lsp-screenshot.sh PATH/TO/jx [OUT.png]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JX="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
OUT="${2:-$ROOT/Editors/screenshot.png}"
for tool in tmux nvim python3; do command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 2; }; done
SESSION="jx-lsp-shot-$$"
WORK="$(mktemp -d)"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT
# A copy of the seed, so that the file name shown is short.
cp "$ROOT/Scripts/examples/qiemo-2021.jx" "$WORK/qiemo-2021.jx"
LINE=$(grep -n '新增建设用地报批' "$WORK/qiemo-2021.jx" | head -1 | cut -d: -f1)
tmux new-session -d -s "$SESSION" -x 118 -y 50 -c "$WORK" \
  "env TERM=tmux-256color JX_ROOT='$ROOT' JX_BIN='$JX' nvim -u '$ROOT/Scripts/dev/lsp-screenshot.lua' +45 qiemo-2021.jx"
sleep 3
# The window shows the last budgets, the declared counts and the indicators; the cursor on the name.
tmux send-keys -t "$SESSION" "zt" ":${LINE}" Enter "0" "2w"
sleep 1
tmux send-keys -t "$SESSION" ":lua vim.lsp.buf.hover()" Enter
sleep 2
tmux capture-pane -t "$SESSION" -e -p > "$WORK/pane.ansi"
python3 "$ROOT/Scripts/dev/ansi-png.py" "$WORK/pane.ansi" "$OUT"
echo "wrote $OUT"
