#!/usr/bin/env python3
"""Draws a terminal pane captured with colours (`tmux capture-pane -e -p`) to a PNG, cell
by cell as the terminal shows it: wide (CJK) characters take two cells, SGR colours (the
16 colours, 256 colours, bold, italic, underline, reverse) as xterm draws them.

  Scripts/dev/ansi-png.py PANE.ansi OUT.png
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CELL_W, CELL_H, SIZE, BASELINE = 11, 24, 17, 18
BASE16 = [(0x1d, 0x1f, 0x21), (0xcc, 0x33, 0x33), (0x44, 0x99, 0x44), (0xc8, 0x9a, 0x1e), (0x36, 0x6d, 0xb8), (0x9b, 0x4d, 0xca), (0x2a, 0xa1, 0x98), (0xd0, 0xd0, 0xd0),
          (0x70, 0x70, 0x70), (0xff, 0x66, 0x66), (0x77, 0xcc, 0x77), (0xf0, 0xc6, 0x74), (0x6c, 0x9e, 0xf8), (0xc6, 0x78, 0xdd), (0x56, 0xd6, 0xc2), (0xff, 0xff, 0xff)]
FG, BG = (0xdc, 0xdc, 0xdc), (0x1d, 0x1f, 0x21)


def color256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


def mono_font():
    for i in range(16):
        try:
            f = ImageFont.truetype(CJK, SIZE, index=i)
        except OSError:
            break
        if "Mono" in f.getname()[0] and "SC" in f.getname()[0]:
            return f
    return ImageFont.truetype(CJK, SIZE)


def cells(text):
    """Rows of (char, fg, bg, bold, italic, underline)."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        fg, bg, bold, italic, under, rev = None, None, False, False, False, False
        row = []
        for part in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if part.startswith("\x1b["):
                codes = [int(c) if c else 0 for c in re.split(r"[;:]", part[2:-1])] or [0]
                k = 0
                while k < len(codes):
                    c = codes[k]
                    if c == 0:
                        fg, bg, bold, italic, under, rev = None, None, False, False, False, False
                    elif c == 1: bold = True
                    elif c == 3: italic = True
                    elif c == 4: under = True
                    elif c == 7: rev = True
                    elif c == 22: bold = False
                    elif c == 23: italic = False
                    elif c == 24: under = False
                    elif c == 27: rev = False
                    elif 30 <= c <= 37: fg = BASE16[c - 30]
                    elif 90 <= c <= 97: fg = BASE16[c - 90 + 8]
                    elif 40 <= c <= 47: bg = BASE16[c - 40]
                    elif 100 <= c <= 107: bg = BASE16[c - 100 + 8]
                    elif c == 39: fg = None
                    elif c == 49: bg = None
                    elif c in (38, 48) and k + 2 < len(codes) and codes[k + 1] == 5:
                        if c == 38: fg = color256(codes[k + 2])
                        else: bg = color256(codes[k + 2])
                        k += 2
                    elif c in (38, 48) and k + 4 < len(codes) and codes[k + 1] == 2:
                        rgb = tuple(codes[k + 2:k + 5])
                        if c == 38: fg = rgb
                        else: bg = rgb
                        k += 4
                    k += 1
                continue
            for ch in part:
                f, b = fg or FG, bg or BG
                if rev:
                    f, b = b, f
                row.append((ch, f, b, bold, italic, under))
                if unicodedata.east_asian_width(ch) in "WF":
                    row.append(None)
        rows.append(row)
    return rows


def main():
    src, out = sys.argv[1], sys.argv[2]
    rows = cells(open(src, encoding="utf-8").read())
    width = max(len(r) for r in rows)
    img = Image.new("RGB", (width * CELL_W + 16, len(rows) * CELL_H + 16), BG)
    d = ImageDraw.Draw(img)
    cjk = mono_font()
    latin = ImageFont.truetype(LATIN, SIZE)
    for y, row in enumerate(rows):
        for x, cell in enumerate(row):
            if cell is None:
                continue
            ch, f, b, bold, italic, under = cell
            wide = unicodedata.east_asian_width(ch) in "WF"
            px, py = 8 + x * CELL_W, 8 + y * CELL_H
            d.rectangle([px, py, px + CELL_W * (2 if wide else 1) - 1, py + CELL_H - 1], fill=b)
            if ch != " ":
                # Latin letters, digits and symbols from DejaVu Sans Mono; CJK from Noto.
                font = cjk if wide or ord(ch) >= 0x2E80 else latin
                d.text((px, py + BASELINE), ch, font=font, fill=f, anchor="ls", stroke_width=1 if bold else 0, stroke_fill=f)
            if under:
                d.line([px, py + CELL_H - 3, px + CELL_W * (2 if wide else 1) - 1, py + CELL_H - 3], fill=f)
    img.save(out)


if __name__ == "__main__":
    main()
