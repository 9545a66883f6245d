#!/usr/bin/env bash
# Everything a fresh machine needs to run the test suite, then the suite itself:
# system packages (as root, only when missing), a virtualenv with the test extras,
# ruff, mypy and pytest. CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "note: ${need[*]} not installed (needs root); the browser test will be skipped or fail" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# axe-core for the browser tests' accessibility checks, exactly as tests/web/package-lock.json pins it
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/web --no-audit --no-fund --loglevel=error >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/pytest "$@"
