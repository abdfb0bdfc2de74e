# Sourced by the test scripts: makes every later cargo build lint the workspace's own crates
# with clippy (-D warnings) as it compiles them, which is what `cargo clippy` itself does:
# clippy-driver becomes the compiler wrapper of the workspace members (dependencies still
# compile with plain rustc), and CLIPPY_ARGS carries the lint flags, separated as clippy
# separates them. One build then gives both the lints and the test programs, instead of a
# `cargo clippy` pass that checks every dependency and a test build that compiles them again.
# A lint failure fails the build that met it, with clippy's own message.
driver=$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver || true)
if [ -z "$driver" ]; then
  echo "clippy-driver is missing: rustup component add clippy" >&2
  exit 1
fi
export RUSTC_WORKSPACE_WRAPPER="$driver"
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
unset driver
