#!/usr/bin/env bash
# (Broadsheet's test tool: engine/tests/sync_freshrss.rs and tests/cli_sync.rs start it; the
# FreshRSS archive beside it is AGPL-3.0, its licence in FreshRSS-LICENSE.txt, source in SOURCE.txt.)
# Starts a real, throw-away FreshRSS (SQLite, PHP's built-in server) on 127.0.0.1 for sync tests
# over its Google Reader API. FreshRSS 1.25.0-dev (commit 6c58b905), AGPL-3.0: a test server,
# never part of the product.
#
#   freshrss-up.sh DIR            -> prints shell assignments, e.g. eval "$(freshrss-up.sh "$(mktemp -d)/fr")"
#     FRESHRSS_URL=http://127.0.0.1:PORT       web root
#     FRESHRSS_API=http://127.0.0.1:PORT/api/greader.php   Google Reader API base
#     FRESHRSS_USER=alice FRESHRSS_API_PASSWORD=apipass123 (the web password is alicepass123)
#     FRESHRSS_PID=...   the php -S process: kill it (and only it) when done
#     FRESHRSS_ROOT=DIR  run `php "$FRESHRSS_ROOT/cli/actualize-user.php" --user alice` to make the
#                        server fetch its feeds now (exits 1 when nothing changed; wait >= 1 s after
#                        the previous fetch or it skips the feed)
#   PORT=N freshrss-up.sh DIR     to choose the port (default: a free one)
#
# Installs the PHP packages it needs from Debian when missing (sudo when not root). About 30 s
# the first time (packages), under 2 s after. Quirks of this FreshRSS worth knowing:
#  - only the API password logs in to the API; ClientLogin's Auth token never expires;
#  - subscription/list, tag/list, unread-count need output=json (else 501);
#  - entry ids are crawl times in microseconds (decimal from items/ids, long hex form
#    tag:google.com,2005:reader/item/%016x from contents); mark-all-as-read's ts is in the same unit;
#  - edit-tag rejects a wrong T with 401 but not a missing one: send T on every POST anyway
#    (Miniflux authenticates POSTs by T alone).
set -euo pipefail
dir=${1:?usage: freshrss-up.sh DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# (php's module list read whole first: with pipefail, `grep -q` closing the pipe early made
# php die of SIGPIPE now and then, and a present PHP looked missing)
php_modules=$(php -m 2>/dev/null || true)
if ! grep -qx pdo_sqlite <<<"$php_modules" || ! grep -qx curl <<<"$php_modules"; then
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    php-cli php-sqlite3 php-curl php-xml php-mbstring php-intl php-zip php-gmp >&2
fi

port=${PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}
rm -rf "$dir"; mkdir -p "$dir"
tar -xzf "$here/freshrss.tar.gz" -C "$dir"
cd "$dir"
php cli/prepare.php >/dev/null
# no default feeds (they point at the internet) and no feed cache, so tests see changes at once
printf '<?xml version="1.0"?>\n<opml version="2.0"><head><title>e</title></head><body></body></opml>\n' > data/opml.xml
echo "<?php return ['limits' => ['cache_duration' => 0, 'cache_duration_min' => 0]];" > data/config.custom.php
echo "<?php return ['ttl_default' => 0];" > data/config-user.custom.php
php cli/do-install.php --default-user alice --api-enabled --db-type sqlite \
  --environment production --base-url "http://127.0.0.1:$port/" >/dev/null
php cli/create-user.php --user alice --password alicepass123 --api-password apipass123 >/dev/null

php -S "127.0.0.1:$port" -t "$dir/p" >"$dir/server.log" 2>&1 </dev/null &
pid=$!
for _ in $(seq 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/api/greader.php" && break
  kill -0 "$pid" 2>/dev/null || { echo "freshrss-up: php -S exited:" >&2; cat "$dir/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf -o /dev/null "http://127.0.0.1:$port/api/greader.php" || { echo "freshrss-up: no answer on port $port" >&2; kill "$pid"; exit 1; }
cat <<EOF
FRESHRSS_URL=http://127.0.0.1:$port
FRESHRSS_API=http://127.0.0.1:$port/api/greader.php
FRESHRSS_USER=alice
FRESHRSS_API_PASSWORD=apipass123
FRESHRSS_PID=$pid
FRESHRSS_ROOT=$dir
EOF
