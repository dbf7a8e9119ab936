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

# the package's post-install script needs this folder on slim images
if [ "$(id -u)" -ne 0 ]; then sudo mkdir -p /usr/share/man/man1; else mkdir -p /usr/share/man/man1; fi
"$(dirname "$0")/apt.sh" openjdk-17-jre-headless
echo "java: $(java -version 2>&1 | head -n 1)"
