#!/usr/bin/env bash
# Installs Debian's Java 17 runtime for Spark (`newsgraph spark ...`, tests/test_spark.py).
# Idempotent: does nothing when a Java 17 or later is already on PATH. Runs as root (or sudo).
set -euo pipefail

major() {
    # "openjdk version "17.0.15" 2025-04-15" -> 17
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

if command -v java >/dev/null 2>&1 && [ "$(major)" -ge 17 ] 2>/dev/null; then
    echo "java: $(java -version 2>&1 | head -n 1)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
# the package's post-install script needs this folder on slim images
$SUDO mkdir -p /usr/share/man/man1
# apt-get takes its own lock; wait for another apt run instead of failing on it.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    openjdk-17-jre-headless >/dev/null
echo "java: $(java -version 2>&1 | head -n 1)"
