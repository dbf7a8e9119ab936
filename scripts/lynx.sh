#!/usr/bin/env bash
# Installs Debian's lynx: one of the renderers of `newsgraph eval pages-as-text` and
# `newsgraph train pages` (pages rendered to text as `lynx -dump` shows them).
# Idempotent: does nothing when lynx is already there. Runs as root (or via sudo).
set -euo pipefail

if command -v lynx >/dev/null; then
    echo "lynx: $(lynx -version 2>/dev/null | head -1 || echo present)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
# apt-get takes its own lock; wait for another apt run instead of failing on it.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends lynx >/dev/null
echo "lynx: $(lynx -version 2>/dev/null | head -1 || echo installed)"
