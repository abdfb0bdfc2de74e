#!/usr/bin/env bash
# Builds the Linux installers (.deb and .rpm) into target/release/bundle/, offline apart from
# the package registries: installs what is missing (system packages, the Tauri CLI from npm
# into .tools/), then runs `tauri build`. Usage: scripts/package.sh [extra tauri build args]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
if [ ! -x .tools/node_modules/.bin/tauri ]; then
  if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get install -y --no-install-recommends nodejs npm
  fi
  npm install --no-audit --no-fund --prefix .tools @tauri-apps/cli@2
fi
.tools/node_modules/.bin/tauri build --bundles deb,rpm "$@"
ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm
