#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/test_browser.py).
# Idempotent: does nothing when /usr/bin/chromium is already there. Runs as root (or via sudo).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
    exit 0
fi

"$(dirname "$0")/apt.sh" chromium fonts-dejavu-core
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
