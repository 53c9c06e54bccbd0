#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then lint, type-check and run the test suite.
# Idempotent: a second run reuses the virtual environment and the caches.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
# shellcheck disable=SC1091
. .venv/bin/activate
# This workplace's pip index prints a WARNING per unused local mirror folder; keep real errors visible.
pip install -q --disable-pip-version-check -e ".[dev,embedded,study]" 2>&1 | { grep -v "^WARNING: Location" || true; }

# Headless Chromium renders the HTML report in a test; it comes from Debian's packages.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "warning: could not install chromium; the HTML screenshot test will be skipped" >&2
fi

ruff check src tests benchmarks scripts
mypy
pytest -q "$@"
