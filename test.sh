#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need when it is missing:
# Debian's Chromium for the browser tests (nothing is downloaded by Playwright itself).
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "Installing Chromium for the browser tests…"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null \
    || { echo "Could not install chromium (apt-get install chromium)." >&2; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet test Dashboard.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line for the whole solution, summed over the test projects.
read -r passed failed skipped < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {print p+0, f+0, s+0}')
rm -f "$log"
echo
echo "total: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ $status -eq 0 && $passed -eq 0 ]]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
