#!/usr/bin/env bash
# Builds scripts/windows/installer.nsi around a Windows build of broadsheet.exe, installs it
# silently under Wine in a prefix of its own, and checks it for real: the files, the Start-menu
# entry and the Apps & features entry; the installed program, with no --data-dir (so in
# %LOCALAPPDATA%\app.broadsheet.reader), subscribes to the seed feed on a loopback port,
# refreshes with the offline pass, reads, bookmarks and exports; then uninstalls silently, and
# the program is gone while the reader's data and bookmark stay. Prints the installer's size.
#   scripts/windows/check-installer.sh [DIR with broadsheet.exe]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/setup.sh
install_missing nsis gcc-mingw-w64-x86-64 wine wine64
bin=${1:-target/x86_64-pc-windows-gnu/release}
[ -f "$bin/broadsheet.exe" ] && [ -f "$bin/WebView2Loader.dll" ] \
  || { echo "no broadsheet.exe and WebView2Loader.dll in $bin" >&2; exit 1; }
version=$(app_version)
work=$(mktemp -d)
trap 'wineserver -k 2>/dev/null || true; [ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix"
unset WINEPATH  # the installed program must find its WebView2Loader.dll beside it, nowhere else
source scripts/windows/wine-prefix.sh

installer="$work/Broadsheet_${version}_x64-setup.exe"
makensis -V2 -DVERSION="$version" -DBIN="$PWD/$bin" -DOUT="$installer" scripts/windows/installer.nsi
echo "installer: $(du -h "$installer" | cut -f1) ($(stat -c %s "$installer") bytes)"

echo "== install (/S)"
wine "$installer" /S
wineserver --wait
local_app="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local"
program="$local_app/Broadsheet"
for f in broadsheet.exe WebView2Loader.dll uninstall.exe; do
  [ -f "$program/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
shortcut=$(find "$WINEPREFIX/drive_c/users" -path "*Start Menu/Programs/Broadsheet.lnk" | head -1)
[ -n "$shortcut" ] || { echo "no Start-menu entry" >&2; exit 1; }
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Broadsheet'
wine reg query "$key" /v UninstallString | tr -d '\r' | grep -q 'uninstall.exe' \
  || { echo "no Apps & features entry" >&2; exit 1; }
echo "installed: $(ls "$program" | tr '\n' ' '); Start menu: ${shortcut#"$WINEPREFIX/drive_c/"}"

echo "== the installed program, on its own data folder"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/serve/images"
for f in feed.xml feed-summary-only.xml article.html; do
  sed "s#BASE#http://127.0.0.1:$port#g" tests/fixtures/seed-story/$f > "$work/serve/$f"
done
cp tests/fixtures/seed-story/images/* "$work/serve/images/"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/serve" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && break; sleep 0.1; done
exe="$program/broadsheet.exe"
run() { env -u BROADSHEET_DATA_DIR LANGUAGE=en wine "$exe" "$@"; }
run add "http://127.0.0.1:$port/feed-summary-only.xml"
run refresh | tail -2
run list | grep -q "CSTO" || { echo "the article is not listed" >&2; exit 1; }
run read 1 | grep -q "Tasmagambetov" || { echo "the full text is not read" >&2; exit 1; }
run bookmark 1
run export-bookmarks 'C:\users\Public\bookmarks.html'
grep -q "data:image/png;base64," "$WINEPREFIX/drive_c/users/Public/bookmarks.html" \
  || { echo "the export has no inlined image" >&2; exit 1; }
data="$local_app/app.broadsheet.reader"
[ -s "$data/broadsheet.db" ] || { echo "no database in $data" >&2; exit 1; }
echo "data: ${data#"$WINEPREFIX/drive_c/"}: $(ls "$data" | tr '\n' ' ')"

echo "== uninstall (/S): the program goes, the data stays"
wine "$program/uninstall.exe" /S
wineserver --wait
sleep 1
[ ! -e "$program/broadsheet.exe" ] || { echo "broadsheet.exe is still installed" >&2; exit 1; }
[ -z "$(find "$WINEPREFIX/drive_c/users" -name Broadsheet.lnk)" ] || { echo "the Start-menu entry stays" >&2; exit 1; }
python3 -c "import sqlite3,sys; n=sqlite3.connect(sys.argv[1]).execute('select count(*) from articles where bookmarked=1').fetchone()[0]; assert n==1, n" "$data/broadsheet.db"
echo "installer check passed: the data and its bookmark are still in ${data#"$WINEPREFIX/drive_c/"}"
