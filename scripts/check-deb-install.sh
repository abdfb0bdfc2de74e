#!/usr/bin/env bash
# Installs the .deb for real and checks it: on a fresh Debian 12 chroot made with debootstrap
# (--chroot, the default when debootstrap can run) or on this machine (--here). apt pulls the
# dependencies; the desktop entry and icon must be in place; the installed app launches under
# Xvfb (screenshot in $SHOTS, default /tmp/broadsheet-install); removing the package leaves
# the user's data alone. Needs root (or sudo). Builds the .deb first if there is none.
#   scripts/check-deb-install.sh [--here | --chroot [DIR]]
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
mode=${1:---chroot}
ROOT=${2:-/tmp/broadsheet-bookworm}
SHOTS=${SHOTS:-/tmp/broadsheet-install}
mkdir -p "$SHOTS"
deb=$(ls target/release/bundle/deb/[Bb]roadsheet_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { scripts/package.sh; deb=$(ls target/release/bundle/deb/[Bb]roadsheet_*.deb | head -1); }
echo "package: $deb ($(du -h "$deb" | cut -f1))"

if [ "$mode" = --chroot ]; then
  command -v debootstrap >/dev/null || as_root apt-get install -y -q debootstrap
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    echo "debootstrap: a fresh Debian 12 in $ROOT"
    as_root debootstrap --variant=minbase bookworm "$ROOT" >/dev/null
  fi
  for fs in proc sys dev; do mountpoint -q "$ROOT/$fs" || as_root mount --bind "/$fs" "$ROOT/$fs"; done
  trap 'for fs in dev sys proc; do as_root umount -l "$ROOT/$fs" 2>/dev/null || true; done' EXIT
  as_root cp "$deb" "$ROOT/tmp/"
  as_root cp -r tests/fixtures/seed-story "$ROOT/tmp/seed-story"
  IN=(as_root chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8)
  "${IN[@]}" apt-get update -q
  "${IN[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb imagemagick python3 >/dev/null
  DEB_IN=/tmp/$(basename "$deb")
  SEED=/tmp/seed-story
else
  IN=(as_root env HOME=/root)
  DEB_IN=$PWD/$deb
  SEED=$PWD/tests/fixtures/seed-story
fi

echo "== apt-get install ./$(basename "$deb")"
before=$("${IN[@]}" dpkg-query -W -f='${Package}\n' | wc -l)
"${IN[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB_IN" | tail -2
after=$("${IN[@]}" dpkg-query -W -f='${Package}\n' | wc -l)
echo "packages pulled in with it: $((after - before - 1))"
"${IN[@]}" dpkg-query -W -f='installed: ${Package} ${Version}, Installed-Size ${Installed-Size} KiB\n' broadsheet
files=$("${IN[@]}" dpkg -L broadsheet)
for want in /usr/bin/broadsheet /usr/share/applications/Broadsheet.desktop /usr/share/icons/hicolor/128x128/apps/broadsheet.png; do
  grep -qx "$want" <<<"$files" || { echo "missing from the package: $want"; exit 1; }
done
"${IN[@]}" grep -E '^(Exec|Icon|Categories)=' /usr/share/applications/Broadsheet.desktop

echo "== launch under Xvfb"
"${IN[@]}" bash -s "$SEED" <<'INSIDE'
set -euo pipefail
SEED=$1
export HOME=/tmp/broadsheet-user XDG_DATA_HOME=/tmp/broadsheet-user/.local/share
mkdir -p "$HOME"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p /tmp/serve && sed "s#BASE#http://127.0.0.1:$PORT#g" "$SEED/feed.xml" > /tmp/serve/feed.xml
(cd /tmp/serve && python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1 &)
sleep 1
broadsheet add "http://127.0.0.1:$PORT/feed.xml"
broadsheet bookmark 1 >/dev/null
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1
DISPLAY=:77 WEBKIT_DISABLE_COMPOSITING_MODE=1 broadsheet >/tmp/broadsheet-window.log 2>&1 &
APP=$!
sleep 8
kill -0 "$APP" || { echo "the app did not stay up:"; cat /tmp/broadsheet-window.log; exit 1; }
import -display :77 -window root /tmp/broadsheet-installed.png
kill "$APP" "$XVFB"; pkill -f "http.server $PORT" || true
ls "$XDG_DATA_HOME/broadsheet/broadsheet.db"
INSIDE
if [ "$mode" = --chroot ]; then as_root cp "$ROOT/tmp/broadsheet-installed.png" "$SHOTS/"; else cp /tmp/broadsheet-installed.png "$SHOTS/"; fi
echo "screenshot: $SHOTS/broadsheet-installed.png"

echo "== apt-get remove broadsheet: the user's data stays"
"${IN[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q broadsheet | tail -1
"${IN[@]}" test ! -e /usr/bin/broadsheet
"${IN[@]}" test -s /tmp/broadsheet-user/.local/share/broadsheet/broadsheet.db
"${IN[@]}" python3 -c "import sqlite3; db = sqlite3.connect('/tmp/broadsheet-user/.local/share/broadsheet/broadsheet.db'); n = db.execute('select count(*) from articles where bookmarked = 1').fetchone()[0]; assert n == 1, n; print('after removal: the database and its bookmark are still there')"
echo "install check passed"
