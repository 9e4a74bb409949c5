#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium is present (needs root, as on a
# fresh Debian machine). Playwright's own browser download is not used.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
for bin in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  [ -x "$bin" ] && exit 0
done
echo "Chromium not found: installing Debian's chromium package…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Please run as root, or install Chromium yourself and set CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
