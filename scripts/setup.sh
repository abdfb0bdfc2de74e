#!/usr/bin/env bash
# Installs what Broadsheet needs to build (and, with --test, to run its window tests) on
# Debian/Ubuntu: system packages (only the missing ones), and tauri-driver for WebDriver tests.
# Uses sudo only when not root. Safe to run again: it skips what is there.
set -euo pipefail

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev
          libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev
          # the webview plays episodes through GStreamer: MP3, MP4/M4A demuxing (good), AAC (libav)
          gstreamer1.0-plugins-good gstreamer1.0-libav)
if [ "$want_test" = 1 ]; then
  packages+=(webkit2gtk-driver xvfb x11-utils imagemagick python3 python3-venv dbus xdotool)
  # the listening tests make their own MP3 and M4A with gst-launch-1.0
  packages+=(gstreamer1.0-tools)
  # a real FreshRSS (PHP, SQLite) for the sync tests
  packages+=(php-cli php-sqlite3 php-curl php-xml php-mbstring php-intl php-zip php-gmp)
  # npm brings axe-core for the accessibility checks of the window tests
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

# Installs those of the given Debian packages that are missing (scripts that source this file
# use it for their own: mingw and Wine, NSIS).
install_missing() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian/Ubuntu system; install the equivalents of: $*" >&2
    return 0
  fi
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}
install_missing "${packages[@]}"

# The app's version, from the workspace's Cargo.toml (for the Windows checks and installers).
app_version() { sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1; }

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "setup: installing Rust with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi

if [ "$want_test" = 1 ] && ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
fi

# axe-core (the accessibility engine of Lighthouse) for the window tests, from npm, into .tools
AXE_VERSION=4.14.1
if [ "$want_test" = 1 ]; then
  axe_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools/axe"
  if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ] || ! grep -q "\"version\": \"$AXE_VERSION\"" "$axe_dir/node_modules/axe-core/package.json"; then
    echo "setup: installing axe-core $AXE_VERSION"
    mkdir -p "$axe_dir"
    npm install --prefix "$axe_dir" --no-audit --no-fund --silent "axe-core@$AXE_VERSION"
  fi
  export AXE_JS="$axe_dir/node_modules/axe-core/axe.min.js"
fi
