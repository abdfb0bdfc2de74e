#!/usr/bin/env bash
# macOS, from Linux: the whole workspace, every target kind, through clippy (-D warnings) for
# Apple silicon (aarch64). Our code has no path of its own per processor, so the Intel Mac
# (x86_64) gives the same answer for twice the time: MACOS_TARGETS="aarch64-apple-darwin
# x86_64-apple-darwin" checks both (the release workflow builds both on macOS itself, and
# GitHub's ci.yml tests there). It cannot link or run here; cargo-zigbuild brings zig's macOS
# headers and libc so that the C parts (SQLite, ring) compile. Installs what is missing: the
# Rust targets, and cargo-zigbuild with zig from PyPI into .tools/zigbuild.
#
# DOCS_RS=1: two dependencies compile Objective-C in their build scripts against Apple's Cocoa
# headers, which only Xcode has: mac-notification-sys (the notification plugin) and
# objc2-exception-helper. Both skip that compilation when DOCS_RS is set, as on docs.rs; the
# only other build scripts that read it (the dialog and notification plugins) change only for
# Android. Left unchecked: those two crates' Objective-C, linking, and anything at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
read -r -a targets <<< "${MACOS_TARGETS:-aarch64-apple-darwin}"
for t in "${targets[@]}"; do
  rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
venv=.tools/zigbuild
if [ ! -x "$venv/bin/cargo-zigbuild" ]; then
  echo "setup: installing cargo-zigbuild and zig into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet cargo-zigbuild ziglang
fi
export PATH="$PWD/$venv/bin:$PATH"
for t in "${targets[@]}"; do
  echo "== macOS ($t): clippy"
  DOCS_RS=1 cargo-zigbuild clippy --workspace --all-targets --locked --target "$t" -- -D warnings
done
