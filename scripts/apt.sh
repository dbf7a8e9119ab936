#!/usr/bin/env bash
# Installs Debian packages, root or via sudo, waiting for another apt run instead of failing:
#   scripts/apt.sh PACKAGE...
# The scripts that need a program (browser.sh, lynx.sh, java.sh) check for it first and call
# this only when it is missing.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null
