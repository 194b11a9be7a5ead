#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: Playwright's own browser download is not
# available on our machines, so install the distribution package when it is missing.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

echo "Chromium not found at $CHROMIUM, installing the Debian package..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium installation failed: $CHROMIUM is still missing." >&2
  exit 1
fi
