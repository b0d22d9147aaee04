#!/usr/bin/env bash
# Puts jx on the PATH: builds the release binaries and copies jx and jx-office (the Office
# formats' worker, which jx runs from beside itself) into $PREFIX/bin, /usr/local/bin by default.
#
#   Scripts/install.sh                  # /usr/local/bin (run with sudo if it is not yours)
#   PREFIX=$HOME/.local Scripts/install.sh
#
# The Swift runtime is linked in (--static-swift-stdlib), so the installed jx runs without
# the toolchain on the library path. On Debian, first: apt-get install libedit-dev zlib1g-dev
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-/usr/local}"
bin="$prefix/bin"

if ! command -v swift >/dev/null 2>&1; then
  echo "install.sh: swift is not on the PATH; install the Swift toolchain (swift.org/install) first" >&2
  exit 2
fi

echo "building jx (release) …"
if ! swift build -c release --static-swift-stdlib --product jx 2>&1 | tail -n 3 \
   || ! swift build -c release --static-swift-stdlib --product jx-office 2>&1 | tail -n 3; then
  echo "install.sh: the build failed; on Debian: apt-get install libedit-dev zlib1g-dev" >&2
  exit 1
fi
out="$(swift build -c release --static-swift-stdlib --show-bin-path)"
for exe in jx jx-office; do
  if [ ! -x "$out/$exe" ]; then
    echo "install.sh: $out/$exe was not built" >&2
    exit 1
  fi
done

mkdir -p "$bin"
if [ ! -w "$bin" ]; then
  echo "install.sh: cannot write to $bin; run it with sudo, or choose another folder: PREFIX=\$HOME/.local $0" >&2
  exit 1
fi
install -m 0755 "$out/jx" "$bin/jx"
install -m 0755 "$out/jx-office" "$bin/jx-office"
echo "installed $bin/jx and $bin/jx-office"
case ":$PATH:" in
  *":$bin:"*) "$bin/jx" --version ;;
  *) echo "note: $bin is not on your PATH; add it: export PATH=\"$bin:\$PATH\"" ;;
esac
