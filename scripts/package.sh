#!/usr/bin/env bash
# Builds the Linux installers (.deb and .rpm) into target/release/bundle/, offline apart from
# the package registries: installs what is missing (system packages, the Tauri CLI from npm
# into .tools/), then runs `tauri build`. Usage: scripts/package.sh [extra tauri build args]
#
# scripts/package.sh --windows [args] builds the Windows installer (NSIS) from Linux, for
# x86_64-pc-windows-gnu with mingw and Debian's makensis, into
# target/x86_64-pc-windows-gnu/release/bundle/nsis/. Tauri's bundler needs one file from the
# internet for it: the NSIS plugin nsis_tauri_utils.dll (it checks its SHA-1), which it keeps
# in ~/.cache/tauri/NSIS. Without that file it builds the per-user installer of
# scripts/windows/installer.nsi around the same release build (scripts/windows/check-installer.sh
# installs and checks it under Wine).
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
if [ "${1:-}" = "--windows" ]; then
  shift
  target=x86_64-pc-windows-gnu
  install_missing gcc-mingw-w64-x86-64 nsis
  rustup target list --installed | grep -qx "$target" || rustup target add "$target"
  plugin="${XDG_CACHE_HOME:-$HOME/.cache}/tauri/NSIS/Plugins/x86-unicode/additional/nsis_tauri_utils.dll"
  if [ -f "$plugin" ]; then
    # `--bundles` takes only Linux's kinds on Linux; the configuration chooses NSIS instead
    .tools/node_modules/.bin/tauri build --target "$target" --config '{"bundle":{"targets":["nsis"]}}' "$@"
  else
    echo "package: no $plugin (Tauri's bundler would download it):"
    echo "package: building the per-user installer of scripts/windows/installer.nsi instead"
    .tools/node_modules/.bin/tauri build --target "$target" --no-bundle "$@"
    version=$(app_version)
    mkdir -p "target/$target/release/bundle/nsis"
    makensis -V2 -DVERSION="$version" -DBIN="$PWD/target/$target/release" \
      -DOUT="$PWD/target/$target/release/bundle/nsis/Broadsheet_${version}_x64-setup.exe" \
      scripts/windows/installer.nsi
  fi
  ls -l target/$target/*/bundle/nsis/*.exe
  exit 0
fi
.tools/node_modules/.bin/tauri build --bundles deb,rpm "$@"
ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm
