#!/usr/bin/env bash
# Install the Debian packages named as arguments that are not installed yet.
# Root: apt-get directly. Otherwise sudo if it works without a password. Otherwise print the command.
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Mingcha needs these Debian/Ubuntu packages (or your system's equivalents): ${missing[*]}" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo -n"
else
  echo "Missing packages: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# A stale or missing package list is the common cause of 'unable to locate': refresh once, then retry.
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/mingcha-apt.log 2>&1; then
  $SUDO apt-get update >/tmp/mingcha-apt-update.log 2>&1 || true
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/mingcha-apt.log 2>&1 || {
    tail -20 /tmp/mingcha-apt.log >&2; echo "apt-get install failed for: ${missing[*]}" >&2; exit 1; }
fi
