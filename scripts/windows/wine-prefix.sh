#!/usr/bin/env bash
# Sourced by scripts/test-windows.sh and scripts/package.sh: makes (once) a 64-bit Wine prefix
# under target/wine for the Windows test run, with the ProcessPrng shim that Wine 8.0 needs to
# load any Rust program (processprng-shim.c says why), and exports what Wine needs to run
# quietly without a display: WINEPREFIX, WINEARCH, WINEDEBUG, WINEDLLOVERRIDES.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export WINEPREFIX="${WINEPREFIX:-$(cd "$here/../.." && pwd)/target/wine}"
export WINEARCH=win64 WINEDEBUG=-all
# no Mono or Gecko: nothing here needs .NET or Wine's HTML engine, and they would be downloaded
export WINEDLLOVERRIDES="mscoree,mshtml="
shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$shim" ] || [ "$here/processprng-shim.c" -nt "$shim" ]; then
  echo "wine: making the prefix $WINEPREFIX"
  mkdir -p "$WINEPREFIX"
  wineboot --init >/dev/null 2>&1 || true
  wineserver --wait || true
  x86_64-w64-mingw32-gcc -O2 -s -shared -o "$shim" "$here/processprng-shim.c" \
    "$here/processprng-shim.def" -ladvapi32
fi
