#!/usr/bin/env bash
# Installs Debian's lynx: one of the renderers of `newsgraph eval pages-as-text` and
# `newsgraph train pages` (pages rendered to text as `lynx -dump` shows them).
# Idempotent: does nothing when lynx is already there. Runs as root (or via sudo).
set -euo pipefail

if command -v lynx >/dev/null; then
    echo "lynx: $(lynx -version 2>/dev/null | head -1 || echo present)"
    exit 0
fi

"$(dirname "$0")/apt.sh" lynx
echo "lynx: $(lynx -version 2>/dev/null | head -1 || echo installed)"
