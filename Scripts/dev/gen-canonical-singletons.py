#!/usr/bin/env python3
"""Writes the table in Sources/JXCore/Model/CanonicalSingletons.swift.

Every scalar outside plain text (ASCII and U+3400-U+9FFF, the text `NameHash` reads as
bytes) whose canonical decomposition is a single plain scalar, mapped to that scalar, from
the Unicode Character Database of this machine's Python (`unicodedata`). Canonical
decompositions never change once assigned, so a newer database only adds entries.

    python3 Scripts/dev/gen-canonical-singletons.py           # rewrite the table in place
    python3 Scripts/dev/gen-canonical-singletons.py --check   # exit 1 if it differs

Only the entries between `static let table: [UInt32: UInt32] = [` and the closing `]` change.
"""

import argparse
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = ROOT / "Sources/JXCore/Model/CanonicalSingletons.swift"
INDENT = " " * 8
PER_ROW = 6


def plain(cp):
    return cp < 0x80 or 0x3400 <= cp <= 0x9FFF


def entries():
    out = []
    for cp in range(0x110000):
        if plain(cp) or 0xD800 <= cp <= 0xDFFF:
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = d.split()
        if len(parts) == 1 and plain(int(parts[0], 16)):
            out.append((cp, int(parts[0], 16)))
    return out


def lines(items):
    cells = [f"0x{cp:X}: 0x{to:X}," for cp, to in items]
    rows = [INDENT + " ".join(cells[i:i + PER_ROW]) for i in range(0, len(cells), PER_ROW)]
    return "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = TARGET.read_text(encoding="utf-8")
    m = re.search(r"(static let table: \[UInt32: UInt32\] = \[\n)(.*?)(^ *\]\n)", text, re.S | re.M)
    if not m:
        sys.exit(f"{TARGET}: no table found")
    new = text[: m.start(2)] + lines(entries()) + text[m.end(2):]
    if args.check:
        if new != text:
            print(f"{TARGET.relative_to(ROOT)} is not what Unicode {unicodedata.unidata_version} gives", file=sys.stderr)
            sys.exit(1)
        return
    TARGET.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
